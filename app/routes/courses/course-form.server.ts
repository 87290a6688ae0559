import { data } from "react-router";
import { courseFormSchema, type CourseInput } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { formValues, parseForm } from "~/lib/forms.ts";

/** Parses the course form into the use-case's input, or the 400 answer with messages and typed values. */
export function parseCourseForm(formData: FormData) {
  const parsed = parseForm(courseFormSchema, formData);
  if (!parsed.ok) return { ok: false as const, response: data({ errors: parsed.errors, values: parsed.values }, { status: 400 }) };
  const { price, intent, ...rest } = parsed.data;
  const input: CourseInput = { ...rest, priceCents: price };
  const originNeedIds = formData.getAll("originNeedIds[]").filter((v): v is string => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v));
  return { ok: true as const, input, publish: intent === "publish", originNeedIds };
}

/** A use-case's refusal as a form answer; anything else goes on. */
export function courseFormError(error: unknown, formData: FormData) {
  if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
    return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: error.kind === "conflict" ? 409 : 400 });
  }
  throw error;
}
