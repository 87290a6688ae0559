import type { Actor, AppServices, SessionUser } from "~/context.ts";
import { parseLocale } from "~/i18n/index.ts";
import { hasSessionCookie } from "~/auth/session-cookie.ts";

/** The user behind the request's session cookie, or null. Nobody is known yet when it runs: the actor is null. */
export async function getSessionUser(services: AppServices, _actor: Actor, input: { headers: Headers }): Promise<SessionUser | null> {
  // Most requests are visitors': without the cookie there is no session to look up.
  if (!hasSessionCookie(input.headers.get("cookie"))) return null;
  const session = await services.auth.api.getSession({ headers: input.headers });
  if (!session) return null;
  const u = session.user as typeof session.user & { role?: string; locale?: string };
  return {
    id: u.id,
    name: u.name,
    email: u.email,
    emailVerified: u.emailVerified,
    role: u.role ?? "user",
    locale: parseLocale(u.locale),
  };
}
