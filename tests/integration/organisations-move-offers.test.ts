import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { createTestDatabase, TEST_DB } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertMembership, insertOrganisation, insertUser, offerInput as baseOfferInput } from "../support/factories.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { offer, offerMatchKey, organisation } from "~/db/schema/index.ts";
import type { OrganisationInput } from "~/domain/organisations/form.ts";
import type { GeocodeQuery } from "~/lib/geo/geocoder.server.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";
import { searchMatchingOffers, type SuggestionQuery } from "~/services/guest-lessons/search-matching-offers.server.ts";
import { updateOrganisation } from "~/services/organisations/update-organisation.server.ts";

let database: Database;
let services: AppServices;

// Gazetteer coordinates (rounded).
const TOWNS: Record<string, { lat: number; lon: number }> = {
  Woerden: { lat: 52.0858, lon: 4.8836 },
  Emmeloord: { lat: 52.7108, lon: 5.7486 },
  Utrecht: { lat: 52.0907, lon: 5.1214 },
};
const geocoder = {
  async geocode(query: GeocodeQuery) {
    const town = TOWNS[query.place ?? ""];
    return town ? { ...town, place: query.place!, province: null, source: "gazetteer" as const } : null;
  },
};

function address(place: string, over: Partial<OrganisationInput> = {}): OrganisationInput {
  return {
    name: "Verhuizend Metaal",
    kind: "company",
    description: "",
    website: null,
    email: null,
    street: place === "Woerden" ? "Zuidzijde 12" : "Industrieweg 3",
    postcode: place === "Woerden" ? "3447 GR" : "8300 AA",
    place,
    province: null,
    educationLevels: [],
    sector: null,
    sizeClass: null,
    kvkNumber: null,
    brin: null,
    branchNumber: null,
    ...over,
  } as OrganisationInput;
}

const offerInput = (organisationId: string) =>
  baseOfferInput(organisationId, { title: "Lassen in de praktijk", description: "Een lasser laat zien hoe het werkt.", topics: ["lassen"], levels: ["vmbo-kader"], travelRadiusKm: 40 });

const requestAt = (town: string): SuggestionQuery => ({
  kind: null,
  topics: ["lassen"],
  freeText: "",
  hasText: false,
  level: "vmbo-kader",
  pupils: 24,
  groups: 1,
  place: "school",
  ...TOWNS[town]!,
  maxTravelKm: null,
  dateOptions: [],
  periodFrom: null,
  periodUntil: null,
});

let company: { id: string; slug: string };
let admin: SessionUser;

describe(`an organisation that moves takes its offers along (${TEST_DB})`, () => {
  beforeAll(async () => {
    database = await createTestDatabase();
    services = { ...createTestServices(database), geocoder };
    company = await insertOrganisation(services.db, { slug: "verhuizend-metaal", name: "Verhuizend Metaal", kind: "company", street: "Zuidzijde 12", postcode: "3447 GR", place: "Woerden", ...TOWNS.Woerden });
    admin = await insertUser(services.db, { id: "u-verhuizer", name: "Verhuizer", email: "verhuizer@example.nl" });
    await insertMembership(services.db, admin, company, "admin");
  });
  afterAll(async () => {
    await database?.close();
  });

  it("moves the offers' coordinates, place, search text and matching keys in the same save", async () => {
    const published = await createOffer(services, admin, { ...offerInput(company.id), publish: true });
    const draft = await createOffer(services, admin, { ...offerInput(company.id), publish: false });
    expect((await searchMatchingOffers(services, null, { request: requestAt("Utrecht") })).map((s) => s.id)).toEqual([published.id]);
    expect(await searchMatchingOffers(services, null, { request: requestAt("Emmeloord") })).toEqual([]);

    await updateOrganisation(services, admin, { slug: company.slug, values: address("Emmeloord", { name: "Metaal Noordoostpolder" }) });

    const offers = await services.db.select({ id: offer.id, lat: offer.lat, lon: offer.lon, place: offer.place, searchText: offer.searchText }).from(offer).where(eq(offer.organisationId, company.id));
    expect(offers).toHaveLength(2);
    for (const o of offers) {
      expect(o).toMatchObject({ ...TOWNS.Emmeloord, place: "Emmeloord" });
      expect(o.searchText).toContain("Metaal Noordoostpolder");
      expect(o.searchText).not.toContain("Woerden");
    }
    const keys = await services.db.select({ offerId: offerMatchKey.offerId, lat: offerMatchKey.lat, lon: offerMatchKey.lon }).from(offerMatchKey).where(eq(offerMatchKey.organisationId, company.id));
    expect(keys).toEqual([{ offerId: published.id, ...TOWNS.Emmeloord }]);
    expect(keys.map((k) => k.offerId)).not.toContain(draft.id);

    // Utrecht lies 80 km from Emmeloord, beyond the 40 km radius; a school in Emmeloord is next door.
    expect(await searchMatchingOffers(services, null, { request: requestAt("Utrecht") })).toEqual([]);
    const near = await searchMatchingOffers(services, null, { request: requestAt("Emmeloord") });
    expect(near.map((s) => [s.id, s.place, s.organisationName])).toEqual([[published.id, "Emmeloord", "Metaal Noordoostpolder"]]);
    expect(near[0]!.match.reasons).toContainEqual({ kind: "distance", km: 0, meeting: "school" });
  });

  it("leaves offers without coordinates when the new address is not found, and they can no longer be met in person", async () => {
    await updateOrganisation(services, admin, { slug: company.slug, values: address("Nergens", { name: "Metaal Noordoostpolder" }) });
    const offers = await services.db.select({ lat: offer.lat, lon: offer.lon, place: offer.place }).from(offer).where(eq(offer.organisationId, company.id));
    for (const o of offers) expect(o).toEqual({ lat: null, lon: null, place: "Nergens" });
    expect(await services.db.select().from(offerMatchKey).where(eq(offerMatchKey.organisationId, company.id))).toEqual([]);
    expect(await searchMatchingOffers(services, null, { request: requestAt("Emmeloord") })).toEqual([]);
  });
});
