import type { AppServices, SessionUser } from "~/context.ts";
import type { Locale } from "~/i18n/index.ts";

/** Changes the signed-in person's name and preferred language. */
export async function updateProfile(services: AppServices, actor: SessionUser, input: { name: string; locale: Locale; headers: Headers }) {
  // The session behind input.headers is the actor's: better-auth updates that user and no other.
  await services.auth.api.updateUser({ body: { name: input.name, locale: input.locale }, headers: input.headers });
  return { ...actor, name: input.name, locale: input.locale };
}
