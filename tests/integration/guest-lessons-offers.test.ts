import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { eq, like } from "drizzle-orm";
import { createTestDatabase } from "../support/db.ts";
import { createTestServices } from "../support/services.ts";
import { insertMembership, insertOrganisation, insertUser, offerInput as baseOfferInput, requestInput } from "../support/factories.ts";
import { rejection as rejects } from "../support/refusals.ts";
import type { AppServices, SessionUser } from "~/context.ts";
import type { Database } from "~/db/client.server.ts";
import { appointment, lessonRequest, offer, offerMatchKey, organisation, providerReliability } from "~/db/schema/index.ts";
import { offerFormSchema, requestFormSchema, type OfferInput } from "~/domain/guest-lessons/forms.ts";
import { parseOfferSearchParams } from "~/domain/guest-lessons/catalogue-query.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";
import { updateOffer } from "~/services/guest-lessons/update-offer.server.ts";
import { updateOfferStatus } from "~/services/guest-lessons/update-offer-status.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { getEditableOffer } from "~/services/guest-lessons/get-editable-offer.server.ts";
import { OFFER_MATCH_CAP, searchOffers } from "~/services/guest-lessons/search-offers.server.ts";
import { createRequest } from "~/services/guest-lessons/create-request.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { listRequests } from "~/services/guest-lessons/list-requests.server.ts";
import { searchMatchingOffers } from "~/services/guest-lessons/search-matching-offers.server.ts";

let database: Database;
let services: AppServices;

// Gazetteer coordinates (rounded) of the places the fixture uses.
const PLACES = {
  Utrecht: { lat: 52.0907, lon: 5.1214 },
  Woerden: { lat: 52.0858, lon: 4.8836 },
  Amersfoort: { lat: 52.1561, lon: 5.3878 },
  Emmeloord: { lat: 52.7108, lon: 5.7486 },
} as const;

const org = async (name: string, kind: "school" | "company" | "provider", place: keyof typeof PLACES | null, levels: string[] = []) =>
  (await insertOrganisation(services.db, { name, kind, place, educationLevels: levels, ...(place ? PLACES[place] : {}) })).id;

function offerInput(organisationId: string, over: Partial<OfferInput> = {}): OfferInput {
  return baseOfferInput(organisationId, {
    title: "Lassen in de praktijk",
    description: "Een lasser laat zien hoe MIG/MAG-lassen werkt.",
    topics: ["lassen"],
    tags: ["mig/mag"],
    groupSizeMin: 8,
    travelRadiusKm: 40,
    contactName: "Afdeling opleidingen",
    contactEmail: "opleidingen@example.nl",
    preparationTips: "Bespreek vooraf veilig werken.",
    ...over,
  });
}

let metal: string, installer: string, far: string, provider: string, school: string, otherSchool: string;
let metalAdmin: SessionUser, metalMember: SessionUser, installerAdmin: SessionUser, teacher: SessionUser, outsider: SessionUser;

beforeAll(async () => {
  database = await createTestDatabase();
  services = createTestServices(database);
  metal = await org("Metaalbedrijf Woerden", "company", "Woerden");
  installer = await org("Installateur Amersfoort", "company", "Amersfoort");
  far = await org("Staal Emmeloord", "company", "Emmeloord");
  provider = await org("Opleider Utrecht", "provider", null);
  school = await org("Vmbo Utrecht", "school", "Utrecht", ["vmbo-basis", "vmbo-kader"]);
  otherSchool = await org("Andere school", "school", "Utrecht", ["havo"]);
  metalAdmin = await insertUser(services.db, { name: "Metaal admin" });
  await insertMembership(services.db, metalAdmin, metal, "admin");
  metalMember = await insertUser(services.db, { name: "Metaal lid" });
  await insertMembership(services.db, metalMember, metal);
  installerAdmin = await insertUser(services.db, { name: "Installateur" });
  for (const organisationId of [installer, far, provider]) await insertMembership(services.db, installerAdmin, organisationId, "admin");
  teacher = await insertUser(services.db, { name: "Docent" });
  await insertMembership(services.db, teacher, school);
  outsider = await insertUser(services.db, { name: "Buitenstaander" });
});

afterAll(async () => {
  await database?.close();
});

describe("offers", () => {
  it("lets members of a company create, edit, publish and archive its offers, and nobody else", async () => {
    const draft = await createOffer(services, metalMember, { ...offerInput(metal), publish: false });
    expect(draft.status).toBe("draft");
    expect((await rejects(createOffer(services, outsider, { ...offerInput(metal), publish: true }))).kind).toBe("forbidden");
    expect((await rejects(createOffer(services, teacher, { ...offerInput(school), publish: true }))).kind).toBe("forbidden");
    expect((await rejects(updateOffer(services, installerAdmin, { ...offerInput(metal), offerId: draft.id, publish: true }))).kind).toBe("forbidden");
    expect((await rejects(updateOfferStatus(services, teacher, { offerId: draft.id, status: "published" }))).kind).toBe("forbidden");

    // A draft is invisible to others.
    expect((await rejects(getOffer(services, teacher, { offerId: draft.id }))).kind).toBe("not_found");
    expect((await getOffer(services, metalAdmin, { offerId: draft.id })).canManage).toBe(true);

    // Matching keys exist only while published: one per (level, topic).
    const keys = async () => (await services.db.select().from(offerMatchKey).where(eq(offerMatchKey.offerId, draft.id))).length;
    expect(await keys()).toBe(0);
    await updateOfferStatus(services, metalAdmin, { offerId: draft.id, status: "published" });
    expect((await getOffer(services, teacher, { offerId: draft.id })).offer.status).toBe("published");
    // Where each reader stands towards requesting it: another company's admin is not told to add a school.
    const standing = async (who: SessionUser | null) => (await getOffer(services, who, { offerId: draft.id })).standing;
    expect([await standing(null), await standing(outsider), await standing(installerAdmin), await standing(teacher)]).toEqual(["visitor", "noOrganisation", "notASchool", "teacher"]);
    expect(await keys()).toBe(2);
    await updateOfferStatus(services, metalAdmin, { offerId: draft.id, status: "archived" });
    expect(await keys()).toBe(0);
    expect((await rejects(getOffer(services, null, { offerId: draft.id }))).kind).toBe("not_found");
  });

  it("keeps every saved field (nothing saved is lost) and copies the organisation's place", async () => {
    const input = offerInput(metal, {
      kind: "bedrijfsbezoek",
      topics: ["lassen", "cnc-verspanen"],
      tags: ["robotlassen", "rvs"],
      locations: ["company", "online"],
      weekdays: [2, 4],
      availablePeriods: [{ from: "2026-02-01", until: "2026-06-30" }],
      blackoutDates: ["2026-04-27", "2026-05-05"],
      maxPerMonth: 3,
      language: "en",
      contactName: null,
      contactEmail: null,
    });
    const created = await createOffer(services, metalAdmin, { ...input, publish: true });
    const saved = (await getEditableOffer(services, metalAdmin, { offerId: created.id })).offer;
    const { organisationId: _o, ...fields } = input;
    expect(saved).toMatchObject(fields);
    expect(saved).toMatchObject({ place: "Woerden", lat: PLACES.Woerden.lat, status: "published" });
    expect(saved.searchText).toContain("CNC-verspanen");

    await updateOffer(services, metalMember, { ...input, title: "Bezoek aan de lasafdeling", maxPerMonth: null, offerId: created.id, publish: false });
    const updated = (await getEditableOffer(services, metalAdmin, { offerId: created.id })).offer;
    expect(updated).toMatchObject({ title: "Bezoek aan de lasafdeling", maxPerMonth: null, status: "published", blackoutDates: ["2026-04-27", "2026-05-05"] });
  });

  it("refuses unknown topics and in-person offers of an organisation without a place, beside the field", async () => {
    const unknown = await rejects(createOffer(services, metalAdmin, { ...offerInput(metal, { topics: ["breien"] }), publish: true }));
    expect(unknown).toMatchObject({ kind: "invalid", field: "topics", message: "offerForm.error.topicUnknown" });
    const nowhere = await rejects(createOffer(services, installerAdmin, { ...offerInput(provider, { locations: ["school"] }), publish: true }));
    expect(nowhere).toMatchObject({ kind: "invalid", field: "locations" });
    await createOffer(services, installerAdmin, { ...offerInput(provider, { locations: ["online"], title: "Online les PLC", topics: ["automatisering"] }), publish: true });
  });

  it("parses the form with a Dutch message key per field", () => {
    const bad = offerFormSchema.safeParse(
      Object.fromEntries([
        ["organisationId", metal],
        ["title", ""],
        ["groupSizeMin", "12"],
        ["groupSizeMax", "8"],
        ["durationMinutes", "twee uur"],
        ["travelRadiusKm", "500"],
        ["blackoutDates", "5 mei"],
        ["periodFrom", "2026-05-01"],
        ["periodUntil", "2026-04-01"],
        ["contactEmail", "geen-adres"],
      ]),
    );
    expect(bad.success).toBe(false);
    const fields = Object.fromEntries(bad.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      kind: "offerForm.error.kind",
      title: "offerForm.error.title",
      topics: "offerForm.error.topics",
      levels: "offerForm.error.levels",
      locations: "offerForm.error.locations",
      durationMinutes: "offerForm.error.duration",
      travelRadiusKm: "offerForm.error.radius",
      contactEmail: "offerForm.error.email",
    });
  });
});

describe("requests and matching", () => {
  let near: string, nearBroad: string, farther: string, tooFar: string, online: string;

  beforeAll(async () => {
    near = (await createOffer(services, metalAdmin, { ...offerInput(metal, { title: "Lassen bij u op school", topics: ["lassen", "metaalbewerking"], levels: ["vmbo-kader"] }), publish: true })).id;
    nearBroad = (await createOffer(services, metalAdmin, { ...offerInput(metal, { title: "Techniek algemeen", topics: ["lassen"], levels: ["vmbo-basis", "vmbo-kader", "vmbo-gemengd", "vmbo-theoretisch", "havo", "vwo"] }), publish: true })).id;
    farther = (await createOffer(services, installerAdmin, { ...offerInput(installer, { title: "Lassen van leidingen", topics: ["lassen"], travelRadiusKm: 50 }), publish: true })).id;
    tooFar = (await createOffer(services, installerAdmin, { ...offerInput(far, { title: "Staal lassen in de polder", topics: ["lassen"], travelRadiusKm: 30 }), publish: true })).id;
    online = (await createOffer(services, installerAdmin, { ...offerInput(far, { title: "Online lasles", topics: ["lassen"], locations: ["online"], levels: ["havo"] }), publish: true })).id;
    await services.db.insert(providerReliability).values({ organisationId: metal, requestsReceived: 10, requestsAnswered: 9, medianResponseHours: 30 });
  });

  it("ranks the nearer, level-fitting, topic-matching offer first and says why", async () => {
    const created = await createRequest(services, teacher, requestInput(school, { topics: ["lassen", "metaalbewerking"] }));
    const { suggestions, isSchool } = await getRequest(services, teacher, { requestId: created.id });
    expect(isSchool).toBe(true);
    const ids = suggestions.map((s) => s.id);
    expect(ids[0]).toBe(near);
    expect(ids).toContain(farther);
    expect(ids).toContain(nearBroad);
    expect(ids).not.toContain(tooFar);
    expect(ids).not.toContain(online); // havo only
    expect(suggestions[0]!.match.reasons).toEqual(
      expect.arrayContaining([{ kind: "level", level: "vmbo-kader" }, { kind: "topics", topics: ["lassen", "metaalbewerking"] }, { kind: "responds", days: 2 }]),
    );
    expect(suggestions[0]!.organisationName).toBe("Metaalbedrijf Woerden");
  });

  it("finds offers by the teacher's own words too", async () => {
    const result = await searchMatchingOffers(services, null, { request: {
      kind: null, topics: [], freeText: "leidingen", hasText: true, level: "vmbo-kader", pupils: 20, groups: 1, place: "any",
      ...PLACES.Utrecht, maxTravelKm: null, dateOptions: [], periodFrom: null, periodUntil: null,
    } });
    expect(result.map((r) => r.title)).toEqual(["Lassen van leidingen"]);
  });

  it("skips a date an offer already gave away and the months it is full", async () => {
    await services.db.insert(appointment).values({ offerId: near, schoolOrganisationId: otherSchool, providerOrganisationId: metal, state: "scheduled", date: "2026-03-10" });
    const result = await searchMatchingOffers(services, null, { request: {
      kind: "gastles", topics: ["lassen"], freeText: "", hasText: false, level: "vmbo-kader", pupils: 20, groups: 1, place: "any",
      ...PLACES.Utrecht, maxTravelKm: null, dateOptions: [{ date: "2026-03-10" }, { date: "2026-03-11" }], periodFrom: null, periodUntil: null,
    } });
    const nearMatch = result.find((r) => r.id === near)!;
    expect(nearMatch.match.reasons).toContainEqual({ kind: "dates", fitting: ["2026-03-11"], asked: 2 });
  });

  it("lets only one appointment hold an offer's date (database-enforced)", async () => {
    await expect(
      services.db.insert(appointment).values({ offerId: near, schoolOrganisationId: school, providerOrganisationId: metal, state: "accepted", date: "2026-03-10" }),
    ).rejects.toThrow();
    await services.db.insert(appointment).values({ offerId: near, schoolOrganisationId: school, providerOrganisationId: metal, state: "cancelled", date: "2026-03-10" });
  });

  it("shows providers the open requests that fit their offers, ranked, and hides them from outsiders", async () => {
    const created = await createRequest(services, teacher, requestInput(school, { title: "Metaal voor kader", topics: ["metaalbewerking"], freeText: "iets met metaal" }));
    const list = await listRequests(services, metalAdmin);
    const row = list.matching.find((m) => m.id === created.id);
    expect(row?.offerId).toBe(near);
    expect(row?.schoolName).toBe("Vmbo Utrecht");
    expect((await getRequest(services, metalAdmin, { requestId: created.id })).isSchool).toBe(false);
    expect((await rejects(getRequest(services, outsider, { requestId: created.id }))).kind).toBe("not_found");
    expect((await listRequests(services, teacher)).own.map((r) => r.id)).toContain(created.id);
  });

  it("stores a direct request to one offer and checks that it fits", async () => {
    const direct = await createRequest(services, teacher, requestInput(school, { mode: "direct", directOfferId: near }));
    const [row] = await services.db.select().from(lessonRequest).where(eq(lessonRequest.id, direct.id));
    expect(row).toMatchObject({ mode: "direct", directOfferId: near, placeName: "Utrecht", status: "open" });
    expect(await rejects(createRequest(services, teacher, requestInput(school, { mode: "direct", directOfferId: online })))).toMatchObject({ field: "level" });
    expect(await rejects(createRequest(services, teacher, requestInput(school, { mode: "direct", directOfferId: near, place: "online" })))).toMatchObject({ field: "place" });
  });

  it("validates requests with Dutch messages beside the fields", async () => {
    expect((await rejects(createRequest(services, metalAdmin, requestInput(school)))).kind).toBe("forbidden");
    expect(await rejects(createRequest(services, teacher, requestInput(school, { dateOptions: [{ date: "2025-01-10" }] })))).toMatchObject({
      field: "date1",
      message: "requestForm.error.datePast",
    });
    expect(await rejects(createRequest(services, teacher, requestInput(school, { placeName: "Nergenshuizen" })))).toMatchObject({ field: "placeName" });
    const parsed = requestFormSchema.safeParse({ schoolOrganisationId: school, kind: "gastles", title: "x", level: "vmbo-kader", pupils: "3", groups: "5", place: "any", time2: "9 uur" });
    const fields = Object.fromEntries(parsed.error!.issues.map((i) => [i.path.join("."), i.message]));
    expect(fields).toMatchObject({
      date1: "requestForm.error.datesOrPeriod",
      topics: "requestForm.error.topicsOrText",
      groups: "requestForm.error.groups",
      time2: "requestForm.error.time",
    });
  });

  it("finds an offer by topic near the teacher's school in the catalogue, nearest first", async () => {
    const result = await searchOffers(services, teacher, parseOfferSearchParams(new URLSearchParams("onderwerp=lassen")));
    expect(result.centre).toMatchObject({ source: "school", label: "Vmbo Utrecht" });
    const titles = result.offers.map((o) => o.title);
    expect(titles).toContain("Lassen bij u op school");
    expect(titles).not.toContain("Staal lassen in de polder");
    expect(titles).toContain("Online lasles");
    const first = result.offers.find((o) => o.distanceKm !== null)!;
    expect(first.reasons[0]).toMatchObject({ kind: "distance" });
    const byWord = await searchOffers(services, null, parseOfferSearchParams(new URLSearchParams("q=leidingen&bij=Amersfoort")));
    expect(byWord.centre?.source).toBe("place");
    expect(byWord.offers.map((o) => o.title)).toEqual(["Lassen van leidingen"]);
    const unknown = await searchOffers(services, null, parseOfferSearchParams(new URLSearchParams("bij=Nergenshuizen")));
    expect(unknown.unknownPlace).toBe("Nergenshuizen");
  });

  it("keeps, with a distance (?afstand=), only the offers met in person within it of the place or school, nearest first, and ignores a distance it does not offer", async () => {
    const catalogue = (actor: SessionUser | null, query: string) => searchOffers(services, actor, parseOfferSearchParams(new URLSearchParams(query)));
    // Gastlessen only: the company visit at Woerden (an earlier test's) is not what this is about.
    // Woerden lies about 16 km from Utrecht, Amersfoort about 19, Emmeloord about 70.
    const within25 = await catalogue(null, "onderwerp=lassen&soort=gastles&bij=Utrecht&afstand=25");
    expect(within25.centre?.source).toBe("place");
    expect(within25.offers.map((o) => o.title).sort()).toEqual(["Lassen bij u op school", "Lassen van leidingen", "Techniek algemeen"]);
    expect(within25.total).toBe(3);
    const km = within25.offers.map((o) => o.distanceKm!);
    expect(km.every((d) => d <= 25)).toBe(true);
    expect(km).toEqual([...km].sort((a, b) => a - b));
    expect(within25.offers.at(-1)!.title).toBe("Lassen van leidingen");
    // Without a distance the same place keeps its meaning: online offers too.
    expect((await catalogue(null, "onderwerp=lassen&bij=Utrecht")).offers.map((o) => o.title)).toContain("Online lasles");
    // From the teacher's school (Utrecht) as well, and nothing lies within 10 km of it.
    expect(await catalogue(teacher, "onderwerp=lassen&afstand=10")).toMatchObject({ total: 0, offers: [], centre: { source: "school" } });
    // A distance the page does not offer is ignored (every distance), and said so.
    const odd = parseOfferSearchParams(new URLSearchParams("onderwerp=lassen&bij=Utrecht&afstand=7"));
    expect(odd).toMatchObject({ radiusKm: null, radiusIgnored: "7" });
    expect((await searchOffers(services, null, odd)).offers.map((o) => o.title)).toContain("Online lasles");
  });

  it(`reads at most ${OFFER_MATCH_CAP} matches of a word, title matches first, and says there are more`, async () => {
    const many = Array.from({ length: OFFER_MATCH_CAP + 10 }, (_, i) => ({
      organisationId: installer,
      kind: "gastles" as const,
      status: "published" as const,
      title: i === OFFER_MATCH_CAP + 9 ? "Kitspuiten voor beginners" : `Gastles kozijnen ${i}`,
      searchText: i === OFFER_MATCH_CAP + 9 ? "Kitspuiten voor beginners" : `Gastles kozijnen ${i} met kitspuiten`,
    }));
    await services.db.insert(offer).values(many);
    try {
      const result = await searchOffers(services, null, parseOfferSearchParams(new URLSearchParams("q=kitspuiten")));
      expect(result.more).toBe(true);
      expect(result.total).toBe(OFFER_MATCH_CAP);
      expect(result.pageCount).toBe(Math.ceil(OFFER_MATCH_CAP / result.pageSize));
      // The one whose title has the word comes first, though it was written last.
      expect(result.offers[0]!.title).toBe("Kitspuiten voor beginners");
      // A word with few matches: the exact count.
      const few = await searchOffers(services, null, parseOfferSearchParams(new URLSearchParams("q=beginners")));
      expect(few).toMatchObject({ more: false, total: 1 });
    } finally {
      await services.db.delete(offer).where(like(offer.title, "Gastles kozijnen %"));
      await services.db.delete(offer).where(eq(offer.title, "Kitspuiten voor beginners"));
    }
  });
});
