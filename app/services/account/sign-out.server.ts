import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { account, identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { endSessionUrl, sessionCameFromAccount, SIGNED_OUT_PATH } from "~/domain/account/federated-sign-out.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { cookiesOf } from "~/services/common/auth-endpoint.server.ts";

/**
 * Ends the session behind the request's cookie (if any) and returns the cookies that clear it in
 * the browser. A session that came from a federated sign-in at a provider with an end-session
 * endpoint also gets that provider's address, so its session ends too (ADR 033); otherwise only ours.
 */
export async function signOut(services: Pick<AppServices, "auth" | "db" | "env">, actor: Actor, input: { headers: Headers }): Promise<{ cookies: Headers; redirectTo: string }> {
  const endSession = actor ? await federatedEndSession(services, actor.id, input.headers) : null;
  const { headers } = await services.auth.api.signOut({ headers: input.headers, returnHeaders: true });
  return { cookies: cookiesOf(headers), redirectTo: endSession ?? SIGNED_OUT_PATH };
}

async function federatedEndSession(services: Pick<AppServices, "auth" | "db" | "env">, userId: string, headers: Headers): Promise<string | null> {
  const current = await services.auth.api.getSession({ headers });
  if (!current) return null;
  const [latest] = await services.db
    .select({ idToken: account.idToken, updatedAt: account.updatedAt, endpoint: identityProvider.endSessionEndpoint, oidcConfig: ssoProvider.oidcConfig })
    .from(account)
    .innerJoin(identityProvider, eq(identityProvider.providerId, account.providerId))
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, account.providerId))
    .where(and(eq(account.userId, userId), isNotNull(identityProvider.endSessionEndpoint)))
    .orderBy(desc(account.updatedAt))
    .limit(1);
  if (!latest?.endpoint || !sessionCameFromAccount(current.session.createdAt, latest.updatedAt)) return null;
  const clientId = latest.oidcConfig ? String((JSON.parse(latest.oidcConfig) as { clientId?: unknown }).clientId ?? "") : "";
  return endSessionUrl(latest.endpoint, { idToken: latest.idToken, clientId, postLogoutRedirectUri: new URL(SIGNED_OUT_PATH, baseUrl(services.env)).toString() });
}
