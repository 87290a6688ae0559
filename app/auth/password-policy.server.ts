import type { BetterAuthPlugin } from "better-auth";
import { APIError, createAuthMiddleware, getSessionFromCtx } from "better-auth/api";
import { passwordProblem, type PasswordProblem } from "~/domain/account/password-policy.ts";

/** better-auth's own codes for length, ours for a common password; the account services map them to messages. */
const CODES: Record<PasswordProblem, { code: string; message: string }> = {
  too_short: { code: "PASSWORD_TOO_SHORT", message: "Password too short" },
  too_long: { code: "PASSWORD_TOO_LONG", message: "Password too long" },
  common: { code: "PASSWORD_TOO_COMMON", message: "This password is common or easy to guess; choose another one" },
};

/** Endpoints that set a password, and the body field that holds it. */
const PASSWORD_FIELDS: Record<string, "password" | "newPassword"> = {
  "/sign-up/email": "password",
  "/reset-password": "newPassword",
  "/change-password": "newPassword",
};

type Body = Record<string, unknown> | undefined;

/**
 * Checks every new password against domain/account/password-policy.ts before
 * better-auth hashes it, for our forms and for anyone posting to /api/auth
 * directly. auth.api.setPassword is server-only and has no path; it carries
 * `newPassword` like the others, so a body with that field and no path is
 * checked too.
 */
export function passwordPolicy() {
  const fieldOf = (path: string | undefined, body: Body) =>
    path === undefined ? (typeof body?.newPassword === "string" ? "newPassword" : undefined) : PASSWORD_FIELDS[path];
  return {
    id: "technohub-password-policy",
    hooks: {
      before: [
        {
          matcher: (ctx) => fieldOf(ctx.path, ctx.body as Body) !== undefined,
          handler: createAuthMiddleware(async (ctx) => {
            const body = ctx.body as Body;
            const password = body?.[fieldOf(ctx.path, body)!];
            // A missing or non-string password is better-auth's own validation error to give.
            if (typeof password !== "string") return;
            // Changing a password happens signed in: the person's own address and name are then in the session.
            const session = ctx.path === "/change-password" ? await getSessionFromCtx(ctx) : null;
            const context = [body?.email, body?.name, session?.user.email, session?.user.name].filter((v): v is string => typeof v === "string");
            const problem = await passwordProblem(password, context);
            if (problem) throw new APIError("BAD_REQUEST", CODES[problem]);
          }),
        },
      ],
    },
  } satisfies BetterAuthPlugin;
}
