/**
 * The one error vocabulary. Use-cases and the shared input parsing throw a DomainError; the
 * route wrappers in `app/lib/route.server.ts` are the only place that turns it into an HTTP
 * answer and a page (ADR 011).
 *
 * `message` is always a message key (`app/i18n/messages/*`), never a sentence, so both languages
 * can show it; `params` fill its placeholders. `field` puts a form refusal beside its field.
 */
export type DomainErrorKind =
  | "invalid" // the input breaks a rule → 400, or beside the field in a form
  | "unauthorized" // an API call without a valid key (missing, unknown, revoked) → 401
  | "too_many_requests" // an API client over its rate limit → 429
  | "forbidden" // the actor may not do this → 403
  | "not_found" // no such thing, or hidden from this actor → 404
  | "conflict" // the state changed or a limit was reached → 409, or beside the field
  | "unsupported_media_type" // the body is not what the action takes → 415
  | "too_large"; // the body or an upload exceeds a limit → 413

export type MessageParams = Record<string, string | number>;

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly field?: string;
  readonly params?: MessageParams;
  constructor(kind: DomainErrorKind, message: string, field?: string, params?: MessageParams) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
    this.field = field;
    this.params = params;
  }
}

export const invalid = (message: string, field?: string, params?: MessageParams) => new DomainError("invalid", message, field, params);
export const forbidden = (message = "error.forbidden.body") => new DomainError("forbidden", message);
export const notFound = (message = "error.notFound.body") => new DomainError("not_found", message);
export const conflict = (message: string, field?: string, params?: MessageParams) => new DomainError("conflict", message, field, params);
export const unauthorized = (message = "api.error.keyMissing") => new DomainError("unauthorized", message);

/**
 * A form that did not pass its schema: every field's first message at once, so the page can
 * show them all beside their fields.
 */
export class FormRefusal extends Error {
  readonly errors: Record<string, string>;
  constructor(errors: Record<string, string>) {
    super("form refused");
    this.name = "FormRefusal";
    this.errors = errors;
  }
}
