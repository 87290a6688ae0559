import { z } from "zod";
import { DomainError, FormRefusal } from "~/domain/errors.ts";
import { cleanText } from "~/domain/common/clean-text.ts";

// Zod's own messages in Dutch, for fields without a message of their own.
z.config(z.locales.nl());

export type FieldErrors = Record<string, string>;
export type FormFailure = { ok: false; errors: FieldErrors; values: Record<string, string | string[]> };
export type FormSuccess<T> = { ok: true; data: T };

/** Everything the form posted, as typed, so a page can show it again beside the errors. */
export function formValues(formData: FormData): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {};
  for (const key of new Set(formData.keys())) {
    if (/password|wachtwoord/i.test(key)) continue; // never echo secrets back
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    values[key] = all.length > 1 || key.endsWith("[]") ? all : (all[0] ?? "");
  }
  return values;
}

/** Turns FormData into an object: repeated keys become arrays, `name[]` always does. */
export function formObject(formData: FormData): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(formData.keys())) {
    const all = formData.getAll(key).filter((v): v is string => typeof v === "string");
    if (key.endsWith("[]")) out[key.slice(0, -2)] = all;
    else out[key] = all.length > 1 ? all : all[0];
  }
  return out;
}

/** True when a query or path value holds a control character (after decoding). */
export function hasControlCharacters(value: string): boolean {
  return /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/.test(value);
}

const FORM_TYPES = ["application/x-www-form-urlencoded", "multipart/form-data"];

/**
 * Reads an action's body as a form, the only body actions take. A body of another type is
 * refused (415), a body that cannot be read as a form is refused (400), and every text value
 * and name comes back without control characters, so no action sees them.
 */
export async function readForm(request: Request): Promise<FormData> {
  const type = (request.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
  const hasBody = request.body !== null && request.headers.get("content-length") !== "0";
  if (!hasBody && type === "") return new FormData();
  if (!FORM_TYPES.includes(type)) throw new DomainError("unsupported_media_type", "error.body.unsupported");
  let raw: FormData;
  try {
    raw = await request.formData();
  } catch {
    throw new DomainError("invalid", "error.body.unreadable");
  }
  const clean = new FormData();
  for (const [name, value] of raw.entries()) {
    clean.append(cleanText(name), typeof value === "string" ? cleanText(value) : value);
  }
  return clean;
}

/**
 * Parses a form with its schema, or throws a FormRefusal that the route wrapper answers with
 * every field's message and the values as typed (400).
 */
export function formInput<S extends z.ZodType>(schema: S, formData: FormData): z.infer<S> {
  const parsed = parseForm(schema, formData);
  if (!parsed.ok) throw new FormRefusal(parsed.errors);
  return parsed.data;
}

/**
 * Parses a form with a Zod schema. On failure: the first message per field
 * (as a message key or Dutch text) and the values as typed.
 */
export function parseForm<S extends z.ZodType>(schema: S, formData: FormData): FormSuccess<z.infer<S>> | FormFailure {
  const result = schema.safeParse(formObject(formData));
  if (result.success) return { ok: true, data: result.data };
  const errors: FieldErrors = {};
  for (const issue of result.error.issues) {
    const field = issue.path.join(".") || "_form";
    errors[field] ??= issue.message;
  }
  return { ok: false, errors, values: formValues(formData) };
}

// Field schemas and text cleaning are pure and live with the domain; routes keep importing them from here.
export { cleanJson, cleanText } from "~/domain/common/clean-text.ts";
export { optionalText, requiredText, stringList } from "~/domain/common/form-fields.ts";

/** Query parameters parsed with a schema; control characters are removed first. */
export function queryObject(url: URL): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const key of new Set(url.searchParams.keys())) {
    const all = url.searchParams.getAll(key).map(cleanText);
    out[cleanText(key)] = all.length > 1 ? all : all[0];
  }
  return out;
}

/**
 * The confirmation step, for actions that must not happen on one click (a paid registration, a
 * mail to everyone taking part). The first POST carries the form without `CONFIRM_FIELD`: the
 * action answers `confirmationStep(form, details)` and does nothing else; the page shows
 * `ConfirmStep` (app/ui/confirm.tsx) with the details and a form that posts the same fields again
 * plus `CONFIRM_FIELD`. Two plain POSTs, so it works without JavaScript.
 */
export const CONFIRM_FIELD = "bevestigd";
export const CONFIRM_VALUE = "ja";

export type ConfirmationStep<D> = { confirm: { fields: [string, string][]; details: D } };

/** True when the form is the second step: the person saw the details and confirmed. */
export function isConfirmed(form: FormData): boolean {
  return form.get(CONFIRM_FIELD) === CONFIRM_VALUE;
}

/**
 * What an action answers instead of acting: the details to confirm and the fields to post again
 * (never a password). `extra` adds or replaces fields the step itself vouches for, such as the
 * price it showed, so the action can tell what exactly was confirmed.
 */
export function confirmationStep<D>(form: FormData, details: D, extra: Record<string, string> = {}): ConfirmationStep<D> {
  const fields: [string, string][] = [];
  for (const [name, value] of form.entries()) {
    if (name === CONFIRM_FIELD || name in extra || typeof value !== "string" || /password|wachtwoord/i.test(name)) continue;
    fields.push([name, value]);
  }
  for (const [name, value] of Object.entries(extra)) fields.push([name, value]);
  return { confirm: { fields, details } };
}
