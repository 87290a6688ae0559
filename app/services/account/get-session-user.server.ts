import type { Actor, AppServices, SessionUser } from "~/context.ts";
import { parseLocale } from "~/i18n/index.ts";

/** The user behind the request's session cookie, or null. Nobody is known yet when it runs: the actor is null. */
export async function getSessionUser(services: AppServices, _actor: Actor, input: { headers: Headers }): Promise<SessionUser | null> {
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
