import type { AppServices, SessionUser } from "~/context.ts";
import { parseLocale } from "~/i18n/index.ts";

/** The user behind the session cookie, or null. */
export async function loadSessionUser(services: AppServices, headers: Headers): Promise<SessionUser | null> {
  const session = await services.auth.api.getSession({ headers });
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
