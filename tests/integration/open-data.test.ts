/**
 * Open data (ADR 032): the downloads hold only what is public (no archived network, no organisation
 * nobody vouched for, no person's name or address), read back as CSV and JSON, carry a version a
 * client can send back, and run past one batch; the pages carry schema.org JSON-LD that parses,
 * meets Google's required properties, and cannot be broken out of by a hostile title.
 */
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startApp, type Harness } from "../support/app-harness.ts";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { insertNetwork, insertNetworkMember, insertNetworkPartner, insertOrganisation } from "../support/factories.ts";
import { createTestServices } from "../support/services.ts";
import type { Database } from "~/db/client.server.ts";
import { network, organisation } from "~/db/schema/index.ts";
import { jsonLdOf, richResultProblems } from "~/domain/common/rich-results.ts";
import { parseCsv as parseAnyCsv } from "~/domain/monitor/csv.ts";
import { headerOf, type DatasetId } from "~/domain/open-data/datasets.ts";
import { exportOpenData } from "~/services/open-data/export-open-data.server.ts";
import { BATCH } from "~/services/open-data/helpers/datasets.server.ts";
import { getOpenData } from "~/services/open-data/get-open-data.server.ts";

/** The files are comma-separated; the monitor's reader would guess from the first line. */
const parseCsv = (text: string) => parseAnyCsv(text, ",");

describe(`open data files (${TEST_DB})`, () => {
  let database: Database;
  let services: ReturnType<typeof createTestServices>;

  const read = async (dataset: DatasetId, format: "csv" | "json") => {
    const out = await exportOpenData(services, null, { dataset, format });
    return { ...out, text: await new Response(out.stream()).text() };
  };
  const csvObjects = (text: string) => {
    const [header, ...rows] = parseCsv(text);
    return rows.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i]!])));
  };

  beforeAll(async () => {
    database = await createTestDatabase();
    services = createTestServices(database);
    const live = await insertNetwork(services.db, { slug: "levend", name: "Levend netwerk", province: "Utrecht", tags: ["hybride docent", "lassen"], contactEmail: "projectleider@example.nl", projectLeader: "Jan Jansen" });
    const archived = await insertNetwork(services.db, { slug: "archief", name: "Archiefnetwerk", archivedAt: new Date("2026-01-01") });
    const lead = await insertOrganisation(services.db, { slug: "penvoerder", name: "ROC Penvoerder", kind: "provider", email: "info@roc.example", street: "Kerkstraat 1", postcode: "3511 AA", place: "Utrecht" });
    const both = await insertOrganisation(services.db, { slug: "beide", name: '=HYPERLINK("http://evil"), "Kring"', kind: "company" });
    const member = await insertOrganisation(services.db, { slug: "lid", name: "School Lid", kind: "school" });
    const onlyArchived = await insertOrganisation(services.db, { slug: "alleen-archief", name: "Alleen in archief" });
    await insertOrganisation(services.db, { slug: "niemand", name: "Niemand kent mij" });
    await insertOrganisation(services.db, { slug: "bevestigd", name: "Bevestigd bedrijf", verifiedAt: new Date("2026-02-01"), kvkNumber: "12345678", website: "https://bevestigd.example" });
    await insertNetworkPartner(services.db, live.id, lead.id, "penvoerder");
    await insertNetworkPartner(services.db, live.id, both.id);
    await insertNetworkMember(services.db, live.id, both.id);
    await insertNetworkMember(services.db, live.id, member.id);
    await insertNetworkPartner(services.db, archived.id, onlyArchived.id);
    await insertNetworkMember(services.db, archived.id, lead.id);
  });

  afterAll(async () => {
    await database?.close();
  });

  it("networks: the directory's networks only, without anything naming a person", async () => {
    const { text, contentType, filename } = await read("netwerken", "csv");
    expect(contentType).toBe("text/csv; charset=utf-8; header=present");
    expect(filename).toBe("technohub-netwerken.csv");
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toMatch(/\r\n$/);
    const rows = csvObjects(text);
    expect(parseCsv(text)[0]).toEqual(headerOf("netwerken"));
    expect(rows.map((r) => r.slug)).toEqual(["levend"]);
    expect(rows[0]).toMatchObject({ name: "Levend netwerk", province: "Utrecht", tags: "hybride docent; lassen", url: "http://localhost:3000/netwerken/levend" });
    expect(text).not.toMatch(/projectleider@|Jan Jansen/);
  });

  it("partnerships: once per organisation per network, partner before member, none of an archived network", async () => {
    const rows = csvObjects((await read("samenwerkingen", "csv")).text);
    expect(rows.map((r) => [r.networkSlug, r.organisationSlug, r.role])).toEqual([
      ["levend", "beide", "partner"],
      ["levend", "lid", "member"],
      ["levend", "penvoerder", "penvoerder"],
    ]);
    expect((await getOpenData(services, null)).datasets.find((d) => d.id === "samenwerkingen")!.count).toBe(3);
  });

  it("organisations: verified ones and those a live network names; no e-mail, no street; a formula stays text", async () => {
    const { text } = await read("organisaties", "csv");
    const rows = csvObjects(text);
    expect(rows.map((r) => r.slug)).toEqual(["beide", "bevestigd", "lid", "penvoerder"]);
    expect(rows[0]!.name).toBe(`'=HYPERLINK("http://evil"), "Kring"`);
    expect(rows[1]).toMatchObject({ kvkNumber: "12345678", website: "https://bevestigd.example", verified: "true" });
    expect(text).not.toMatch(/info@roc|Kerkstraat|3511 AA|Niemand|Alleen in archief/);

    const json = JSON.parse((await read("organisaties", "json")).text) as Record<string, unknown>[];
    expect(json.map((o) => o.slug)).toEqual(["beide", "bevestigd", "lid", "penvoerder"]);
    expect(json[0]!.name).toBe('=HYPERLINK("http://evil"), "Kring"');
    expect(Object.keys(json[0]!)).toEqual(headerOf("organisaties"));
  });

  it("an empty data set is a header alone, or an empty JSON list", async () => {
    await services.db.update(network).set({ archivedAt: new Date("2026-03-01") }).where(eq(network.slug, "levend"));
    try {
      expect(parseCsv((await read("samenwerkingen", "csv")).text)).toEqual([headerOf("samenwerkingen")]);
      expect(JSON.parse((await read("samenwerkingen", "json")).text)).toEqual([]);
    } finally {
      await services.db.update(network).set({ archivedAt: null }).where(eq(network.slug, "levend"));
    }
  });

  it("a version that changes with the data", async () => {
    const before = (await read("organisaties", "json")).version;
    expect((await read("organisaties", "json")).version).toBe(before);
    await services.db.update(organisation).set({ updatedAt: sql`now() + interval '1 minute'` }).where(eq(organisation.slug, "lid"));
    expect((await read("organisaties", "json")).version).not.toBe(before);
  });

  it("runs past one batch without losing or repeating a row", async () => {
    const extra = Array.from({ length: BATCH + 5 }, (_, i) => ({
      slug: `massa-${String(i).padStart(5, "0")}`,
      name: `Massa ${i}`,
      kind: "company" as const,
      verifiedAt: new Date("2026-02-01"),
    }));
    await services.db.insert(organisation).values(extra);
    const rows = csvObjects((await read("organisaties", "csv")).text);
    expect(rows).toHaveLength(BATCH + 5 + 4);
    expect(new Set(rows.map((r) => r.slug)).size).toBe(rows.length);
    const json = JSON.parse((await read("organisaties", "json")).text) as unknown[];
    expect(json).toHaveLength(BATCH + 5 + 4);
  });
});

describe(`open data over HTTP, and JSON-LD on the pages (${TEST_DB})`, () => {
  let h: Harness;

  beforeAll(async () => {
    h = await startApp();
  }, 120_000);

  afterAll(async () => {
    await h?.close();
  });

  it("a download says what it is, can be fetched again by its version, and knows only its own files", async () => {
    const response = await h.request("visitor", "/open-data/organisaties.csv");
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/csv; charset=utf-8; header=present");
    expect(response.headers.get("content-disposition")).toBe('attachment; filename="technohub-organisaties.csv"');
    expect(response.headers.get("link")).toContain("creativecommons.org/publicdomain/zero/1.0");
    expect(response.headers.get("cache-control")).toBe("public, max-age=300");
    const text = await response.text();
    const [header, ...rows] = parseCsv(text);
    expect(header).toEqual(headerOf("organisaties"));
    expect(rows.length).toBeGreaterThan(5);
    expect(text).not.toMatch(/@demo\.technohub\.nl|@/);

    const etag = response.headers.get("etag")!;
    expect(etag).toMatch(/^W\/"organisaties-csv-/);
    expect((await h.request("visitor", "/open-data/organisaties.csv", { headers: { "if-none-match": etag } })).status).toBe(304);
    const since = response.headers.get("last-modified")!;
    expect((await h.request("visitor", "/open-data/organisaties.csv", { headers: { "if-modified-since": since } })).status).toBe(304);

    const json = await h.request("visitor", "/open-data/netwerken.json");
    expect(json.headers.get("content-type")).toBe("application/json; charset=utf-8");
    expect((JSON.parse(await json.text()) as { slug: string }[]).some((n) => n.slug === "technet-utrecht")).toBe(true);

    expect((await h.request("visitor", "/open-data/personen.csv")).status).toBe(404);
    expect((await h.request("visitor", "/open-data/netwerken.xlsx")).status).toBe(404);
  });

  async function jsonLdOfPage(path: string) {
    const response = await h.request("visitor", path);
    expect(response.status, path).toBe(200);
    const html = await response.text();
    return { html, ld: jsonLdOf(html) as Record<string, unknown>[] };
  }

  it("the open data page describes its data sets as a DataCatalog that meets Google's dataset requirements", async () => {
    const { html, ld } = await jsonLdOfPage("/open-data");
    expect(ld).toHaveLength(1);
    expect(ld[0]!["@type"]).toBe("DataCatalog");
    expect(richResultProblems(ld[0])).toEqual({ errors: [], warnings: [] });
    for (const file of ["netwerken.csv", "samenwerkingen.json", "organisaties.csv"]) expect(html).toContain(`/open-data/${file}`);
    expect(html).toContain("CC0 1.0");
  });

  it("course, event, organisation and network pages carry valid JSON-LD", async () => {
    const [course] = await h.query<{ slug: string }>(sql`select c.slug from course c where c.status = 'published' and exists (select 1 from course_session s where s.course_id = c.id) order by c.slug limit 1`);
    const [event] = await h.query<{ slug: string }>(sql`select slug from event where status <> 'draft' order by slug limit 1`);
    const pages: [string, string][] = [
      [`/cursussen/${course!.slug}`, "Course"],
      [`/evenementen/${event!.slug}`, "Event"],
      ["/organisaties/kiremko", "Organization"],
      ["/netwerken/technet-utrecht", "Organization"],
    ];
    for (const [path, type] of pages) {
      const { ld } = await jsonLdOfPage(path);
      const node = ld.find((n) => n["@type"] === type);
      expect(node, path).toBeDefined();
      expect(richResultProblems(node).errors, path).toEqual([]);
    }
  });

  it("a hostile title cannot break out of the JSON-LD", async () => {
    const hostile = "</script><script>alert(1)</script>";
    const [course] = await h.query<{ slug: string }>(sql`update course set title = ${hostile} where id = (select id from course where status = 'published' order by slug limit 1) returning slug`);
    const { html, ld } = await jsonLdOfPage(`/cursussen/${course!.slug}`);
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(ld.find((n) => n["@type"] === "Course")!.name).toBe(hostile);
  });
});
