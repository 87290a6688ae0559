import crypto from "node:crypto";

/**
 * Standard Webhooks signing (https://www.standardwebhooks.com, ADR 031): the secret is
 * `whsec_<base64 key>`, the signature `v1,<base64 HMAC-SHA256 of "id.timestamp.body">`, sent with
 * `webhook-id` and `webhook-timestamp` (seconds). Receivers verify it with any Standard Webhooks
 * library; the tests do so with the `standardwebhooks` package.
 */
const PREFIX = "whsec_";

export function newWebhookSecret(): string {
  return PREFIX + crypto.randomBytes(32).toString("base64");
}

function keyOf(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, "base64");
}

export function webhookSignature(secret: string, id: string, timestampSeconds: number, body: string): string {
  const mac = crypto.createHmac("sha256", keyOf(secret)).update(`${id}.${timestampSeconds}.${body}`).digest("base64");
  return `v1,${mac}`;
}

/**
 * The headers of one attempt. With more than one secret (the current one first, then one rolled
 * less than a day ago) `webhook-signature` holds a signature per secret, space-separated, as the
 * specification allows: a receiver with either secret verifies it.
 */
export function webhookHeaders(secrets: string | readonly string[], id: string, at: Date, body: string): Record<string, string> {
  const timestamp = Math.floor(at.getTime() / 1000);
  return {
    "content-type": "application/json",
    "webhook-id": id,
    "webhook-timestamp": String(timestamp),
    "webhook-signature": (typeof secrets === "string" ? [secrets] : secrets).map((secret) => webhookSignature(secret, id, timestamp, body)).join(" "),
  };
}
