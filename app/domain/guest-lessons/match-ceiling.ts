import { distanceKm } from "../common/distance.ts";
import { isoWeekday } from "../common/time.ts";
import { SCORE, WEIGHTS, type OfferForMatching, type RequestForMatching } from "./matching.ts";
import { MIN_REQUESTS_FOR_RELIABILITY, NEUTRAL_RELIABILITY, type Reliability } from "./reliability.ts";
import type { OfferKind, OfferLocation } from "./vocabulary.ts";
import { topicsInText, words } from "./words.ts";

/**
 * An upper bound on matchOfferToRequest's score, from the few features a matching-key row
 * carries (ADR 010). Candidate retrieval orders by it and fetches only the best few dozen
 * offers: once the 20th real score beats the bound of every offer left behind, none of those can
 * enter the top 20, so the short list ranks exactly like the full one. What the row cannot know
 * (blackout dates, periods, taken dates, answer speed) counts at its best; the teacher's words
 * count by textCeiling over the offer's stored words.
 *
 * services/guest-lessons/helpers/ceiling-sql.server.ts computes the same bound in SQL from
 * ceilingTerms(); the property test beside this file holds scoreCeiling ≥ the real score.
 */

export const LOCATION_BITS: Record<OfferLocation, number> = { school: 1, company: 2, online: 4 };

export function locationMask(locations: readonly string[]): number {
  return locations.reduce((mask, l) => mask | (LOCATION_BITS[l as OfferLocation] ?? 0), 0);
}

/** Bit d for ISO weekday d (1 = Monday). */
export function weekdayMask(weekdays: readonly number[]): number {
  return weekdays.reduce((mask, d) => (d >= 1 && d <= 7 ? mask | (1 << d) : mask), 0);
}

/** What an offer's matching keys are made of. */
export type MatchKeySource = {
  id: string;
  organisationId: string;
  kind: OfferKind;
  levels: readonly string[];
  topics: readonly string[];
  locations: readonly string[];
  travelRadiusKm: number;
  lat: number | null;
  lon: number | null;
  groupSizeMax: number;
  weekdays: readonly number[];
  matchWords: string | null;
};

/**
 * The rows of offer_match_key for a published offer: one per (level, topic), each with the
 * features the ceiling reads. None for an offer that can meet nowhere (in person only, no address).
 */
export function matchKeyRows(o: MatchKeySource) {
  const features = {
    offerId: o.id,
    organisationId: o.organisationId,
    kind: o.kind,
    levelCount: o.levels.length,
    groupSizeMax: o.groupSizeMax,
    travelRadiusKm: o.travelRadiusKm,
    lat: o.lat,
    lon: o.lon,
    locationMask: locationMask(o.locations),
    weekdayMask: weekdayMask(o.weekdays),
    matchWords: o.matchWords,
  };
  if (!o.locations.includes("online") && (o.lat === null || o.lon === null)) return [];
  const levels = [...new Set(o.levels)];
  return [...new Set(o.topics)].flatMap((topic) => levels.map((level) => ({ ...features, level, topic })));
}

/**
 * The folded words of an offer's title, tags and topic slugs, stored with it (offer.match_words)
 * for the text part of the ceiling. Topic names are left out: they may change, so the request
 * side matches them against the current topic list (WordTerm.topics).
 */
export function matchWords(offer: { title: string; tags: readonly string[]; topics: readonly string[] }): string {
  return words([offer.title, ...offer.tags, ...offer.topics].join(" ")).join(" ");
}

/** A word the teacher typed, as the text ceiling tests it. */
export type WordTerm = {
  word: string;
  /** Its beginnings of three letters or more, shorter than itself: an offer word equal to one is related. */
  prefixes: string[];
  /** Topics whose name (or slug) relates to it. */
  topics: string[];
};

export function wordTerms(freeText: string, topics: readonly { slug: string; name: string }[]): WordTerm[] {
  return words(freeText).map((word) => ({
    word,
    prefixes: Array.from({ length: Math.max(0, word.length - 3) }, (_, i) => word.slice(0, 3 + i)),
    topics: topicsInText(word, topics),
  }));
}

/**
 * At least words.ts textScore(typed words, title + tags + topic names): the share of typed words
 * that some offer word starts with, or that start with an offer word, or that relate to one of
 * the offer's topics. Unknown stored words (null) may match anything.
 */
export function textCeiling(terms: readonly WordTerm[], stored: string | null, offerTopics: readonly string[]): number {
  if (terms.length === 0) return 0;
  if (stored === null) return 1;
  const own = stored.split(" ").filter(Boolean);
  const matched = terms.filter(
    (t) => own.some((o) => o.startsWith(t.word) || t.prefixes.includes(o)) || offerTopics.some((topic) => t.topics.includes(topic)),
  );
  return matched.length / terms.length;
}

/** What a request contributes to the bound, computed once per request. */
export type CeilingTerms = {
  /** Topics asked (those the words named included). */
  asked: number;
  hasText: boolean;
  /** Pupils per group; null when any group fits. */
  perGroup: number | null;
  kind: string | null;
  /** Weekday bit of each distinct date option; null when no dates were asked. */
  dateBits: number[] | null;
  /** A period was asked (any free day in it scores 1). */
  period: boolean;
  /** LOCATION_BITS of the in-person meetings the request allows (0 without a place). */
  inPersonMask: number;
  online: boolean;
};

export function ceilingTerms(request: RequestForMatching): CeilingTerms {
  const wanted: OfferLocation[] = request.place === "any" ? ["school", "company", "online"] : [request.place];
  const located = request.lat !== null && request.lon !== null;
  const dates = [...new Set(request.dateOptions.map((o) => o.date))];
  return {
    asked: request.topics.length,
    hasText: request.hasText,
    perGroup: request.pupils ? Math.ceil(request.pupils / Math.max(1, request.groups ?? 1)) : null,
    kind: request.kind,
    dateBits: dates.length > 0 ? dates.map((d) => 1 << isoWeekday(d)) : null,
    period: dates.length === 0 && !!request.periodFrom && !!request.periodUntil,
    inPersonMask: located ? locationMask(wanted.filter((w) => w !== "online")) : 0,
    online: wanted.includes("online"),
  };
}

export type CeilingFeatures = {
  kind: string;
  levelCount: number;
  groupSizeMax: number;
  travelRadiusKm: number;
  lat: number | null;
  lon: number | null;
  locationMask: number;
  weekdayMask: number;
  reliability?: Reliability | null;
  /** Request topics the offer may share. */
  topicHits: number;
  /** At least the offer's textScore for the request (textCeiling, with the same floor); 1 when unknown. */
  textCeiling?: number;
};

export function ceilingFeatures(offer: OfferForMatching, topicHits: number, textCeiling?: number): CeilingFeatures {
  return {
    kind: offer.kind,
    levelCount: offer.levels.length,
    groupSizeMax: offer.groupSizeMax,
    travelRadiusKm: offer.travelRadiusKm,
    lat: offer.lat,
    lon: offer.lon,
    locationMask: locationMask(offer.locations),
    weekdayMask: weekdayMask(offer.weekdays),
    reliability: offer.reliability ?? null,
    topicHits,
    textCeiling,
  };
}

/** Best reliability score the figures allow: the answer rate (speed at its best). */
export function reliabilityCeiling(r: Reliability | null | undefined): number {
  if (!r || r.requestsReceived < MIN_REQUESTS_FOR_RELIABILITY || r.medianResponseHours === null) return NEUTRAL_RELIABILITY;
  return Math.min(1, r.requestsAnswered / r.requestsReceived);
}

/** The bound; null when no allowed meeting place is possible at all. */
export function scoreCeiling(f: CeilingFeatures, t: CeilingTerms, at: { lat: number | null; lon: number | null }): number | null {
  let distance = Number.NEGATIVE_INFINITY;
  if (t.online && (f.locationMask & LOCATION_BITS.online) !== 0) distance = SCORE.onlineDistance;
  if ((f.locationMask & t.inPersonMask) !== 0 && f.lat !== null && f.lon !== null && at.lat !== null && at.lon !== null) {
    const km = distanceKm({ lat: f.lat, lon: f.lon }, { lat: at.lat, lon: at.lon });
    distance = Math.max(distance, 1 - SCORE.distanceDecay * (f.travelRadiusKm > 0 ? Math.min(1, km / f.travelRadiusKm) : 0));
  }
  if (distance === Number.NEGATIVE_INFINITY) return null;
  const share = t.asked > 0 ? Math.min(f.topicHits, t.asked) / t.asked : 0;
  const text = Math.min(1, f.textCeiling ?? 1);
  const topic =
    t.asked === 0 ? (t.hasText ? text : SCORE.noTopicAsked) : t.hasText ? (1 - SCORE.textShareOfTopic) * share + SCORE.textShareOfTopic * text : share;
  const dates = t.dateBits ? t.dateBits.filter((bit) => (f.weekdayMask & bit) !== 0).length / t.dateBits.length : t.period ? 1 : SCORE.noDates;
  const level = 1 / (1 + SCORE.levelDecay * Math.max(0, f.levelCount - 1));
  const kind = t.kind === null || t.kind === f.kind ? 1 : SCORE.kindMismatch;
  const group = t.perGroup === null || t.perGroup <= f.groupSizeMax ? 1 : SCORE.groupTooLarge;
  return (
    group *
    (WEIGHTS.topic * topic +
      WEIGHTS.distance * distance +
      WEIGHTS.dates * dates +
      WEIGHTS.level * level +
      WEIGHTS.kind * kind +
      WEIGHTS.reliability * reliabilityCeiling(f.reliability))
  );
}
