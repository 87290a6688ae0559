/**
 * Typed domain errors. Use-cases throw them; route modules map them to HTTP
 * (invalid → 400, forbidden → 403, not_found → 404, conflict → 409).
 * `message` is a message key or Dutch text fit for the UI; `field` points a
 * form error at its field.
 */
export type DomainErrorKind = "invalid" | "forbidden" | "not_found" | "conflict";

export class DomainError extends Error {
  readonly kind: DomainErrorKind;
  readonly field?: string;
  constructor(kind: DomainErrorKind, message: string, field?: string) {
    super(message);
    this.name = "DomainError";
    this.kind = kind;
    this.field = field;
  }
}

export const invalid = (message: string, field?: string) => new DomainError("invalid", message, field);
export const forbidden = (message = "error.forbidden.body") => new DomainError("forbidden", message);
export const notFound = (message = "error.notFound.body") => new DomainError("not_found", message);
export const conflict = (message: string, field?: string) => new DomainError("conflict", message, field);

export const STATUS: Record<DomainErrorKind, number> = { invalid: 400, forbidden: 403, not_found: 404, conflict: 409 };
