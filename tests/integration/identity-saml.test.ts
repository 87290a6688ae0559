import http from "node:http";
import type { AddressInfo } from "node:net";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../support/db.ts";
import { insertOrganisation } from "../support/factories.ts";
import { startSamlIdp } from "../support/saml-idp.ts";
import { TestClock } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import { identityProvider, ssoProvider } from "~/db/schema/index.ts";
import { placeFederatedPerson } from "~/auth/saml-federation.server.ts";
import type { ProviderPolicy } from "~/domain/identity/mapping.ts";
import { parseEnv } from "~/lib/env.server.ts";
import { reachableIssuer } from "~/services/identity/helpers/provider-config.server.ts";
import { samlConfigFor } from "~/services/identity/helpers/saml-config.server.ts";
import { syncSamlMetadata } from "~/services/identity/sync-saml-metadata.server.ts";

let database: Database;
let school: string;
let location: string;
let roc: string;

const policy = (domains: ProviderPolicy["domains"] = []): ProviderPolicy => ({
  organisationId: null,
  defaultRole: "member",
  trustedForLinking: false,
  disabled: false,
  domains,
});

/** What Entree sends about a teacher, in the SAML 1 spelling, as far as placing her needs. */
const teacher = {
  "urn:mace:dir:attribute-def:mail": "p.pukkelen@petteflat.nl",
  "urn:mace:dir:attribute-def:eduPersonAffiliation": "employee",
  nlEduPersonHomeOrganizationId: "11ZZ",
};
const MAIL = teacher["urn:mace:dir:attribute-def:mail"];

beforeAll(async () => {
  database = await createTestDatabase();
  // A BRIN places staff only in an organisation the platform verified (ADR 033).
  const verifiedAt = new Date("2026-01-05T09:00:00Z");
  school = (await insertOrganisation(database.db, { name: "Petteflat College", kind: "school", brin: "11ZZ", verifiedAt })).id;
  location = (await insertOrganisation(database.db, { name: "Petteflat College, Noord", kind: "school", brin: "11ZZ", branchNumber: "02", verifiedAt })).id;
  roc = (await insertOrganisation(database.db, { name: "ROC Utrecht", kind: "school" })).id;
  await insertOrganisation(database.db, { name: "Andere school", kind: "school", brin: "22AA", verifiedAt });
  // Registered by anyone with a school's number; nobody has confirmed it is that school.
  await insertOrganisation(database.db, { name: "Onbevestigd Lyceum", kind: "school", brin: "44DD" });
  await insertOrganisation(database.db, { name: "Petteflat College, Zuid (onbevestigd)", kind: "school", brin: "11ZZ", branchNumber: "03" });
});

afterAll(async () => {
  await database.close();
});

describe("placing a person Entree Federatie vouches for", () => {
  it("puts a teacher in the school with the BRIN, or its location with the vestigingsnummer", async () => {
    expect(await placeFederatedPerson(database.db, policy(), "entree", teacher, MAIL)).toEqual({ ok: true, organisationId: school });
    const north = { ...teacher, nlEduPersonHomeOrganizationId: "11ZZ02" };
    expect(await placeFederatedPerson(database.db, policy(), "entree", north, MAIL)).toEqual({ ok: true, organisationId: location });
  });

  it("places nobody in an organisation the platform has not verified, however it holds the BRIN", async () => {
    const unverified = { ...teacher, nlEduPersonHomeOrganizationId: "44DD" };
    expect(await placeFederatedPerson(database.db, policy(), "entree", unverified, MAIL)).toEqual({ ok: false, code: "sso_unverified_school" });
    // An unverified location of a verified school takes none of its staff: they go to the school as a whole.
    const south = { ...teacher, nlEduPersonHomeOrganizationId: "11ZZ03" };
    expect(await placeFederatedPerson(database.db, policy(), "entree", south, MAIL)).toEqual({ ok: true, organisationId: school });
  });

  it("refuses a school that is not on Technohub, a pupil, and an address better-auth did not take from the attributes", async () => {
    const unknown = { ...teacher, nlEduPersonHomeOrganizationId: "33BB" };
    expect(await placeFederatedPerson(database.db, policy(), "entree", unknown, MAIL)).toEqual({ ok: false, code: "sso_unknown_school" });
    const pupil = { ...teacher, "urn:mace:dir:attribute-def:eduPersonAffiliation": "student" };
    expect(await placeFederatedPerson(database.db, policy(), "entree", pupil, MAIL)).toEqual({ ok: false, code: "sso_student" });
    expect(await placeFederatedPerson(database.db, policy(), "entree", teacher, "qj7cks8qdz9ph54@petteflat")).toEqual({
      ok: false,
      code: "sso_email_missing",
    });
  });
});

describe("placing a person SURFconext vouches for", () => {
  const lecturer = {
    "urn:mace:dir:attribute-def:mail": "docent@rocutrecht.nl",
    "urn:mace:dir:attribute-def:eduPersonAffiliation": ["employee", "member"],
    "urn:mace:terena.org:attribute-def:schacHomeOrganization": "rocutrecht.nl",
  };

  it("puts them in the organisation of the institution's domain, and refuses a domain no one mapped", async () => {
    const mapped = policy([{ domain: "rocutrecht.nl", organisationId: roc }]);
    expect(await placeFederatedPerson(database.db, mapped, "surfconext", lecturer, "docent@rocutrecht.nl")).toEqual({ ok: true, organisationId: roc });
    expect(await placeFederatedPerson(database.db, policy(), "surfconext", lecturer, "docent@rocutrecht.nl")).toEqual({
      ok: false,
      code: "sso_unknown_domain",
    });
  });
});

describe("refreshing a federation's metadata", () => {
  it("takes over new metadata (a rolled-over certificate), and keeps the old when the new does not read", async () => {
    const first = await startSamlIdp({ users: [], spOrigin: "http://127.0.0.1" });
    const second = await startSamlIdp({ users: [], spOrigin: "http://127.0.0.1" });
    let published = first.metadataXml;
    const server = http.createServer((_req, res) => res.end(published));
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const services = { db: database.db, env: { ...parseEnv({ NODE_ENV: "test" }), SSO_PRIVATE_ISSUERS: origin }, clock: new TestClock() };
    try {
      const settings = { samlMetadata: null, samlMetadataUrl: `${origin}/metadata`, samlEntityId: null, samlSsoUrl: null, samlCertificate: null };
      const reachable = reachableIssuer(services.env);
      const built = await samlConfigFor(settings, { baseUrl: "http://localhost:3000", providerId: "entree-refresh", federation: "entree", reachable });
      await database.db.insert(ssoProvider).values({ id: "p-refresh", providerId: "entree-refresh", issuer: built.idpEntityId, samlConfig: JSON.stringify(built.samlConfig), domain: "" });
      await database.db.insert(identityProvider).values({ providerId: "entree-refresh", name: "Entree", protocol: "saml", kind: "entree", samlMetadataUrl: settings.samlMetadataUrl });
      const stored = async () => JSON.parse((await database.db.select().from(ssoProvider).where(eq(ssoProvider.providerId, "entree-refresh")))[0]!.samlConfig!);

      expect(await syncSamlMetadata(services, null)).toEqual({ checked: 1, changed: 0 });
      published = second.metadataXml;
      expect(await syncSamlMetadata(services, null)).toEqual({ checked: 1, changed: 1 });
      expect((await stored()).idpMetadata.metadata).toBe(second.metadataXml);
      expect((await stored()).entryPoint).toBe(`${second.url}/sso`);

      published = "<html>Onderhoud</html>";
      expect(await syncSamlMetadata(services, null)).toEqual({ checked: 1, changed: 0 });
      expect((await stored()).idpMetadata.metadata).toBe(second.metadataXml);
    } finally {
      server.close();
      await first.close();
      await second.close();
    }
  });
});
