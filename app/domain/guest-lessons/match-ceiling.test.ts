import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ceilingFeatures, ceilingTerms, locationMask, matchKeyRows, matchWords, scoreCeiling, textCeiling, weekdayMask, wordTerms } from "./match-ceiling.ts";
import { textScore } from "./words.ts";
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
      fc.property(arbitraryRequest, arbitraryOffer, fc.integer({ min: 0, max: 2 }), fc.double({ min: 0, max: 1, noNaN: true }), (req, o, extraHits, slack) => {
        const match = matchOfferToRequest(o, req);
        if (!match) return;
        // More hits than the real overlap or a text ceiling above the text score may only raise the bound.
        const hits = topicOverlap(o, req).length + extraHits;
        const ceiling = scoreCeiling(ceilingFeatures(o, hits, (o.textScore ?? 0) + slack), ceilingTerms(req), req);
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

describe("textCeiling", () => {
  const topics = [
    { slug: "robotica", name: "robotica" },
    { slug: "lassen", name: "lassen" },
    { slug: "cnc-verspanen", name: "CNC-verspanen" },
    { slug: "zonne-energie", name: "zonne-energie" },
  ];
  const name = (slug: string) => topics.find((t) => t.slug === slug)?.name ?? slug;
  const word = fc.constantFrom("robot", "robotica", "las", "lassen", "lasser", "cnc", "zonne", "zonnepanelen", "bouw", "bouwen", "Bouwtechniek", "één", "eenheid", "techniek");
  const text = fc.array(word, { maxLength: 4 }).map((w) => w.join(" "));

  it("is never below the text score over title, tags and topic names", () => {
    fc.assert(
      fc.property(text, text, fc.array(word, { maxLength: 3 }), fc.uniqueArray(fc.constantFrom(...topics.map((t) => t.slug), "onbekend-onderwerp"), { maxLength: 3 }), (typed, title, tags, offerTopics) => {
        const real = textScore(typed, [title, ...tags, ...offerTopics.map(name)].join(" "));
        const ceiling = textCeiling(wordTerms(typed, topics), matchWords({ title, tags, topics: offerTopics }), offerTopics);
        expect(ceiling).toBeGreaterThanOrEqual(real);
      }),
      { numRuns: 3000 },
    );
  });

  it("tells an offer with the words from one without", () => {
    const terms = wordTerms("bouwen robot", topics);
    expect(textCeiling(terms, matchWords({ title: "Gastles lassen", tags: ["bouw"], topics: ["lassen"] }), ["lassen"])).toBe(0.5);
    expect(textCeiling(terms, matchWords({ title: "Gastles lassen", tags: [], topics: ["lassen"] }), ["lassen"])).toBe(0);
    expect(textCeiling(terms, matchWords({ title: "Gastles", tags: [], topics: ["robotica"] }), ["robotica"])).toBe(0.5);
    expect(textCeiling(terms, null, [])).toBe(1);
  });
});

describe("matchKeyRows", () => {
  const source = {
    id: "o", organisationId: "org", kind: "gastles" as const, levels: ["havo", "vwo"], topics: ["lassen", "robotica"], locations: ["school"],
    travelRadiusKm: 30, lat: 52.0858, lon: 4.8836, groupSizeMax: 30, weekdays: [1, 2], matchWords: "gastles lassen",
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
