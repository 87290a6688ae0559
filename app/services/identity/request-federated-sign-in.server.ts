import { and, eq, inArray, isNull } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, identityProviderDomain } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { emailDomain } from "~/domain/identity/mapping.ts";
import { LISTED_FEDERATION_KINDS } from "~/domain/identity/provider-form.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

/** Where better-auth sends the browser back when a federated sign-in fails: the page that explains it. */
const FEDERATED_SIGN_IN_PATH = "/inloggen/organisatie";

/**
 * Finds the identity provider of the address's domain (or the federation picked from the list:
 * a switched-on Entree or SURFconext provider) and asks better-auth's SSO plugin for the
 * provider's sign-in address (with state and PKCE kept by better-auth). The browser is sent there;
 * the provider sends it back to /api/auth/sso/callback/<provider>, and from there to `redirectTo`
 * or, refused, to FEDERATED_SIGN_IN_PATH with the reason.
 */
export async function requestFederatedSignIn(
  services: Pick<AppServices, "db" | "auth" | "env">,
  _actor: Actor,
  input: ({ email: string } | { federation: string }) & { redirectTo: string; headers: Headers },
): Promise<{ url: string; cookies: Headers }> {
  if ("federation" in input) {
    const [federation] = await services.db
      .select({ providerId: identityProvider.providerId })
      .from(identityProvider)
      .where(and(eq(identityProvider.providerId, input.federation), inArray(identityProvider.kind, [...LISTED_FEDERATION_KINDS]), isNull(identityProvider.disabledAt)));
    if (!federation) throw invalid("identity.signIn.unknownFederation", "federation");
    return startAtProvider(services, federation.providerId, null, input);
  }
  const domain = emailDomain(input.email);
  const [provider] = domain
    ? await services.db
        .select({ providerId: identityProvider.providerId, disabledAt: identityProvider.disabledAt })
        .from(identityProviderDomain)
        .innerJoin(identityProvider, eq(identityProvider.providerId, identityProviderDomain.providerId))
        .where(eq(identityProviderDomain.domain, domain))
        .limit(1)
    : [];
  if (!provider) throw invalid("identity.signIn.unknownDomain", "email", { domain: domain ?? input.email });
  if (provider.disabledAt) throw invalid("identity.signIn.disabled", "email");
  return startAtProvider(services, provider.providerId, input.email, input);
}

async function startAtProvider(
  services: Pick<AppServices, "auth" | "env">,
  providerId: string,
  email: string | null,
  input: { redirectTo: string; headers: Headers },
): Promise<{ url: string; cookies: Headers }> {
  const base = baseUrl(services.env);
  const result = await postToAuth<{ url?: string }>(
    services,
    "/sign-in/sso",
    {
      providerId,
      ...(email ? { loginHint: email } : {}),
      callbackURL: new URL(input.redirectTo, base).toString(),
      errorCallbackURL: new URL(FEDERATED_SIGN_IN_PATH, base).toString(),
    },
    input.headers,
  );
  if (!result.ok || !result.data.url) throw invalid("identity.signIn.misconfigured", email ? "email" : "federation");
  return { url: result.data.url, cookies: result.cookies };
}
