import type { ZxcvbnFactory } from "@zxcvbn-ts/core";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "./password-rules.ts";

export type PasswordProblem = "too_short" | "too_long" | "common";

/**
 * zxcvbn's score 3 means about 10^8 guesses: out of reach of an online attack
 * and of the common-password lists with their usual variations (appended
 * digits, repeats, keyboard walks, l33t). See docs/decisions/012-common-passwords.md.
 */
const MIN_SCORE = 3;

/**
 * zxcvbn and its dictionaries are loaded with the first password checked, not when the server
 * starts: ~3 MB of heap that an instance serving pages never needs (ADR 027, amendment "what the
 * server loads at start").
 */
let modules: Promise<[typeof import("@zxcvbn-ts/core"), typeof import("@zxcvbn-ts/language-common")]> | undefined;
const zxcvbn = () => (modules ??= Promise.all([import("@zxcvbn-ts/core"), import("@zxcvbn-ts/language-common")]));

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
export async function passwordProblem(password: string, context: readonly string[] = []): Promise<PasswordProblem | null> {
  if (password.length > PASSWORD_MAX_LENGTH) return "too_long";
  if (password.length < PASSWORD_MIN_LENGTH) return (await isListedPassword(password)) ? "common" : "too_short";
  const words = [...context.flatMap(contextWords), "technohub"];
  return (await getEstimator()).check(password, words).score < MIN_SCORE ? "common" : null;
}

/** Exactly on the list of common passwords (the list is in lower case). */
export async function isListedPassword(password: string): Promise<boolean> {
  const [, { dictionary }] = await zxcvbn();
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
async function getEstimator(): Promise<ZxcvbnFactory> {
  const [{ ZxcvbnFactory }, { adjacencyGraphs, dictionary }] = await zxcvbn();
  estimator ??= new ZxcvbnFactory({ dictionary, graphs: adjacencyGraphs });
  return estimator;
}
