import { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { adjacencyGraphs, dictionary } from "@zxcvbn-ts/language-common";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules.ts";

export type PasswordProblem = "too_short" | "too_long" | "common";

/**
 * zxcvbn's score 3 means about 10^8 guesses: out of reach of an online attack
 * and of the common-password lists with their usual variations (appended
 * digits, repeats, keyboard walks, l33t). See docs/decisions/012-common-passwords.md.
 */
const MIN_SCORE = 3;

let estimator: ZxcvbnFactory | null = null;
let commonList: Set<string> | null = null;

/**
 * What is wrong with a new password, or null. One rule for every way a
 * password is set (sign-up, reset, change): app/auth/password-policy.server.ts
 * applies it to better-auth's endpoints.
 *
 * `context` holds words an attacker would try first for this person (their
 * e-mail address and name); a password built from them counts as common.
 *
 * A short password that is on the list is called common rather than short:
 * "password12" should learn that it is a known password, not that it needs
 * five more characters.
 */
export function passwordProblem(password: string, context: readonly string[] = []): PasswordProblem | null {
  if (password.length > PASSWORD_MAX_LENGTH) return "too_long";
  if (password.length < PASSWORD_MIN_LENGTH) return isListedPassword(password) ? "common" : "too_short";
  const words = [...context.flatMap(contextWords), "technohub"];
  return getEstimator().check(password, words).score < MIN_SCORE ? "common" : null;
}

/** Exactly on the list of common passwords (the list is in lower case). */
export function isListedPassword(password: string): boolean {
  commonList ??= new Set(dictionary["passwords-common"]);
  return commonList.has(password.toLowerCase());
}

/** "jan.de-vries@school.example" → the address, "jan.de-vries", "jan", "de", "vries", "school". */
function contextWords(value: string): string[] {
  const lower = value.trim().toLowerCase();
  if (!lower) return [];
  const local = lower.split("@")[0]!;
  const domain = lower.split("@")[1]?.split(".")[0];
  return [lower, local, ...local.split(/[^\p{L}\p{N}]+/u).filter((w) => w.length >= 3), ...(domain ? [domain] : [])];
}

/** Built on first use: unpacking the dictionaries takes a moment that pages without passwords need not pay. */
function getEstimator(): ZxcvbnFactory {
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}
