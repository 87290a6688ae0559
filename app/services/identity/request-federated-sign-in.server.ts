import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider, identityProviderDomain } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { emailDomain } from "~/domain/identity/mapping.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { postToAuth } from "~/services/common/auth-endpoint.server.ts";

/** Where better-auth sends the browser back when a federated sign-in fails: the page that explains it. */
const FEDERATED_SIGN_IN_PATH = "/inloggen/organisatie";

/**
 * Finds the identity provider of the address's domain and asks better-auth's SSO plugin for the
 * provider's sign-in address (with state and PKCE kept by better-auth). The browser is sent there;
 * the provider sends it back to /api/auth/sso/callback/<provider>, and from there to `redirectTo`
 * or, refused, to FEDERATED_SIGN_IN_PATH with the reason.
 */
export async function requestFederatedSignIn(
  services: Pick<AppServices, "db" | "auth" | "env">,
  _actor: Actor,
  input: { email: string; redirectTo: string; headers: Headers },
): Promise<{ url: string; cookies: Headers }> {
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
  const base = baseUrl(services.env);
  const result = await postToAuth<{ url?: string }>(
    services,
    "/sign-in/sso",
    {
      providerId: provider.providerId,
      loginHint: input.email,
      callbackURL: new URL(input.redirectTo, base).toString(),
      errorCallbackURL: new URL(FEDERATED_SIGN_IN_PATH, base).toString(),
    },
    input.headers,
  );
  if (!result.ok || !result.data.url) throw invalid("identity.signIn.misconfigured", "email");
  return { url: result.data.url, cookies: result.cookies };
}
