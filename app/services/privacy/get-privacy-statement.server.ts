import type { Actor, AppServices } from "~/context.ts";
import { privacyStatement } from "~/domain/privacy/processing.ts";

/** The privacy statement at /privacy: public, the same for everyone. */
export async function getPrivacyStatement(services: AppServices, _actor: Actor) {
  return privacyStatement(services.env.PRIVACY_CONTACT ?? null);
}
