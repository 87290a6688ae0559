import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import type { Database, Db } from "~/db/client.server.ts";
import { event, network, networkLocation, organisation } from "~/db/schema/index.ts";
import { eq } from "drizzle-orm";
import { networkSearchText } from "~/domain/networks/search-text.ts";
import { emptyFilters, type NetworkFilters } from "~/domain/networks/search-query.ts";
import { parseNetworkSearchParams } from "~/domain/networks/search-params.ts";
import { searchNetworks } from "~/services/networks/search-networks.server.ts";
import { getNetworkProfile } from "~/services/networks/get-network-profile.server.ts";
import { DomainError } from "~/domain/errors.ts";
import { seedIfEmpty } from "~/db/seed/seed.server.ts";
import { createTestServices } from "../support/services.ts";
import { insertNetwork, insertNetworkMember, insertNetworkPartner, insertOrganisation } from "../support/factories.ts";

/**
 * A small directory of its own (texts taken from the seed documents), so
 * these tests do not depend on the demo data.
 */
type NetworkFixture = Omit<typeof network.$inferInsert, "searchText"> & {
  partners?: { org: string; role: "penvoerder" | "partner" }[];
  members?: string[];
  locations?: Omit<typeof networkLocation.$inferInsert, "networkId">[];
};

const ORGANISATIONS: (typeof organisation.$inferInsert)[] = [
  { slug: "roc-midden-nederland", name: "ROC Midden Nederland", kind: "provider", place: "Utrecht" },
  { slug: "obm-midden-nederland", name: "OpleidingsBedrijf Metaal Midden Nederland", kind: "provider", place: "Nieuwegein" },
  { slug: "roc-friese-poort", name: "ROC Friese Poort", kind: "provider", place: "Emmeloord" },
  { slug: "kiremko", name: "Kiremko", kind: "company", place: "Woerden" },
  { slug: "kampstaal", name: "Kampstaal", kind: "company", place: "Emmeloord" },
];

const NETWORKS: NetworkFixture[] = [
  {
    slug: "technologieroute",
    name: "Technologieroute",
    kind: "pps",
    summary: "Mbo-opleidingen en praktijklokalen voor de metaalsector in de provincie Utrecht.",
    description:
      "De metaalsector wordt geconfronteerd met belangrijke ontwikkelingen.\n\nHet project richt zich op studenten, docenten en praktijkbegeleiders en werknemers van metaalbedrijven.",
    province: "Utrecht",
    cooperationType: "Mbo-initiatief",
    educationSectors: ["mbo"],
    economicSector: "High Tech Systems & Materialen",
    tags: ["hybride docent"],
    focusAreas: ["Leven lang ontwikkelen"],
    startYear: 2015,
    contactEmail: "technologieroute@demo.technohub.nl",
    projectLeader: "Projectleider ROC Midden Nederland",
    website: "https://www.rocmn.nl",
    partners: [
      { org: "obm-midden-nederland", role: "partner" },
      { org: "roc-midden-nederland", role: "penvoerder" },
    ],
    members: ["kiremko"],
    locations: [
      { name: "Praktijklokaal metaal Nieuwegein", kind: "physical", place: "Nieuwegein", lat: 52.03, lon: 5.09 },
      { name: "Online leeromgeving Technologieroute", kind: "online", url: "https://leren.example.nl" },
    ],
  },
  {
    slug: "technohub-nop",
    name: "Technohub NOP",
    kind: "technohub",
    description:
      "Bedrijven uit de metaalsector en de agrarische sector en onderwijsinstellingen uit de Noordoostpolder hebben de handen ineengeslagen om een Technohub te realiseren.",
    province: "Flevoland",
    cooperationType: "Sectorinitiatief",
    educationSectors: ["mbo"],
    economicSector: "Maakindustrie",
    tags: ["praktijklokaal"],
    focusAreas: ["Leven lang ontwikkelen"],
    startYear: 2020,
    partners: [
      { org: "roc-friese-poort", role: "penvoerder" },
      { org: "kampstaal", role: "partner" },
    ],
    locations: [{ name: "Praktijkcentrum Emmeloord", kind: "physical", place: "Emmeloord", lat: 52.71, lon: 5.75 }],
  },
  {
    slug: "technohub-woerden",
    name: "Technohub Woerden",
    kind: "technohub",
    description: "Woerdens Techniek Talent is een coöperatie van bedrijven die samen met scholen een Technohub runnen voor basisonderwijs, vmbo en zij-instromers.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["po", "vmbo", "havo/vwo"],
    economicSector: "Maakindustrie",
    tags: ["zij-instromers"],
    focusAreas: ["Doorlopende leerlijn"],
    startYear: 2020,
    partners: [{ org: "kiremko", role: "penvoerder" }],
    locations: [
      { name: "Technohub Woerden", kind: "physical", place: "Woerden", lat: 52.09, lon: 4.88 },
      { name: "Techniekbus", kind: "mobile", place: "Woerden" },
    ],
  },
  {
    slug: "technet-utrecht",
    name: "TechNet Utrecht",
    kind: "technet",
    description: "In TechNet Utrecht werken bedrijfsleven en (beroeps)onderwijs samen om technisch onderwijs te maken dat leerlingen aanspreekt.",
    province: "Utrecht",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo", "mbo"],
    economicSector: "Installatietechniek",
    tags: ["Feest van de Techniek"],
    startYear: 2017,
    partners: [{ org: "roc-midden-nederland", role: "partner" }],
  },
  {
    slug: "sto-deventer-twello",
    name: "Sterk Techniek Onderwijs Deventer-Twello",
    kind: "sto_regio",
    description: "Het onderwijs en bedrijfsleven in de regio Deventer-Twello gaan samen de uitdaging aan: ruim 60 bedrijven zijn aangesloten.",
    province: "Overijssel",
    cooperationType: "Vo-initiatief",
    educationSectors: ["vmbo"],
    startYear: 2020,
  },
  // Enough plain networks for a second page.
  ...Array.from({ length: 21 }, (_, i): NetworkFixture => ({
    slug: `techniekkring-gelderland-${i + 1}`,
    name: `Techniekkring Gelderland ${String(i + 1).padStart(2, "0")}`,
    kind: "technet",
    description: "Scholen en bedrijven in de regio werken samen aan gastlessen en bedrijfsbezoeken.",
    province: "Gelderland",
    cooperationType: "Regionaal netwerk",
    educationSectors: ["vmbo"],
    startYear: 2010,
  })),
];

async function insertFixture(db: Db) {
  const orgs: { id: string; slug: string; name: string }[] = [];
  for (const values of ORGANISATIONS) orgs.push(await insertOrganisation(db, values));
  const org = (slug: string) => orgs.find((o) => o.slug === slug)!;
  for (const { partners = [], members = [], locations = [], ...fields } of NETWORKS) {
    const searchText = networkSearchText(fields, {
      partnerNames: partners.map((p) => org(p.org).name),
      locationNames: locations.map((l) => l.name),
    });
    const row = await insertNetwork(db, { ...fields, searchText });
    for (const p of partners) await insertNetworkPartner(db, row, org(p.org), p.role);
    for (const m of members) await insertNetworkMember(db, row, org(m));
    if (locations.length) await db.insert(networkLocation).values(locations.map((l) => ({ ...l, networkId: row.id })));
  }
}

const filters = (query: string): NetworkFilters => parseNetworkSearchParams(new URLSearchParams(query)).filters;

describe(`directory search (${TEST_DB})`, () => {
  let database: Database;
  const search = (query: string) => searchNetworks({ db: database.db }, null, filters(query));
  const names = async (query: string) => (await search(query)).networks.map((n) => n.name);

  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("finds an inflected word that Dutch stemming does not map: metaalbedrijf → metaalbedrijven", async () => {
    const found = await names("q=metaalbedrijf");
    expect(found).toContain("Technologieroute");
    expect(found).not.toContain("TechNet Utrecht");
    expect(found).not.toContain("Sterk Techniek Onderwijs Deventer-Twello");
  });

  it("finds both Technohubs for 'technohub', and them first", async () => {
    const found = await names("q=technohub");
    expect(found.slice(0, 2).sort()).toEqual(["Technohub NOP", "Technohub Woerden"]);
    // "Techn…" alone is not close enough: the threshold keeps these out.
    expect(found).not.toContain("Technologieroute");
    expect(found).not.toContain("TechNet Utrecht");
  });

  it("tolerates a typo: techologieroute → Technologieroute", async () => {
    expect((await names("q=techologieroute"))[0]).toBe("Technologieroute");
  });

  it("finds nothing for an unrelated word", async () => {
    const result = await search("q=zuivelfabriek");
    expect(result.total).toBe(0);
    expect(result.networks).toEqual([]);
    expect(result.locations).toEqual([]);
    expect(await names("q=ziekenhuis")).toEqual([]);
  });

  it("ignores accents both ways: cooperatie finds coöperatie", async () => {
    expect(await names("q=cooperatie")).toEqual(["Technohub Woerden"]);
    expect(await names("q=coöperatie")).toEqual(["Technohub Woerden"]);
    expect(await names("q=COOPERATIE")).toEqual(["Technohub Woerden"]);
  });

  it("puts an exact name first, and matches a phrase word by word", async () => {
    expect((await names("q=technet utrecht"))[0]).toBe("TechNet Utrecht");
    expect(await names("q=metaalbedrijf nieuwegein")).toEqual(["Technologieroute"]);
    expect(await names('q="hybride docent"')).toEqual(["Technologieroute"]);
  });

  it("finds a network by a partner's or a location's name", async () => {
    expect(await names("q=Kampstaal")).toEqual(["Technohub NOP"]);
    expect(await names("q=Emmeloord")).toEqual(["Technohub NOP"]);
  });

  it("takes any text safely as data", async () => {
    for (const q of ["'; drop table network; --", "%_\\", "!!! & | :*", "or", "-"]) {
      await expect(search(`q=${encodeURIComponent(q)}`)).resolves.toBeDefined();
    }
    expect((await search("")).total).toBe(NETWORKS.length);
  });

  it("ANDs facets and ORs values within a facet", async () => {
    expect((await names("provincie=Utrecht")).sort()).toEqual(["TechNet Utrecht", "Technohub Woerden", "Technologieroute"]);
    expect((await search("provincie=Utrecht&provincie=Flevoland")).total).toBe(4);
    expect(await names("provincie=Utrecht&sector=High+Tech+Systems+%26+Materialen&tag=hybride+docent")).toEqual(["Technologieroute"]);
    expect((await names("onderwijs=po&onderwijs=mbo&soort=technohub")).sort()).toEqual(["Technohub NOP", "Technohub Woerden"]);
    expect(await names("startjaar=2017")).toEqual(["TechNet Utrecht"]);
    expect(await names("focus=Leven+lang+ontwikkelen&provincie=Flevoland")).toEqual(["Technohub NOP"]);
    expect(await names("samenwerking=Vo-initiatief")).toEqual(["Sterk Techniek Onderwijs Deventer-Twello"]);
  });

  it("counts each facet with all the other filters applied, but not its own", async () => {
    const result = await search("provincie=Utrecht&soort=technohub");
    expect(result.total).toBe(1);
    const counts = (facet: keyof typeof result.facets) => Object.fromEntries(result.facets[facet].map((o) => [o.value, o.count]));
    // Province counts ignore the province filter, but apply kind = technohub.
    expect(counts("province")).toEqual({ Flevoland: 1, Utrecht: 1 });
    expect(result.facets.province.find((o) => o.value === "Utrecht")!.selected).toBe(true);
    // Kind counts ignore the kind filter, but apply province = Utrecht.
    expect(counts("kind")).toEqual({ pps: 1, technet: 1, technohub: 1 });
    // Other facets apply both.
    expect(counts("educationSector")).toEqual({ po: 1, vmbo: 1, "havo/vwo": 1 });
    expect(counts("startYear")).toEqual({ "2020": 1 });
    expect(result.facets.startYear.map((o) => o.value)).toEqual(["2020"]);
    expect(result.facets.kind.map((o) => o.value)).toEqual(["pps", "technet", "technohub"]);
  });

  it("counts facets within a text search, and keeps a chosen value that no longer matches", async () => {
    const result = await search("q=metaalbedrijf&tag=zij-instromers");
    expect(result.total).toBe(0);
    const tag = Object.fromEntries(result.facets.tag.map((o) => [o.value, o]));
    expect(tag["hybride docent"]?.count).toBe(1);
    expect(tag["zij-instromers"]).toEqual({ value: "zij-instromers", count: 0, selected: true });
  });

  it("counts every facet over the whole directory without filters", async () => {
    const result = await searchNetworks({ db: database.db }, null, emptyFilters());
    const province = Object.fromEntries(result.facets.province.map((o) => [o.value, o.count]));
    expect(province).toEqual({ Flevoland: 1, Gelderland: 21, Overijssel: 1, Utrecht: 3 });
    const sector = Object.fromEntries(result.facets.economicSector.map((o) => [o.value, o.count]));
    expect(sector).toEqual({ "High Tech Systems & Materialen": 1, Installatietechniek: 1, Maakindustrie: 2 });
    expect(result.facets.focusArea.map((o) => o.value)).toEqual(["Doorlopende leerlijn", "Leven lang ontwikkelen"]);
  });

  it("pages by 20 with a total, and clamps a page past the end", async () => {
    const first = await search("");
    expect(first.total).toBe(26);
    expect(first.pageCount).toBe(2);
    expect(first.networks).toHaveLength(20);
    const second = await search("pagina=2");
    expect(second.networks).toHaveLength(6);
    const all = [...first.networks, ...second.networks].map((n) => n.slug);
    expect(new Set(all).size).toBe(26);
    const beyond = await search("pagina=99");
    expect(beyond.page).toBe(2);
    expect(beyond.networks.map((n) => n.slug)).toEqual(second.networks.map((n) => n.slug));
  });

  it("returns for the map the vestigingen of the networks on the page, no others", async () => {
    const pages = [await search(""), await search("pagina=2")];
    for (const page of pages) {
      const onPage = new Set(page.networks.map((n) => n.slug));
      expect(page.locations.filter((l) => !onPage.has(l.networkSlug))).toEqual([]);
    }
    const everyLocation = NETWORKS.flatMap((n) => n.locations ?? []).map((l) => l.name);
    expect(pages.flatMap((p) => p.locations.map((l) => l.name)).sort()).toEqual(everyLocation.sort());
  });

  it("returns the vestigingen of every network in a one-page result for the map", async () => {
    const result = await search("provincie=Utrecht");
    expect(result.locations.map((l) => `${l.networkSlug}: ${l.name}`).sort()).toEqual([
      "technohub-woerden: Techniekbus",
      "technohub-woerden: Technohub Woerden",
      "technologieroute: Online leeromgeving Technologieroute",
      "technologieroute: Praktijklokaal metaal Nieuwegein",
    ]);
    const lokaal = result.locations.find((l) => l.name === "Praktijklokaal metaal Nieuwegein")!;
    expect(lokaal).toMatchObject({ kind: "physical", place: "Nieuwegein", lat: 52.03, lon: 5.09, networkName: "Technologieroute" });
  });

  it("gives a card a summary, falling back to the start of the description", async () => {
    const [card] = (await search("q=Deventer")).networks;
    expect(card).toMatchObject({ slug: "sto-deventer-twello", kind: "sto_regio", province: "Overijssel" });
    expect(card!.summary.startsWith("Het onderwijs en bedrijfsleven")).toBe(true);
  });
});

describe(`network profile (${TEST_DB})`, () => {
  let database: Database;
  beforeAll(async () => {
    database = await createTestDatabase();
    await insertFixture(database.db);
  });
  afterAll(async () => {
    await database?.close();
  });

  it("loads every field, partners with their role (penvoerder first), members and locations", async () => {
    const { profile } = await getNetworkProfile({ db: database.db }, null, { slug: "technologieroute" });
    expect(profile).toMatchObject({
      name: "Technologieroute",
      kind: "pps",
      country: "Nederland",
      province: "Utrecht",
      cooperationType: "Mbo-initiatief",
      educationSectors: ["mbo"],
      economicSector: "High Tech Systems & Materialen",
      tags: ["hybride docent"],
      focusAreas: ["Leven lang ontwikkelen"],
      startYear: 2015,
      contactEmail: "technologieroute@demo.technohub.nl",
      website: "https://www.rocmn.nl",
    });
    expect(profile.partners.map((p) => [p.name, p.role, p.slug])).toEqual([
      ["ROC Midden Nederland", "penvoerder", "roc-midden-nederland"],
      ["OpleidingsBedrijf Metaal Midden Nederland", "partner", "obm-midden-nederland"],
    ]);
    expect(profile.members.map((m) => m.name)).toEqual(["Kiremko"]);
    expect(profile.locations.map((l) => l.name).sort()).toEqual(["Online leeromgeving Technologieroute", "Praktijklokaal metaal Nieuwegein"]);
  });

  it("says not found for an unknown slug", async () => {
    await expect(getNetworkProfile({ db: database.db }, null, { slug: "bestaat-niet" })).rejects.toSatisfy((e) => e instanceof DomainError && e.kind === "not_found");
  });
});

describe(`directory search on the demo data (${TEST_DB})`, () => {
  let database: Database;
  const names = async (query: string) => (await searchNetworks({ db: database.db }, null, filters(query))).networks.map((n) => n.name);

  beforeAll(async () => {
    database = await createTestDatabase();
    await seedIfEmpty(createTestServices(database));
  });
  afterAll(async () => {
    await database?.close();
  });

  it("behaves on the seeded networks as on the fixture", async () => {
    expect(await names("q=metaalbedrijf")).toContain("Technologieroute");
    expect((await names("q=technohub")).slice(0, 2).sort()).toEqual(["Technohub NOP", "Technohub Woerden"]);
    expect((await names("q=techologieroute"))[0]).toBe("Technologieroute");
    expect(await names("q=zuivelfabriek")).toEqual([]);
    expect(await names("provincie=Utrecht&sector=High+Tech+Systems+%26+Materialen&tag=hybride+docent")).toEqual(["Technologieroute"]);
  });

  it("finds TechNet Utrecht by the Girlsday it runs, however it is written, but not by a draft event", async () => {
    for (const q of ["Girlsday", "girlsday", "girlsdag", "Girls' Day", "girls dag"]) {
      expect(await names(`q=${encodeURIComponent(q)}`), q).toContain("TechNet Utrecht");
    }
    // Only TechNet Utrecht runs Girlsday in the demo data.
    expect(await names("q=girlsdag")).toEqual(["TechNet Utrecht"]);
    const [amersfoort] = await database.db.select({ id: network.id }).from(network).where(eq(network.slug, "technet-amersfoort"));
    await database.db.insert(event).values({ slug: "lasdag-concept", networkId: amersfoort!.id, name: "Lastechniekdag", kind: "techniekdag", status: "draft" });
    expect(await names("q=lastechniekdag")).not.toContain("TechNet Amersfoort");
    await database.db.update(event).set({ status: "open" }).where(eq(event.slug, "lasdag-concept"));
    expect(await names("q=lastechniekdag")).toContain("TechNet Amersfoort");
  });

  it("applies the synonyms in both directions: lastechniek finds what says lassen", async () => {
    const byLassen = await names("q=lassen");
    const byLastechniek = await names("q=lastechniek");
    expect(byLassen.length).toBeGreaterThan(0);
    expect(byLastechniek).toEqual(expect.arrayContaining(byLassen));
    expect(byLassen).toEqual(expect.arrayContaining(byLastechniek));
  });

  it("shows Technologieroute's partners with ROC Midden Nederland as penvoerder", async () => {
    const { profile } = await getNetworkProfile({ db: database.db }, null, { slug: "technologieroute" });
    expect(profile.partners[0]).toMatchObject({ name: "ROC Midden Nederland", role: "penvoerder" });
    expect(profile.partners.some((p) => /OBM|OpleidingsBedrijf Metaal/.test(p.name))).toBe(true);
    expect(profile.locations.length).toBeGreaterThan(0);
  });
});
