/**
 * Refused actions. Use-cases refuse by throwing a DomainError (app/domain/errors.ts); these turn
 * that into something a test can assert on, and fail the test when the action succeeds or throws
 * anything else (that error is rethrown as it is).
 */
import { expect } from "vitest";
import { DomainError, type DomainErrorKind } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import type { Locale } from "~/i18n/index.ts";

/** The DomainError `promise` is refused with, to look at its kind, message key, field or params. */
export async function rejection(promise: Promise<unknown>): Promise<DomainError> {
  try {
    await promise;
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error("expected the use-case to refuse");
}

/** Asserts that `promise` is refused as `kind` (and with `messageKey`, when given); returns the refusal for further checks. */
export async function expectRefusal(promise: Promise<unknown>, kind: DomainErrorKind, messageKey?: string): Promise<DomainError> {
  const error = await rejection(promise);
  expect(error.kind, `refused as ${error.kind} (${error.message}), expected ${kind}`).toBe(kind);
  if (messageKey !== undefined) expect(error.message).toBe(messageKey);
  return error;
}

/** The refusal as a reader gets it: the message key translated (Dutch unless said otherwise). */
export async function refusalText(promise: Promise<unknown>, locale: Locale = "nl"): Promise<string> {
  const error = await rejection(promise);
  return translator(locale)(error.message, error.params);
}
