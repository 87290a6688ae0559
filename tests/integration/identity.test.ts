import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { and, eq } from "drizzle-orm";
import { createAuth } from "~/auth/auth.server.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { account, identityProviderDomain, membership, user } from "~/db/schema/index.ts";
import type { ProviderForm } from "~/domain/identity/provider-form.ts";
import { parseEnv } from "~/lib/env.server.ts";
import { createIdentityProvider } from "~/services/identity/create-identity-provider.server.ts";
import { requestFederatedSignIn } from "~/services/identity/request-federated-sign-in.server.ts";
import { updateIdentityProviderStatus } from "~/services/identity/update-identity-provider-status.server.ts";
import { updateIdentityProvider } from "~/services/identity/update-identity-provider.server.ts";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { insertOrganisation, insertUser, signUpUser } from "../support/factories.ts";
import { startOidcProvider, type TestIdentityProvider } from "../support/oidc-provider.ts";
import { expectRefusal } from "../support/refusals.ts";
import { createTestServices } from "../support/services.ts";

const BASE = "http://localhost:3000";
const PEOPLE = [
  { login: "nieuw", email: "nieuw@school-sso.test", name: "Nieuw Persoon" },
  { login: "bestaand", email: "bestaand@school-sso.test", name: "Bestaand Persoon" },
  { login: "onbevestigd", email: "onbevestigd@school-sso.test", name: "Onbevestigd Persoon", emailVerified: false },
  { login: "elders", email: "iemand@elders-sso.test", name: "Iemand Elders" },
];

let database: Database;
let services: AppServices;
let idp: TestIdentityProvider;
let admin: SessionUser;
let schoolId: string;
let providerId: string;

/** A jar of name=value pairs, enough for the few cookies of one sign-in. */
class Jar {
  private cookies = new Map<string, string>();
  take(headers: Headers) {
    for (const line of headers.getSetCookie()) {
      const [pair] = line.split(";");
      const at = pair!.indexOf("=");
      this.cookies.set(pair!.slice(0, at), pair!.slice(at + 1));
    }
  }
  header() {
    return [...this.cookies].map(([k, v]) => `${k}=${v}`).join("; ");
  }
}

/**
 * One federated sign-in as a browser makes it: our form's use-case, the provider's login form
 * (its development form: the login and any password), then better-auth's callback. Returns where
 * the callback sends the browser.
 */
async function signInThrough(email: string, login: string, start?: () => Promise<{ url: string; cookies: Headers }>): Promise<string> {
  const ours = new Jar();
  const started = start ? await start() : await requestFederatedSignIn(services, null, { email, redirectTo: "/account", headers: new Headers() });
  ours.take(started.cookies);
  const theirs = new Jar();
  let url = started.url;
  let body: URLSearchParams | undefined;
  for (let hop = 0; hop < 10; hop++) {
    if (url.startsWith(`${BASE}/api/auth/`)) {
      const answer = await services.auth.handler(new Request(url, { headers: { cookie: ours.header() } }));
      return answer.headers.get("location") ?? `status ${answer.status}`;
    }
    const answer = await fetch(url, { method: body ? "POST" : "GET", body, redirect: "manual", headers: { cookie: theirs.header(), ...(body ? { "content-type": "application/x-www-form-urlencoded" } : {}) } });
    theirs.take(answer.headers);
    body = undefined;
    if (answer.status === 200 && url.includes("/interaction/")) {
      body = new URLSearchParams({ prompt: "login", login, password: "wachtwoord" });
      continue;
    }
    const location = answer.headers.get("location");
    if (!location) throw new Error(`the provider answered ${answer.status} at ${url}`);
    url = new URL(location, url).toString();
  }
  throw new Error("too many redirects");
}

/** The OpenID Connect variant of the form (SAML adds the other, ADR 033). */
type OidcForm = Extract<ProviderForm, { protocol: "oidc" }>;

const form = (over: Partial<OidcForm> = {}): OidcForm => ({
  protocol: "oidc",
  name: "School (test)",
  kind: "entra",
  issuer: idp.issuer,
  clientId: idp.clientId,
  clientSecret: idp.clientSecret,
  scopes: ["openid", "email", "profile"],
  domains: ["school-sso.test"],
  organisation: "sso-school",
  defaultRole: "admin",
  trustedForLinking: false,
  ...over,
});

beforeAll(async () => {
  database = await createTestDatabase();
  idp = await startOidcProvider({ relyingParty: BASE, people: PEOPLE });
  const base = createTestServices(database);
  const env = parseEnv({ NODE_ENV: "test", GEOCODER: "gazetteer", BASE_URL: BASE, SSO_PRIVATE_ISSUERS: idp.issuer });
  const auth = createAuth({ db: base.db, mailer: base.mailer, baseUrl: BASE, secret: "test-secret-test-secret-test-secret-0123", rateLimit: false, ssoPrivateIssuers: [idp.issuer] });
  services = { ...base, env, auth };
  admin = await insertUser(services.db, { role: "admin" });
  schoolId = (await insertOrganisation(services.db, { slug: "sso-school", name: "SSO School", kind: "school" })).id;
});

afterAll(async () => {
  await idp?.close();
  await database?.close();
});

describe(`identity providers and federated sign-in (${TEST_DB})`, () => {
  it("adds a provider only for the administrator, after reading its discovery document; a private address needs SSO_PRIVATE_ISSUERS", async () => {
    const someone = await insertUser(services.db);
    await expectRefusal(createIdentityProvider(services, someone, form()), "forbidden");
    await expectRefusal(createIdentityProvider({ ...services, env: parseEnv({ NODE_ENV: "test" }) }, admin, form()), "invalid", "identity.issuer.private");
    await expectRefusal(createIdentityProvider(services, admin, form({ issuer: `${idp.issuer}/anders` })), "invalid");
    await expectRefusal(createIdentityProvider(services, admin, form({ organisation: "bestaat-niet" })), "invalid", "identity.organisation.unknown");
    ({ providerId } = await createIdentityProvider(services, admin, form()));
    // A domain belongs to one provider, decided by the database.
    await expectRefusal(createIdentityProvider(services, admin, form({ name: "Tweede", domains: ["ander-sso.test", "school-sso.test"] })), "conflict", "identity.domains.taken");
    expect(await services.db.select().from(identityProviderDomain).where(eq(identityProviderDomain.domain, "ander-sso.test"))).toHaveLength(0);
  });

  it("the first sign-in makes the person, verified, in the mapped organisation with the mapped role; the second reuses them", async () => {
    expect(await signInThrough("nieuw@school-sso.test", "nieuw")).toBe(`${BASE}/account`);
    const [person] = await services.db.select().from(user).where(eq(user.email, "nieuw@school-sso.test"));
    expect(person).toMatchObject({ name: "Nieuw Persoon", emailVerified: true });
    expect(await services.db.select({ role: membership.role }).from(membership).where(and(eq(membership.userId, person!.id), eq(membership.organisationId, schoolId)))).toEqual([{ role: "admin" }]);

    expect(await signInThrough("nieuw@school-sso.test", "nieuw")).toBe(`${BASE}/account`);
    expect(await services.db.select({ id: user.id }).from(user).where(eq(user.email, "nieuw@school-sso.test"))).toEqual([{ id: person!.id }]);
    expect(await services.db.select().from(account).where(and(eq(account.userId, person!.id), eq(account.providerId, providerId)))).toHaveLength(1);
  });

  it("refuses an address the provider returns at a domain nobody mapped, and makes nobody", async () => {
    const location = await signInThrough("nieuw@school-sso.test", "elders");
    expect(location).toMatch(/\/inloggen\/organisatie\?error=sso_unknown_domain/);
    expect(await services.db.select().from(user).where(eq(user.email, "iemand@elders-sso.test"))).toHaveLength(0);
  });

  it("links a password account only with proof of both: the provider verified the address and is trusted for the domain", async () => {
    const existing = await signUpUser(services, { email: "bestaand@school-sso.test", name: "Bestaand Persoon" });
    expect(await signInThrough(existing.email, "bestaand")).toMatch(/\/inloggen\/organisatie\?error=sso_link_refused/);
    expect(await services.db.select().from(account).where(and(eq(account.userId, existing.id), eq(account.providerId, providerId)))).toHaveLength(0);

    await updateIdentityProvider(services, admin, { ...form({ trustedForLinking: true, clientSecret: null }), providerId });
    expect(await signInThrough(existing.email, "bestaand")).toBe(`${BASE}/account`);
    expect(await services.db.select().from(account).where(and(eq(account.userId, existing.id), eq(account.providerId, providerId)))).toHaveLength(1);
    expect(await services.db.select({ role: membership.role }).from(membership).where(eq(membership.userId, existing.id))).toEqual([{ role: "admin" }]);

    // Trusted, but the provider does not vouch for this address: no link.
    const unconfirmed = await signUpUser(services, { email: "onbevestigd@school-sso.test" });
    expect(await signInThrough(unconfirmed.email, "onbevestigd")).toMatch(/\/inloggen\/organisatie\?error=/);
    expect(await services.db.select().from(account).where(and(eq(account.userId, unconfirmed.id), eq(account.providerId, providerId)))).toHaveLength(0);
  });

  it("a switched-off provider signs nobody in, not even through better-auth's own endpoint", async () => {
    await updateIdentityProviderStatus(services, admin, { providerId, disabled: true });
    await expectRefusal(requestFederatedSignIn(services, null, { email: "nieuw@school-sso.test", redirectTo: "/account", headers: new Headers() }), "invalid", "identity.signIn.disabled");
    expect(await signInThrough("nieuw@school-sso.test", "nieuw", pluginSignIn)).toMatch(/\/inloggen\/organisatie\?error=sso_provider_disabled/);
    await updateIdentityProviderStatus(services, admin, { providerId, disabled: false });
    expect(await signInThrough("nieuw@school-sso.test", "nieuw", pluginSignIn)).toBe(`${BASE}/account`);
  });
});

/** Straight to the plugin's /sign-in/sso, past our form and its checks. */
async function pluginSignIn(): Promise<{ url: string; cookies: Headers }> {
  const answer = await services.auth.handler(
    new Request(`${BASE}/api/auth/sign-in/sso`, {
      method: "POST",
      headers: { "content-type": "application/json", origin: BASE },
      body: JSON.stringify({ providerId, callbackURL: `${BASE}/account`, errorCallbackURL: `${BASE}/inloggen/organisatie` }),
    }),
  );
  const body = (await answer.json()) as { url: string };
  return { url: body.url, cookies: answer.headers };
}
