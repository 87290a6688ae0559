import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import Provider, { type KoaContextWithOIDC } from "oidc-provider";

/**
 * A real OpenID Connect provider for the tests (the `oidc-provider` package, certified by the
 * OpenID Foundation), on a local port: discovery, authorisation with PKCE, signed id_tokens,
 * userinfo, RP-initiated logout. Its development login form takes a person's login and any
 * password; consent is given at once. Shared by the integration tests and tests/e2e/sso.spec.ts.
 */
export type TestPerson = { login: string; email: string; name: string; emailVerified?: boolean };

export type TestIdentityProvider = {
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** The next token answer carries an id_token whose signature no longer matches. */
  tamperNextIdToken(): void;
  close(): Promise<void>;
};

export async function startOidcProvider(options: {
  port?: number;
  /** Where the relying party's callbacks and post-logout addresses live (its BASE_URL). */
  relyingParty: string;
  people: TestPerson[];
  clientId?: string;
  clientSecret?: string;
}): Promise<TestIdentityProvider> {
  const clientId = options.clientId ?? "technohub-test";
  const clientSecret = options.clientSecret ?? "technohub-test-secret-0123456789abcdef";
  const server: Server = createServer();
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, "127.0.0.1", resolve));
  const issuer = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const people = new Map(options.people.map((p) => [p.login, p]));
  let tamper = false;

  const provider = new Provider(issuer, {
    clients: [
      {
        client_id: clientId,
        client_secret: clientSecret,
        // better-auth's callback carries the provider id the administrator's page made; any path on the relying party is allowed.
        redirect_uris: [`${options.relyingParty}/api/auth/sso/callback`],
        post_logout_redirect_uris: [`${options.relyingParty}/inloggen?uitgelogd=1`],
        grant_types: ["authorization_code"],
        response_types: ["code"],
        token_endpoint_auth_method: "client_secret_basic",
      },
    ],
    claims: { openid: ["sub"], email: ["email", "email_verified"], profile: ["name"] },
    features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
    pkce: { required: () => true },
    cookies: { keys: ["test-cookie-key-0123456789abcdef"] },
    async findAccount(_ctx: KoaContextWithOIDC, id: string) {
      const person = people.get(id);
      if (!person) return undefined;
      return {
        accountId: id,
        async claims() {
          return { sub: id, email: person.email, email_verified: person.emailVerified ?? true, name: person.name };
        },
      };
    },
    // Consent is not what these tests are about: every scope the client asks is granted at once.
    async loadExistingGrant(ctx: KoaContextWithOIDC) {
      const existing = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session!.grantIdFor(ctx.oidc.client!.clientId);
      if (existing) return ctx.oidc.provider.Grant.find(existing);
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client!.clientId, accountId: ctx.oidc.session!.accountId! });
      grant.addOIDCScope("openid email profile");
      grant.addOIDCClaims(["email", "email_verified", "name"]);
      await grant.save();
      return grant;
    },
  });
  // The client's redirect URI is better-auth's per-provider callback, whose last part the
  // administrator's page chooses: accept any callback under the relying party's path.
  provider.Client.prototype.redirectUriAllowed = function (uri: string) {
    return uri.startsWith(`${options.relyingParty}/api/auth/sso/callback/`);
  };
  provider.use(async (ctx, next) => {
    await next();
    if (tamper && ctx.path === "/token" && ctx.status === 200 && ctx.body && typeof ctx.body === "object" && "id_token" in ctx.body) {
      tamper = false;
      const body = ctx.body as { id_token: string };
      const [header, payload, signature] = body.id_token.split(".");
      // One character of the signature changed: the token reads the same, but no key signed it.
      body.id_token = `${header}.${payload}.${signature!.startsWith("A") ? "B" : "A"}${signature!.slice(1)}`;
    }
  });
  server.on("request", provider.callback());

  return {
    issuer,
    clientId,
    clientSecret,
    tamperNextIdToken() {
      tamper = true;
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
