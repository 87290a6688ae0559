import { z } from "zod";

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

/** An optional text field: empty input means absent. */
export const optionalText = (max = 500) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? undefined : typeof v === "string" ? v.trim() : v), z.string().max(max).optional());

export const requiredText = (max = 500, message = "form.required") =>
  z.preprocess((v) => (typeof v === "string" ? v.trim() : v), z.string({ error: message }).min(1, message).max(max));

/** Checkbox lists (`name[]`) arrive as arrays; a single value or none is normalised. */
export const stringList = (item: z.ZodType<string> = z.string()) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));
