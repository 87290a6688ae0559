import { and, desc, eq, isNotNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { account, identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { endSessionUrl, sessionCameFromAccount, SIGNED_OUT_PATH } from "~/domain/account/federated-sign-out.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { cookiesOf } from "~/services/common/auth-endpoint.server.ts";
import { samlLogoutRequestUrl } from "./helpers/saml-logout.server.ts";

/**
 * Ends the session behind the request's cookie (if any) and returns the cookies that clear it in
 * the browser. A session that came from a federated sign-in also gets the provider's address, so
 * its session ends too (ADR 033): an OpenID provider's end-session endpoint, or a SAML IdP's
 * single logout service with our signed LogoutRequest; otherwise only ours ends.
 */
export async function signOut(services: Pick<AppServices, "auth" | "db" | "env" | "clock">, actor: Actor, input: { headers: Headers }): Promise<{ cookies: Headers; redirectTo: string }> {
  const current = actor ? await services.auth.api.getSession({ headers: input.headers }) : null;
  // Before better-auth's sign-out: the SSO plugin deletes its record of the SAML sign-in with the session.
  const endSession = current
    ? ((await federatedEndSession(services, actor!.id, current.session.createdAt)) ?? (await samlLogoutRequestUrl(services, current.session.id)))
    : null;
  const { headers } = await services.auth.api.signOut({ headers: input.headers, returnHeaders: true });
  return { cookies: cookiesOf(headers), redirectTo: endSession ?? SIGNED_OUT_PATH };
}

async function federatedEndSession(services: Pick<AppServices, "db" | "env">, userId: string, sessionCreatedAt: Date): Promise<string | null> {
  const [latest] = await services.db
    .select({ idToken: account.idToken, updatedAt: account.updatedAt, endpoint: identityProvider.endSessionEndpoint, oidcConfig: ssoProvider.oidcConfig })
    .from(account)
    .innerJoin(identityProvider, eq(identityProvider.providerId, account.providerId))
    .innerJoin(ssoProvider, eq(ssoProvider.providerId, account.providerId))
    .where(and(eq(account.userId, userId), isNotNull(identityProvider.endSessionEndpoint)))
    .orderBy(desc(account.updatedAt))
    .limit(1);
  if (!latest?.endpoint || !sessionCameFromAccount(sessionCreatedAt, latest.updatedAt)) return null;
  const clientId = latest.oidcConfig ? String((JSON.parse(latest.oidcConfig) as { clientId?: unknown }).clientId ?? "") : "";
  return endSessionUrl(latest.endpoint, { idToken: latest.idToken, clientId, postLogoutRedirectUri: new URL(SIGNED_OUT_PATH, baseUrl(services.env)).toString() });
}
