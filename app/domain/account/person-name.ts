/**
 * A person's name as the platform keeps it, whichever way it arrives: the sign-up and account
 * forms, or better-auth's own endpoints posted to directly (app/auth/profile-rules.server.ts).
 * It is shown to others (members, coordinators, participants' lists, mails), so it holds no
 * control characters or direction overrides and stays a name's length.
 */
import { cleanText } from "../common/clean-text.ts";

export const NAME_MAX_LENGTH = 100;

export type PersonNameProblem = "account.name.required" | "account.name.tooLong";

/** The name as kept (cleaned and trimmed), or what is wrong with it, as a message key. */
export function personName(value: unknown): { ok: true; name: string } | { ok: false; problem: PersonNameProblem } {
  const name = typeof value === "string" ? cleanText(value).trim() : "";
  if (name === "") return { ok: false, problem: "account.name.required" };
  if ([...name].length > NAME_MAX_LENGTH) return { ok: false, problem: "account.name.tooLong" };
  return { ok: true, name };
}
