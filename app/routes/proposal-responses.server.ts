/**
 * How the proposal, join and coordination routes answer a DomainError: form
 * errors (invalid, conflict) go back to the page beside their field; the rest
 * (forbidden, not found) become an error page with a translated message.
 */
import { data } from "react-router";
import { requestContext, userContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";

type Ctx = { get: <T>(key: import("react-router").RouterContext<T>) => T };

export function localeOf(context: Ctx): Locale {
  return context.get(userContext)?.locale ?? context.get(requestContext).locale;
}

export function translatorOf(context: Ctx): Translate {
  return translator(localeOf(context));
}

/** Throws the HTTP response for a DomainError (message translated); anything else is rethrown. */
export function throwHttpError(error: unknown, context: Ctx): never {
  if (error instanceof DomainError) throw data(translatorOf(context)(error.message), { status: STATUS[error.kind] });
  throw error;
}

/** A refused form: invalid and conflict come back with the values as typed; other errors are thrown. */
export function formFailure(error: unknown, context: Ctx, values: Record<string, string | string[]>) {
  if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
    return data({ errors: { [error.field ?? "_form"]: error.message } as Record<string, string>, values }, { status: STATUS[error.kind] });
  }
  throwHttpError(error, context);
}
