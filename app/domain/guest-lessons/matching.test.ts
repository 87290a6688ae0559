import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { distanceKm } from "../common/distance.ts";
import { translator } from "../../i18n/index.ts";
import { matchOfferToRequest, rankOffers, rankRequests, type OfferForMatching, type RequestForMatching } from "./matching.ts";
import { reasonTexts } from "./reasons.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LOCATIONS, REQUEST_PLACES, type OfferLocation } from "./vocabulary.ts";

// Places from the gazetteer, rounded.
const UTRECHT = { lat: 52.0907, lon: 5.1214 };
const WOERDEN = { lat: 52.0858, lon: 4.8836 };
const AMERSFOORT = { lat: 52.1561, lon: 5.3878 };
const EMMELOORD = { lat: 52.7108, lon: 5.7486 };

const offer = (over: Partial<OfferForMatching> & { id: string }): OfferForMatching => ({
  organisationId: `org-${over.id}`,
  kind: "gastles",
  topics: ["lassen"],
  levels: ["vmbo-kader"],
  locations: ["school"],
  travelRadiusKm: 40,
  ...WOERDEN,
  groupSizeMax: 30,
  weekdays: [1, 2, 3, 4, 5],
  availablePeriods: [],
  blackoutDates: [],
  maxPerMonth: null,
  reliability: null,
  ...over,
});

const request = (over: Partial<RequestForMatching> = {}): RequestForMatching => ({
  kind: "gastles",
  topics: ["lassen"],
  hasText: false,
  level: "vmbo-kader",
  pupils: 24,
  groups: 1,
  place: "any",
  ...UTRECHT,
  maxTravelKm: null,
  dateOptions: [],
  periodFrom: null,
  periodUntil: null,
  ...over,
});

const topicNames: Record<string, string> = { lassen: "lassen", "cnc-verspanen": "CNC-verspanen" };
const formatting = {
  t: translator("nl"),
  topicName: (slug: string) => topicNames[slug] ?? slug,
  shortDate: (iso: string) => iso,
  fullDate: (iso: string) => iso.split("-").reverse().join("-"),
};

describe("matchOfferToRequest", () => {
  it("excludes an offer for other levels", () => {
    expect(matchOfferToRequest(offer({ id: "a", levels: ["havo", "vwo"] }), request())).toBeNull();
  });

  it("excludes an offer at school beyond its travel radius, but keeps it when it can also be online", () => {
    const far = offer({ id: "a", ...EMMELOORD, travelRadiusKm: 50 });
    expect(matchOfferToRequest(far, request())).toBeNull();
    const hybrid = matchOfferToRequest({ ...far, locations: ["school", "online"] }, request());
    expect(hybrid?.meeting).toBe("online");
    expect(hybrid?.distanceKm).toBeNull();
  });

  it("respects the class's own travel limit for a visit", () => {
    const visit = offer({ id: "a", kind: "bedrijfsbezoek", locations: ["company"] });
    expect(matchOfferToRequest(visit, request({ place: "company", maxTravelKm: 30 }))?.meeting).toBe("company");
    expect(matchOfferToRequest(visit, request({ place: "company", maxTravelKm: 10 }))).toBeNull();
  });

  it("excludes an offer that shares no topic and no words with the request", () => {
    expect(matchOfferToRequest(offer({ id: "a", topics: ["zonne-energie"] }), request())).toBeNull();
    const byText = matchOfferToRequest(offer({ id: "a", topics: ["zonne-energie"], textScore: 0.6 }), request({ hasText: true }));
    expect(byText?.reasons).toContainEqual({ kind: "text" });
  });

  it("says why it matched, in Dutch", () => {
    const match = matchOfferToRequest(
      offer({ id: "a", reliability: { requestsReceived: 10, requestsAnswered: 9, medianResponseHours: 30 } }),
      request(),
    );
    expect(match).not.toBeNull();
    expect(reasonTexts(match!.reasons, formatting).join(" · ")).toBe("16 km · vmbo-kader · lassen · Gastles · reageert meestal binnen 2 dagen");
  });

  it("tells the company the same match from its side: the school's description and dates, not its own response time", () => {
    const match = matchOfferToRequest(
      offer({ id: "a", topics: ["zonne-energie"], textScore: 0.6, reliability: { requestsReceived: 10, requestsAnswered: 9, medianResponseHours: 30 } }),
      request({ hasText: true }),
    );
    const school = reasonTexts(match!.reasons, formatting);
    const company = reasonTexts(match!.reasons, { ...formatting, reader: "company" });
    expect(school).toContain("past bij uw omschrijving");
    expect(company).toContain("past bij de omschrijving van de school");
    expect(company.join(" · ")).not.toMatch(/uw|reageert/);
  });

  it("says whether the school's VOG requirement is met, without changing the score", () => {
    const vog = (required: boolean) => request({ vog: { required, onDate: "2027-03-01" } });
    const holds = offer({ id: "a", vogValidUntil: "2027-03-12" });
    const none = offer({ id: "b" });
    const ended = offer({ id: "c", vogValidUntil: "2027-02-28" });
    const said = (o: OfferForMatching, r: RequestForMatching) => reasonTexts(matchOfferToRequest(o, r)!.reasons, formatting).at(-1);
    expect(said(holds, vog(true))).toBe("VOG aanwezig tot 12-03-2027");
    expect(said(none, vog(true))).toBe("De school vraagt een VOG; deze gastdocent heeft er (nog) geen");
    expect(said(ended, vog(true))).toBe("De school vraagt een VOG; die van deze gastdocent is maar geldig tot 28-02-2027");
    // Not required: a VOG held is still worth saying, none is not a reason.
    expect(said(holds, vog(false))).toBe("VOG aanwezig tot 12-03-2027");
    expect(matchOfferToRequest(none, vog(false))!.reasons.some((r) => r.kind === "vog")).toBe(false);
    // Without a VOG question (a company's view of requests) nothing is said.
    expect(matchOfferToRequest(holds, request())!.reasons.some((r) => r.kind === "vog")).toBe(false);
    expect(matchOfferToRequest(none, vog(true))!.score).toBe(matchOfferToRequest(holds, vog(true))!.score);
  });

  it("names the dates the offer can do and skips blackout dates, other weekdays and full months", () => {
    const o = offer({ id: "a", weekdays: [2, 4], blackoutDates: ["2026-03-12"], maxPerMonth: 2, takenDates: ["2026-04-02", "2026-04-07"] });
    // 10 March is a Tuesday, 11 March a Wednesday, 12 March blacked out, 14 April in a full month.
    const match = matchOfferToRequest(
      o,
      request({ dateOptions: [{ date: "2026-03-10" }, { date: "2026-03-11" }, { date: "2026-03-12" }, { date: "2026-04-14" }] }),
    );
    expect(match?.reasons).toContainEqual({ kind: "dates", fitting: ["2026-03-10"], asked: 4 });
  });

  it("finds the first free day in a period", () => {
    const o = offer({ id: "a", weekdays: [5], availablePeriods: [{ from: "2026-03-01", until: "2026-06-30" }] });
    const match = matchOfferToRequest(o, request({ periodFrom: "2026-02-20", periodUntil: "2026-03-20" }));
    expect(match?.reasons).toContainEqual({ kind: "period", firstFree: "2026-03-06" });
  });
});

describe("rankOffers", () => {
  it("ranks a nearer, level-fitting, topic-matching offer above the others", () => {
    const best = offer({ id: "best", ...UTRECHT, topics: ["lassen", "cnc-verspanen"], levels: ["vmbo-kader"] });
    const farther = offer({ id: "farther", ...AMERSFOORT, topics: ["lassen"], levels: ["vmbo-kader"] });
    const broad = offer({ id: "broad", ...UTRECHT, topics: ["lassen"], levels: [...LESSON_LEVELS] });
    const offTopic = offer({ id: "off-topic", ...UTRECHT, topics: ["lassen", "zonne-energie"], levels: ["vmbo-kader"] });
    const wrongLevel = offer({ id: "wrong-level", ...UTRECHT, levels: ["havo"] });
    const ranked = rankOffers(request({ topics: ["lassen", "cnc-verspanen"] }), [wrongLevel, offTopic, broad, farther, best]);
    expect(ranked.map((r) => r.item.id)[0]).toBe("best");
    expect(ranked.map((r) => r.item.id)).not.toContain("wrong-level");
    expect(ranked).toHaveLength(4);
  });

  it("prefers a provider that answers quickly when all else is equal", () => {
    const quick = offer({ id: "z-quick", reliability: { requestsReceived: 8, requestsAnswered: 8, medianResponseHours: 6 } });
    const slow = offer({ id: "a-slow", reliability: { requestsReceived: 8, requestsAnswered: 3, medianResponseHours: 200 } });
    expect(rankOffers(request(), [slow, quick]).map((r) => r.item.id)).toEqual(["z-quick", "a-slow"]);
  });

  it("returns at most the limit", () => {
    const many = Array.from({ length: 30 }, (_, i) => offer({ id: `o${i}` }));
    expect(rankOffers(request(), many, 20)).toHaveLength(20);
  });
});

describe("rankRequests", () => {
  it("ranks the requests an offer can serve, using each pair's text score", () => {
    const o = offer({ id: "o", topics: ["cnc-verspanen"] });
    const ranked = rankRequests(o, [
      { id: "text", ...request({ topics: [], hasText: true }), textScore: 0.8 },
      { id: "topic", ...request({ topics: ["cnc-verspanen"] }) },
      { id: "nothing", ...request({ topics: ["lassen"] }) },
    ]);
    expect(ranked.map((r) => r.item.id)).toEqual(["topic", "text"]);
  });
});

// Properties: whatever the offers and the request, ranking never breaks the hard rules.
const lat = fc.double({ min: 50.8, max: 53.5, noNaN: true });
const lon = fc.double({ min: 3.4, max: 7.2, noNaN: true });
const someLevels = fc.uniqueArray(fc.constantFrom(...LESSON_LEVELS), { minLength: 1, maxLength: 5 });
const someLocations = fc.uniqueArray(fc.constantFrom(...OFFER_LOCATIONS), { minLength: 1, maxLength: 3 });
const someTopics = fc.uniqueArray(fc.constantFrom("lassen", "cnc-verspanen", "robotica", "zonne-energie"), { maxLength: 3 });
const arbitraryOffer = fc.record({
  id: fc.uuid(),
  organisationId: fc.uuid(),
  kind: fc.constantFrom(...OFFER_KINDS),
  topics: someTopics,
  levels: someLevels,
  locations: someLocations as fc.Arbitrary<OfferLocation[]>,
  travelRadiusKm: fc.integer({ min: 0, max: 200 }),
  lat: fc.option(lat, { nil: null }),
  lon: fc.option(lon, { nil: null }),
  groupSizeMax: fc.integer({ min: 1, max: 60 }),
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  availablePeriods: fc.constant([]),
  blackoutDates: fc.constant([]),
  maxPerMonth: fc.option(fc.integer({ min: 1, max: 8 }), { nil: null }),
  textScore: fc.double({ min: 0, max: 1, noNaN: true }),
});
const arbitraryRequest = fc.record({
  kind: fc.option(fc.constantFrom(...OFFER_KINDS), { nil: null }),
  topics: someTopics,
  hasText: fc.boolean(),
  level: fc.constantFrom(...LESSON_LEVELS),
  pupils: fc.integer({ min: 1, max: 120 }),
  groups: fc.integer({ min: 1, max: 4 }),
  place: fc.constantFrom(...REQUEST_PLACES),
  lat,
  lon,
  maxTravelKm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
  dateOptions: fc.constant([{ date: "2026-03-10" }]),
  periodFrom: fc.constant(null),
  periodUntil: fc.constant(null),
});

describe("ranking properties", () => {
  it("never ranks an offer outside its radius or its levels", () => {
    fc.assert(
      fc.property(arbitraryRequest, fc.array(arbitraryOffer, { maxLength: 40 }), (req, offers) => {
        for (const { item, match } of rankOffers(req, offers, 40)) {
          expect(item.levels).toContain(req.level);
          expect(item.locations).toContain(match.meeting);
          if (req.place !== "any") expect(match.meeting).toBe(req.place);
          if (match.meeting !== "online") {
            expect(item.lat).not.toBeNull();
            const km = distanceKm({ lat: item.lat!, lon: item.lon! }, { lat: req.lat, lon: req.lon });
            expect(km).toBeLessThanOrEqual(item.travelRadiusKm);
            if (match.meeting === "company" && req.maxTravelKm !== null) expect(km).toBeLessThanOrEqual(req.maxTravelKm);
          }
        }
      }),
      { numRuns: 300 },
    );
  });

  it("orders by score, best first, and scores stay within 0..1", () => {
    fc.assert(
      fc.property(arbitraryRequest, fc.array(arbitraryOffer, { maxLength: 40 }), (req, offers) => {
        const scores = rankOffers(req, offers, 40).map((r) => r.match.score);
        for (const s of scores) expect(s).toBeGreaterThanOrEqual(0), expect(s).toBeLessThanOrEqual(1);
        for (let i = 1; i < scores.length; i++) expect(scores[i]!).toBeLessThanOrEqual(scores[i - 1]!);
      }),
      { numRuns: 200 },
    );
  });

  it("moving a school closer never drops an offer that reached it", () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryOffer, (req, o) => {
        const match = matchOfferToRequest(o, req);
        if (!match || match.meeting === "online" || o.lat === null || o.lon === null) return;
        const halfway = { ...req, lat: (req.lat + o.lat) / 2, lon: (req.lon + o.lon) / 2 };
        expect(matchOfferToRequest(o, halfway)).not.toBeNull();
      }),
      { numRuns: 300 },
    );
  });
});
