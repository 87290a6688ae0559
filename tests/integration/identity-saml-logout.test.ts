import http from "node:http";
import { deflateRawSync, inflateRawSync } from "node:zlib";
import type { AddressInfo } from "node:net";
import { generate } from "selfsigned";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/db.ts";
import { startSamlIdp, type SamlIdp } from "../support/saml-idp.ts";
import { TestClock } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import { identityProvider, ssoProvider, verification } from "~/db/schema/index.ts";
import { SIGNED_OUT_PATH, SIGNED_OUT_UNCONFIRMED_PATH } from "~/domain/account/federated-sign-out.ts";
import { parseEnv, type Env } from "~/lib/env.server.ts";
import { verifySamlLogoutRequest } from "~/services/account/verify-saml-logout-request.server.ts";
import { confirmSamlSignOut } from "~/services/account/confirm-saml-sign-out.server.ts";
import { getSamlMetadata } from "~/services/account/get-saml-metadata.server.ts";
import { samlLogoutRequestUrl } from "~/services/account/helpers/saml-logout.server.ts";
import { samlConfigFor } from "~/services/identity/helpers/saml-config.server.ts";

/**
 * SP-initiated SAML single logout against a real IdP (tests/support/saml-idp.ts): our signed
 * LogoutRequest for the sign-in's NameID and SessionIndex, and the checks on the IdP's
 * LogoutResponse (signature, Success, InResponseTo of a request we sent, once). ADR 033.
 */

const PROVIDER = "entree-slo";
const NAME_ID = "a81x2@werkplaats";
let database: Database;
let idp: SamlIdp;
let sp: http.Server;
let services: { db: Database["db"]; env: Env; clock: TestClock };
let sessions = 0;

beforeAll(async () => {
  database = await createTestDatabase();
  // Our SP metadata (the entity id the IdP reads our signing certificate from) served as the app serves it.
  sp = http.createServer((req, res) => {
    const providerId = new URL(req.url ?? "/", "http://x").searchParams.get("providerId") ?? "";
    getSamlMetadata(services, null, { providerId }).then(
      (xml) => res.end(xml),
      () => res.writeHead(404).end(),
    );
  });
  await new Promise<void>((resolve) => sp.listen(0, "127.0.0.1", resolve));
  const origin = `http://127.0.0.1:${(sp.address() as AddressInfo).port}`;
  const keys = await generate([{ name: "commonName", value: "Technohub test SP" }], { keySize: 2048, algorithm: "sha256" });
  services = {
    db: database.db,
    env: { ...parseEnv({ NODE_ENV: "test" }), BASE_URL: origin, SAML_SP_SIGNING_KEY: keys.private, SAML_SP_SIGNING_CERTIFICATE: keys.cert },
    clock: new TestClock(new Date()),
  };
  idp = await startSamlIdp({ users: [], spOrigin: origin });
  const built = await samlConfigFor(
    { samlMetadata: idp.metadataXml, samlMetadataUrl: null, samlEntityId: null, samlSsoUrl: null, samlCertificate: null },
    { baseUrl: origin, providerId: PROVIDER, federation: "entree", reachable: () => true },
  );
  expect(built.singleLogout).toBe(true);
  await database.db.insert(ssoProvider).values({ id: "p-slo", providerId: PROVIDER, issuer: built.idpEntityId, samlConfig: JSON.stringify(built.samlConfig), domain: "" });
  await database.db.insert(identityProvider).values({ providerId: PROVIDER, name: "Entree", protocol: "saml", kind: "entree", samlSingleLogout: true });
});

afterAll(async () => {
  await idp.close();
  await new Promise<void>((resolve) => sp.close(() => resolve()));
  await database.close();
});

/**
 * What better-auth's SSO plugin keeps of a SAML sign-in for single logout, for a new session. Its
 * record is keyed by provider and NameID, so her sessions pile up under one key.
 */
async function samlSession(): Promise<string> {
  const sessionId = `session-${++sessions}`;
  const key = `saml-session:${PROVIDER}:${NAME_ID}`;
  const expiresAt = new Date(services.clock.now().getTime() + 3_600_000);
  await database.db.insert(verification).values([
    { id: `${sessionId}-a`, identifier: `saml-session-by-id:${sessionId}`, value: key, expiresAt },
    { id: `${sessionId}-b`, identifier: key, value: JSON.stringify({ sessionId, providerId: PROVIDER, nameID: NAME_ID, sessionIndex: `_idx-${sessionId}` }), expiresAt },
  ]);
  return sessionId;
}

/** The browser at the IdP's logout service: where the IdP sends it back (our SLO address with its LogoutResponse). */
async function atIdp(url: string): Promise<Response> {
  return fetch(url, { redirect: "manual" });
}

function answer(location: string) {
  const url = new URL(location);
  return confirmSamlSignOut(services, null, { providerId: PROVIDER, rawQuery: url.search, query: Object.fromEntries(url.searchParams), body: null });
}

/** The LogoutResponse's XML changed after the IdP signed it (the query's encoding kept). */
function tampered(location: string, change: (xml: string) => string): string {
  const url = new URL(location);
  const xml = inflateRawSync(Buffer.from(url.searchParams.get("SAMLResponse")!, "base64")).toString("utf8");
  const changed = deflateRawSync(Buffer.from(change(xml), "utf8")).toString("base64");
  return location.replace(/SAMLResponse=[^&]+/, `SAMLResponse=${encodeURIComponent(changed)}`);
}

describe("signing out after a SAML sign-in", () => {
  it("sends the IdP a signed LogoutRequest for the sign-in's NameID, and takes its signed answer once", async () => {
    // Two sessions of hers (two browsers): the one signing out is named, with its own SessionIndex.
    const first = await samlSession();
    await samlSession();
    const request = await samlLogoutRequestUrl(services, first);
    expect(request).toMatch(new RegExp(`^${idp.url}/slo\\?SAMLRequest=.+&SigAlg=.+&Signature=.+`));
    const xml = inflateRawSync(Buffer.from(new URL(request!).searchParams.get("SAMLRequest")!, "base64")).toString("utf8");
    expect(xml).toContain(`>${NAME_ID}<`);
    expect(xml).toContain(`>_idx-${first}<`);

    const atIdpNow = await atIdp(request!);
    expect(atIdpNow.status).toBe(302);
    expect(idp.loggedOut).toContain(NAME_ID);
    const back = atIdpNow.headers.get("location")!;
    expect(back).toContain(`/api/auth/sso/saml2/sp/slo/${PROVIDER}?SAMLResponse=`);
    expect(await answer(back)).toBe(SIGNED_OUT_PATH);
    // The same answer again (replayed) confirms nothing.
    expect(await answer(back)).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
  });

  it("is refused by the IdP unsigned", async () => {
    const request = await samlLogoutRequestUrl(services, await samlSession());
    const unsigned = request!.replace(/&Signature=[^&]+/, "");
    expect((await atIdp(unsigned)).status).toBe(400);
  });

  it("refuses a LogoutResponse changed after the IdP signed it, or one without its signature, and still takes the real one", async () => {
    const request = await samlLogoutRequestUrl(services, await samlSession());
    const back = (await atIdp(request!)).headers.get("location")!;
    expect(await answer(tampered(back, (x) => x.replace(/InResponseTo="[^"]+"/, 'InResponseTo="_forged"')))).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
    expect(await answer(tampered(back, (x) => x.replace(":Success", ":Requester")))).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
    expect(await answer(back.replace(/&Signature=[^&]+/, ""))).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
    expect(await answer(back)).toBe(SIGNED_OUT_PATH);
  });

  it("refuses a forged LogoutResponse sent beside a signed one under a differently spelt name", async () => {
    // The signed text is cut from the raw query, the message read from the decoded one: `SAML%52esponse`
    // is a second SAMLResponse to the second and a new name to the first, so the signature of the real
    // answer must not vouch for the forged one (which names another person's pending request).
    const genuine = (await atIdp((await samlLogoutRequestUrl(services, await samlSession()))!)).headers.get("location")!;
    const pending = await samlLogoutRequestUrl(services, await samlSession());
    const pendingId = /ID="([^"]+)"/.exec(inflateRawSync(Buffer.from(new URL(pending!).searchParams.get("SAMLRequest")!, "base64")).toString("utf8"))![1]!;
    const forgedXml = inflateRawSync(Buffer.from(new URL(genuine).searchParams.get("SAMLResponse")!, "base64"))
      .toString("utf8")
      .replace(/InResponseTo="[^"]+"/, `InResponseTo="${pendingId}"`);
    const forged = `${genuine}&SAML%52esponse=${encodeURIComponent(deflateRawSync(Buffer.from(forgedXml, "utf8")).toString("base64"))}`;
    expect(await answer(forged)).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
    // The pending request is still there to be answered.
    const [row] = await database.db.select().from(verification).where(eq(verification.identifier, `saml-logout-request:${pendingId}`));
    expect(row).toBeDefined();
  });

  it("passes a LogoutRequest the IdP started on to the SSO plugin only signed by that IdP", async () => {
    const signed = await idp.logoutRequestUrl(NAME_ID, `${services.env.BASE_URL}/api/auth/sso/saml2/sp/metadata?providerId=${PROVIDER}`);
    const check = (address: string) => {
      const url = new URL(address);
      return verifySamlLogoutRequest(services, null, { providerId: PROVIDER, rawQuery: url.search, query: Object.fromEntries(url.searchParams), body: null });
    };
    expect(new URL(signed).pathname).toBe(`/api/auth/sso/saml2/sp/slo/${PROVIDER}`);
    expect(await check(signed)).toBe(true);
    // Hand-made by someone who knows her NameID: without a signature, or another person's under hers.
    expect(await check(signed.replace(/&Signature=[^&]+/, ""))).toBe(false);
    expect(await check(signed.replace(/&SigAlg=[^&]+/, "").replace(/&Signature=[^&]+/, ""))).toBe(false);
    const url = new URL(signed);
    const xml = inflateRawSync(Buffer.from(url.searchParams.get("SAMLRequest")!, "base64")).toString("utf8");
    const other = deflateRawSync(Buffer.from(xml.replace(`>${NAME_ID}<`, ">someone-else<"), "utf8")).toString("base64");
    expect(await check(signed.replace(/SAMLRequest=[^&]+/, `SAMLRequest=${encodeURIComponent(other)}`))).toBe(false);
    expect(await verifySamlLogoutRequest(services, null, { providerId: "no-such-idp", rawQuery: url.search, query: Object.fromEntries(url.searchParams), body: null })).toBe(false);
  });

  it("refuses a signed LogoutResponse to a request it did not send, or sent too long ago", async () => {
    const request = await samlLogoutRequestUrl(services, await samlSession());
    const back = (await atIdp(request!)).headers.get("location")!;
    services.clock.advance(6 * 60_000);
    expect(await answer(back)).toBe(SIGNED_OUT_UNCONFIRMED_PATH);
  });

  it("sends nothing for a session that did not come from a SAML sign-in, or without a key to sign with", async () => {
    expect(await samlLogoutRequestUrl(services, "password-session")).toBeNull();
    const withoutKey = { ...services, env: { ...services.env, SAML_SP_SIGNING_KEY: undefined, SAML_SP_SIGNING_CERTIFICATE: undefined } };
    expect(await samlLogoutRequestUrl(withoutKey, await samlSession())).toBeNull();
  });
});
