/**
 * The one error path (ADR 011). Every route module's loader and action is wrapped here, and
 * nowhere else is a DomainError turned into an HTTP answer:
 *
 * - a DomainError becomes `{ code, message, params }` with its status (400/403/404/409/413/415);
 *   the root ErrorBoundary shows it, translated, inside the site's layout;
 * - in an action, a refused form (FormRefusal, or an invalid/conflict DomainError) comes back as
 *   `{ errors, values }` so the page shows each message beside its field (or above the form, as
 *   `_form`) and keeps what the person typed;
 * - a thrown Response (redirect, `data(…)`) passes through untouched;
 * - anything else is a defect: it propagates, React Router answers 500 and entry.server logs it.
 */
import { data, type RouterContextProvider } from "react-router";
import { requestContext, userContext } from "~/context.ts";
import { translator, type Locale } from "~/i18n/index.ts";
import { DomainError, FormRefusal, type DomainErrorKind } from "~/domain/errors.ts";
import type { ErrorData } from "~/lib/error-data.ts";
import { formValues, readForm, type FieldErrors } from "~/lib/forms.ts";

export const HTTP_STATUS: Record<DomainErrorKind, number> = {
  invalid: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  conflict: 409,
  too_large: 413,
  unsupported_media_type: 415,
  too_many_requests: 429,
};

/** What an action answers when it refuses a form: messages (keys) per field, and the values as typed. */
export type FormRefusalData = { errors: FieldErrors; values: Record<string, string | string[]> };

/** A form's refusal: the messages beside their fields, the typed values kept. */
export function refuseForm(errors: FieldErrors, form: FormData | null, status = 400) {
  return data<FormRefusalData>({ errors, values: form ? formValues(form) : {} }, { status });
}

/** Throws the HTTP answer for an error; a defect is rethrown as is. */
export function throwRouteError(error: unknown, context?: Readonly<RouterContextProvider>): never {
  if (error instanceof DomainError) {
    const body: ErrorData = {
      code: error.kind,
      message: error.message,
      ...(error.params ? { params: error.params } : {}),
      ...(context ? { locale: readerLocale(context) } : {}),
    };
    throw data(body, { status: HTTP_STATUS[error.kind] });
  }
  if (error instanceof FormRefusal) throw data<ErrorData>({ code: "invalid", message: "error.invalid.body" }, { status: 400 });
  throw error;
}

/** Wraps a loader (or an action without a form body) so its errors take the one path. */
export function routeLoader<A extends { context: Readonly<RouterContextProvider> }, R>(fn: (args: A) => Promise<R>): (args: A) => Promise<R> {
  return async (args) => {
    try {
      return await fn(args);
    } catch (error) {
      throwRouteError(error, args.context);
    }
  };
}

type ActionArgsBase = { request: Request; context: Readonly<RouterContextProvider> };

/**
 * A refusal's text for the page. Pages translate message keys themselves; a message with
 * placeholders ({max}, {window}) is filled in here, in the reader's language, because the page
 * only receives one string per field.
 */
function refusalText(error: DomainError, context: Readonly<RouterContextProvider>): string {
  if (!error.params) return error.message;
  return translator(readerLocale(context))(error.message, error.params);
}

/** The reader's language: their account's, else the cookie's. */
function readerLocale(context: Readonly<RouterContextProvider>): Locale {
  return context.get(userContext)?.locale ?? context.get(requestContext).locale;
}

/** An action's arguments as `routeAction` hands them over: React Router's, plus the form read once. */
export type WithForm<A> = A & { form: FormData };

/**
 * Wraps an action: reads the body as a form first (415 for another type, 400 when unreadable,
 * control characters removed), hands it over as `form`, and answers refusals beside the fields.
 * Permission checks belong at the top of `fn`, before the form is parsed with its schema.
 */
export function routeAction<A extends ActionArgsBase, R>(
  fn: (args: WithForm<A>) => Promise<R>,
): (args: A) => Promise<R | ReturnType<typeof refuseForm>> {
  return async (args) => {
    let form: FormData | null = null;
    try {
      form = await readForm(args.request);
      return await fn({ ...args, form });
    } catch (error) {
      if (error instanceof FormRefusal) return refuseForm(error.errors, form);
      // A rule the use-case refused is shown on the form that was sent, beside its field or above
      // the form (`_form`), with everything the person typed still there.
      // An upload over a limit (too_large with a field) is told beside its field too, with its 413.
      if (error instanceof DomainError && form && (error.kind === "invalid" || error.kind === "conflict" || (error.kind === "too_large" && error.field))) {
        return refuseForm({ [error.field ?? "_form"]: refusalText(error, args.context) }, form, HTTP_STATUS[error.kind]);
      }
      throwRouteError(error, args.context);
    }
  };
}

type DownloadArgsBase = { context: Readonly<RouterContextProvider> };

/**
 * Wraps the loader (or action) of a resource route: a file download, a feed, a redirect such as
 * opening an inbox item. There is no page to show an error on, and React Router would answer a
 * thrown `data()` there with an untranslated JSON stub (`{"code":"not_found","message":
 * "inbox.error.notFound"}`), so a
 * DomainError becomes a short plain-text answer in the reader's language, with its status. A thrown
 * Response (the sign-in redirect) passes; a defect propagates (500).
 */
export function routeDownload<A extends DownloadArgsBase, R>(
  fn: (args: A) => Promise<R>,
  /** The answer's language when the reader's is not the session's or cookie's (a widget's `?taal`). */
  localeOf?: (args: A) => Locale,
): (args: A) => Promise<R> {
  return async (args) => {
    try {
      return await fn(args);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const locale = localeOf?.(args) ?? args.context.get(userContext)?.locale ?? args.context.get(requestContext).locale;
      throw new Response(translator(locale)(error.message, error.params), {
        status: HTTP_STATUS[error.kind],
        headers: { "content-type": "text/plain; charset=utf-8", "cache-control": "no-store" },
      });
    }
  };
}
