import type { AppServices } from "~/context.ts";
import { newWebhookSecret } from "~/lib/webhooks/signature.server.ts";
import { openSecret, sealSecret } from "~/lib/webhooks/secret-box.server.ts";

/** The installation's auth secret (better-auth's, from AUTH_SECRET or DATA_DIR/auth-secret) seals webhook secrets. */
function sealingKey(services: Pick<AppServices, "auth">): string {
  const secret = services.auth.options.secret;
  if (!secret) throw new Error("webhooks: the auth secret is not configured");
  return secret;
}

/** A fresh secret: the plain one to show once, and the sealed one to store. */
export function freshSecret(services: Pick<AppServices, "auth">) {
  const plain = newWebhookSecret();
  return { plain, sealed: sealSecret(sealingKey(services), plain) };
}

export function readSecret(services: Pick<AppServices, "auth">, sealed: string): string {
  return openSecret(sealingKey(services), sealed);
}
