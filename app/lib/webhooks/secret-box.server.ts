import crypto from "node:crypto";

/**
 * Webhook secrets must be readable by the server (it signs with them), so they cannot be hashed
 * like passwords. They are sealed with AES-256-GCM under a key derived (HKDF) from the
 * installation's auth secret: a stolen database dump or backup alone does not give them away,
 * and changing AUTH_SECRET makes every subscription roll its secret (ADR 031).
 */
const INFO = "technohub webhook secrets v1";

function keyFrom(authSecret: string): Buffer {
  return Buffer.from(crypto.hkdfSync("sha256", authSecret, "", INFO, 32));
}

export function sealSecret(authSecret: string, secret: string): string {
  const iv = crypto.randomBytes(12);
  const cipher = crypto.createCipheriv("aes-256-gcm", keyFrom(authSecret), iv);
  const sealed = Buffer.concat([cipher.update(secret, "utf8"), cipher.final()]);
  return ["v1", iv.toString("base64"), cipher.getAuthTag().toString("base64"), sealed.toString("base64")].join(".");
}

/** Throws when the text was sealed under another key or changed. */
export function openSecret(authSecret: string, text: string): string {
  const [version, iv, tag, sealed] = text.split(".");
  if (version !== "v1" || !iv || !tag || !sealed) throw new Error("webhook secret: unknown format");
  const decipher = crypto.createDecipheriv("aes-256-gcm", keyFrom(authSecret), Buffer.from(iv, "base64"));
  decipher.setAuthTag(Buffer.from(tag, "base64"));
  return Buffer.concat([decipher.update(Buffer.from(sealed, "base64")), decipher.final()]).toString("utf8");
}
