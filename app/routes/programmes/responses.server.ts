/**
 * How the programme editor's routes answer: a refused form (invalid input, a
 * DomainError of kind invalid or conflict) comes back to the page with its
 * messages and the values as typed, tagged with which form on the page it
 * was; forbidden and not found become the error page (403, 404).
 */
import { data } from "react-router";
import { DomainError, STATUS } from "~/domain/errors.ts";
import type { FormFailure } from "~/lib/forms.ts";
import { throwHttpError } from "../proposal-responses.server.ts";

type Ctx = Parameters<typeof throwHttpError>[1];

export function invalidForm<F extends string>(form: F, failure: FormFailure) {
  return data({ form, errors: failure.errors, values: failure.values }, { status: 400 });
}

export function refusedForm<F extends string>(form: F, error: unknown, context: Ctx, values: Record<string, string | string[]>) {
  if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
    return data({ form, errors: { [error.field ?? "_form"]: error.message } as Record<string, string>, values }, { status: STATUS[error.kind] });
  }
  return throwHttpError(error, context);
}

/** The notice a redirect names in `?gemeld=`, as a message key; unknown names show nothing. */
export function noticeOf<K extends string>(request: Request, notices: Record<K, string>): string | null {
  const name = new URL(request.url).searchParams.get("gemeld");
  return name && name in notices ? notices[name as K] : null;
}
