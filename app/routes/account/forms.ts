/**
 * Form schemas shared by the account pages. Messages are keys from
 * app/i18n/messages/account.ts. Password lengths come from
 * domain/account/password-rules.ts; whether a password is common is checked on
 * the server for every way of setting one (app/auth/password-policy.server.ts).
 */
import { z } from "zod";
import { requiredText } from "~/lib/forms.ts";
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH } from "~/domain/account/password-rules.ts";
import { personName } from "~/domain/account/person-name.ts";

export const emailField = z.preprocess(
  (v) => (typeof v === "string" ? v.trim().toLowerCase() : v),
  z.email({ error: "account.email.invalid" }).max(254, "account.email.invalid"),
);

export const newPasswordField = z
  .string({ error: "account.password.tooShort" })
  .min(PASSWORD_MIN_LENGTH, "account.password.tooShort")
  .max(PASSWORD_MAX_LENGTH, "account.password.tooLong");

/** The person's name by the one rule (also applied to better-auth's own endpoints): required, cleaned, at most 100 characters. */
export const nameField = z.unknown().transform((value, ctx) => {
  const result = personName(value);
  if (result.ok) return result.name;
  ctx.addIssue({ code: "custom", message: result.problem });
  return z.NEVER;
});

const samePassword = (v: { password: string; passwordRepeat?: string }) => v.password === v.passwordRepeat;
const mismatch = { path: ["passwordRepeat"], message: "account.password.mismatch" };

export const signUpSchema = z
  .object({ name: nameField, email: emailField, password: newPasswordField, passwordRepeat: z.string().optional(), redirectTo: z.string().optional() })
  .refine(samePassword, mismatch);

export const signInSchema = z.object({
  email: emailField,
  password: z.string({ error: "account.password.required" }).min(1, "account.password.required"),
  redirectTo: z.string().optional(),
});

export const emailOnlySchema = z.object({ email: emailField });

export const resetPasswordSchema = z.object({ password: newPasswordField, passwordRepeat: z.string().optional() }).refine(samePassword, mismatch);

export const profileSchema = z.object({ name: nameField, locale: z.enum(["nl", "en"], { error: "account.locale.invalid" }) });

export const deleteAccountSchema = z.object({ confirmEmail: requiredText(254, "account.delete.confirmRequired") });
