import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ceilingFeatures, ceilingTerms, locationMask, matchKeyRows, scoreCeiling, weekdayMask } from "./match-ceiling.ts";
import { matchOfferToRequest, topicOverlap, type OfferForMatching, type RequestForMatching } from "./matching.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LOCATIONS, REQUEST_PLACES, type OfferLocation } from "./vocabulary.ts";

const lat = fc.double({ min: 50.8, max: 53.5, noNaN: true });
const lon = fc.double({ min: 3.4, max: 7.2, noNaN: true });
const someTopics = fc.uniqueArray(fc.constantFrom("lassen", "cnc-verspanen", "robotica", "zonne-energie"), { maxLength: 3 });
const isoDate = fc.integer({ min: 0, max: 120 }).map((d) => new Date(Date.UTC(2026, 2, 1 + d)).toISOString().slice(0, 10));
const reliability = fc.option(
  fc.record({
    requestsReceived: fc.integer({ min: 0, max: 20 }),
    requestsAnswered: fc.integer({ min: 0, max: 20 }),
    medianResponseHours: fc.option(fc.double({ min: 0, max: 800, noNaN: true }), { nil: null }),
  }),
  { nil: null },
);
const arbitraryOffer: fc.Arbitrary<OfferForMatching> = fc.record({
  id: fc.uuid(),
  organisationId: fc.uuid(),
  kind: fc.constantFrom(...OFFER_KINDS),
  topics: someTopics,
  levels: fc.uniqueArray(fc.constantFrom(...LESSON_LEVELS), { minLength: 1, maxLength: 6 }),
  locations: fc.uniqueArray(fc.constantFrom(...OFFER_LOCATIONS), { minLength: 1, maxLength: 3 }) as fc.Arbitrary<OfferLocation[]>,
  travelRadiusKm: fc.integer({ min: 0, max: 200 }),
  lat: fc.option(lat, { nil: null }),
  lon: fc.option(lon, { nil: null }),
  groupSizeMax: fc.integer({ min: 1, max: 60 }),
  weekdays: fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
  availablePeriods: fc.oneof(fc.constant([]), fc.constant([{ from: "2026-04-01", until: "2026-05-15" }])),
  blackoutDates: fc.uniqueArray(isoDate, { maxLength: 3 }),
  maxPerMonth: fc.option(fc.integer({ min: 1, max: 3 }), { nil: null }),
  takenDates: fc.uniqueArray(isoDate, { maxLength: 4 }),
  textScore: fc.double({ min: 0, max: 1, noNaN: true }),
  reliability,
});
const arbitraryRequest: fc.Arbitrary<RequestForMatching> = fc.record({
  kind: fc.option(fc.constantFrom(...OFFER_KINDS), { nil: null }),
  topics: someTopics,
  hasText: fc.boolean(),
  level: fc.constantFrom(...LESSON_LEVELS),
  pupils: fc.option(fc.integer({ min: 1, max: 120 }), { nil: null }),
  groups: fc.option(fc.integer({ min: 1, max: 4 }), { nil: null }),
  place: fc.constantFrom(...REQUEST_PLACES),
  lat: fc.option(lat, { nil: null }),
  lon: fc.option(lon, { nil: null }),
  maxTravelKm: fc.option(fc.integer({ min: 1, max: 200 }), { nil: null }),
  dateOptions: fc.uniqueArray(isoDate, { maxLength: 3 }).map((dates) => dates.map((date) => ({ date }))),
  periodFrom: fc.option(fc.constant("2026-03-02"), { nil: null }),
  periodUntil: fc.option(fc.constant("2026-04-30"), { nil: null }),
});

describe("scoreCeiling", () => {
  it("is never below the real score, whatever the words, blackouts, periods, taken dates and answer speed", () => {
    fc.assert(
      fc.property(arbitraryRequest, arbitraryOffer, fc.integer({ min: 0, max: 2 }), (req, o, extraHits) => {
        const match = matchOfferToRequest(o, req);
        if (!match) return;
        // Matching keys may count more hits than the real overlap (slots shared by topics), never fewer.
        const hits = topicOverlap(o, req).length + extraHits;
        const ceiling = scoreCeiling(ceilingFeatures(o, hits), ceilingTerms(req), req);
        expect(ceiling).not.toBeNull();
        expect(ceiling!).toBeGreaterThanOrEqual(match.score - 1e-12);
      }),
      { numRuns: 2000 },
    );
  });

  it("equals the score when the row knows everything that counts", () => {
    const o: OfferForMatching = {
      id: "a", organisationId: "b", kind: "gastles", topics: ["lassen"], levels: ["havo", "vwo"], locations: ["school"],
      travelRadiusKm: 40, lat: 52.0858, lon: 4.8836, groupSizeMax: 30, weekdays: [2], availablePeriods: [], blackoutDates: [], maxPerMonth: null,
    };
    const req: RequestForMatching = {
      kind: "gastles", topics: ["lassen", "robotica"], hasText: false, level: "havo", pupils: 24, groups: 1, place: "any",
      lat: 52.0907, lon: 5.1214, maxTravelKm: null, dateOptions: [{ date: "2026-03-10" }], periodFrom: null, periodUntil: null,
    };
    expect(scoreCeiling(ceilingFeatures(o, 1), ceilingTerms(req), req)).toBeCloseTo(matchOfferToRequest(o, req)!.score, 12);
  });

  it("encodes locations and weekdays as bits", () => {
    expect(locationMask(["online", "school"])).toBe(5);
    expect(weekdayMask([1, 5])).toBe(0b100010);
  });
});

describe("matchKeyRows", () => {
  const source = {
    id: "o", organisationId: "org", kind: "gastles" as const, levels: ["havo", "vwo"], topics: ["lassen", "robotica"], locations: ["school"],
    travelRadiusKm: 30, lat: 52.0858, lon: 4.8836, groupSizeMax: 30, weekdays: [1, 2],
  };

  it("gives one key per level and topic, each with the offer's features", () => {
    const rows = matchKeyRows(source);
    expect(rows.map((r) => `${r.level}/${r.topic}`).sort()).toEqual(["havo/lassen", "havo/robotica", "vwo/lassen", "vwo/robotica"]);
    expect(rows[0]).toMatchObject({ offerId: "o", organisationId: "org", levelCount: 2, locationMask: 1, weekdayMask: 0b110, travelRadiusKm: 30 });
  });

  it("gives online offers keys without an address, and none to an offer that can meet nowhere", () => {
    expect(matchKeyRows({ ...source, locations: ["online"], lat: null, lon: null })).toHaveLength(4);
    expect(matchKeyRows({ ...source, lat: null, lon: null })).toEqual([]);
  });
});
