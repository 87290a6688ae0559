import crypto from "node:crypto";
import { isbot } from "isbot";

/**
 * A reader of one day, without cookies and without keeping anything raw: a
 * SHA-256 of the day's secret salt, the address, the user agent and the day.
 * Once the salt is deleted the hash cannot be tied to an address any more.
 */
export function visitorHash(input: { salt: string; address: string; userAgent: string; day: string }): string {
  return crypto
    .createHash("sha256")
    .update([input.salt, input.address, input.userAgent, input.day].join("\u0000"))
    .digest("hex");
}

/** Crawlers, link previews and tools do not count as readers; neither does a request without a user agent. */
export function isBotAgent(userAgent: string | null | undefined): boolean {
  if (!userAgent || userAgent.trim() === "") return true;
  return isbot(userAgent);
}

export function newSalt(): string {
  return crypto.randomBytes(32).toString("base64url");
}
