import { data, redirect } from "react-router";
import { servicesContext, userContext, type SessionUser } from "~/context.ts";
import type { Permission } from "~/domain/auth/permissions.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { can, type Scope } from "./roles.server.ts";

type Ctx = { get: <T>(key: import("react-router").RouterContext<T>) => T };

/** The signed-in user, or a redirect to the sign-in page that comes back here afterwards. */
export function requireUser(context: Ctx, request: Request): SessionUser {
  const user = context.get(userContext);
  if (!user) {
    const url = new URL(request.url);
    throw redirect(`/inloggen?redirectTo=${encodeURIComponent(url.pathname + url.search)}`);
  }
  return user;
}

/** Answers 403 unless the signed-in user holds the permission in the scope. */
export async function requirePermission(context: Ctx, request: Request, permission: Permission, scope: Scope = {}) {
  const user = requireUser(context, request);
  const { db } = context.get(servicesContext);
  if (!(await can(db, user, permission, scope))) throw data("U heeft geen rechten voor deze actie.", { status: 403 });
  return user;
}

/** Maps a DomainError from a use-case to its HTTP status; anything else is rethrown. */
export function domainErrorResponse(error: unknown) {
  if (error instanceof DomainError) return data(error.message, { status: STATUS[error.kind] });
  throw error;
}
