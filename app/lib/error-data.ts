import type { DomainErrorKind, MessageParams } from "~/domain/errors.ts";

/**
 * What the one error path (`route.server.ts`) sends as `error.data` and what the root error page
 * reads: shared by server and browser, so it lives outside the `.server` module.
 */
export type ErrorData = {
  code: DomainErrorKind;
  message: string;
  params?: MessageParams;
  /** The reader's language. After a refused action the root loader does not run, so the page cannot ask it. */
  locale?: "nl" | "en";
};

export function isErrorData(value: unknown): value is ErrorData {
  return typeof value === "object" && value !== null && "code" in value && typeof (value as { message?: unknown }).message === "string";
}
