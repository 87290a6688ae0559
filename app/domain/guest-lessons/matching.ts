import { distanceKm } from "../common/distance.ts";
import { fitDates, type Availability, type DateFit, type DateOption } from "./availability.ts";
import { reliabilityScore, typicalResponseDays, type Reliability } from "./reliability.ts";
import type { LessonLevel, OfferKind, OfferLocation, RequestPlace } from "./vocabulary.ts";
import { checkVog, type VogCheck } from "./vog.ts";

/**
 * Matching of offers and requests: hard rules decide whether an offer CAN serve a request
 * (level, place, reach), a score says how WELL, and every match carries its reasons so people
 * see why it was suggested ("12 km · vmbo-kader · lassen · reageert meestal binnen 2 dagen").
 * The same rules rank offers for a request and requests for an offer.
 */

export type OfferForMatching = Availability & {
  id: string;
  organisationId: string;
  kind: OfferKind;
  topics: readonly string[];
  levels: readonly string[];
  locations: readonly OfferLocation[];
  travelRadiusKm: number;
  lat: number | null;
  lon: number | null;
  groupSizeMax: number;
  reliability?: Reliability | null;
  /** 0..1: how well the request's own words match the offer's text (computed by full-text search). */
  textScore?: number;
  /** Until when the offer's guest teacher holds a VOG (ISO date), as the company states it; null: none stated. */
  vogValidUntil?: string | null;
};

export type RequestForMatching = {
  kind: OfferKind | null;
  topics: readonly string[];
  /** Whether the teacher described what she wants in her own words (then text counts). */
  hasText: boolean;
  level: LessonLevel | string;
  pupils: number | null;
  groups: number | null;
  place: RequestPlace;
  lat: number | null;
  lon: number | null;
  maxTravelKm: number | null;
  dateOptions: readonly DateOption[];
  periodFrom: string | null;
  periodUntil: string | null;
  /** Safeguarding: whether the school requires a VOG, and the day it must hold on (vog.ts vogCheckDate). */
  vog?: { required: boolean; onDate: string } | null;
};

export type Meeting = OfferLocation;

export type MatchReason =
  | { kind: "distance"; km: number; meeting: "school" | "company" }
  | { kind: "online" }
  | { kind: "level"; level: string }
  | { kind: "topics"; topics: string[] }
  | { kind: "text" }
  | { kind: "offerKind"; offerKind: OfferKind }
  | { kind: "dates"; fitting: string[]; asked: number }
  | { kind: "period"; firstFree: string }
  | { kind: "responds"; days: number }
  | { kind: "vog"; check: VogCheck };

export type Match = {
  score: number;
  meeting: Meeting;
  distanceKm: number | null;
  reasons: MatchReason[];
};

/** How much each aspect weighs in the score (sums to 1). */
export const WEIGHTS = { topic: 0.35, distance: 0.2, dates: 0.15, level: 0.1, kind: 0.1, reliability: 0.1 } as const;

/**
 * The other constants of the score, named so that match-ceiling.ts (the upper bound candidate
 * retrieval orders by) is built from the same numbers.
 */
export const SCORE = {
  /** Online meetings score like an in-person meeting at this share of the radius. */
  onlineDistance: 0.5,
  /** A text match counts at least this much when it was found but no topic overlaps. */
  textShareOfTopic: 0.3,
  /** Topics asked, no topic asked and no words: every offer fits this much. */
  noTopicAsked: 0.5,
  /** At the edge of the radius an in-person meeting keeps 1 − this. */
  distanceDecay: 0.7,
  /** No dates asked, or none of the asked dates: neither good nor bad. */
  noDates: 0.7,
  /** Per level beyond the first. */
  levelDecay: 0.1,
  kindMismatch: 0.3,
  groupTooLarge: 0.85,
} as const;

type Reach = { meeting: Meeting; distanceKm: number | null };

function placesWanted(place: RequestPlace): readonly Meeting[] {
  // "Any": at school first (the class stays put), then a visit, then online.
  return place === "any" ? ["school", "company", "online"] : [place];
}

/** The best way the offer and request can meet, or null when none is allowed. */
export function reach(offer: OfferForMatching, request: RequestForMatching): Reach | null {
  const distance =
    offer.lat !== null && offer.lon !== null && request.lat !== null && request.lon !== null
      ? distanceKm({ lat: offer.lat, lon: offer.lon }, { lat: request.lat, lon: request.lon })
      : null;
  for (const meeting of placesWanted(request.place)) {
    if (!offer.locations.includes(meeting)) continue;
    if (meeting === "online") return { meeting, distanceKm: null };
    if (distance === null || distance > offer.travelRadiusKm) continue;
    if (meeting === "company" && request.maxTravelKm !== null && distance > request.maxTravelKm) continue;
    return { meeting, distanceKm: distance };
  }
  return null;
}

export function topicOverlap(offer: OfferForMatching, request: RequestForMatching): string[] {
  return request.topics.filter((t) => offer.topics.includes(t));
}

function topicScore(overlap: number, request: RequestForMatching, textScore: number): number {
  const asked = request.topics.length;
  if (asked === 0) return request.hasText ? textScore : SCORE.noTopicAsked;
  const share = overlap / asked;
  return request.hasText ? (1 - SCORE.textShareOfTopic) * share + SCORE.textShareOfTopic * textScore : share;
}

function dateScore(fit: DateFit): number {
  if (fit.asked === "none") return SCORE.noDates;
  if (fit.asked === "period") return fit.firstFree ? 1 : 0;
  return fit.count === 0 ? SCORE.noDates : fit.fitting.length / fit.count;
}

/** Offers aimed at a few levels fit a class better than "for everyone". */
function levelScore(offer: OfferForMatching): number {
  return 1 / (1 + SCORE.levelDecay * Math.max(0, offer.levels.length - 1));
}

function groupFits(offer: OfferForMatching, request: RequestForMatching): boolean {
  if (!request.pupils) return true;
  const perGroup = Math.ceil(request.pupils / Math.max(1, request.groups ?? 1));
  return perGroup <= offer.groupSizeMax;
}

/**
 * Whether and how well an offer serves a request. Null when it cannot: the level is not among
 * the offer's levels, no allowed meeting place lies within the offer's travel radius (or the
 * class's own travel limit), or the request names topics or words and the offer shares none.
 */
export function matchOfferToRequest(offer: OfferForMatching, request: RequestForMatching): Match | null {
  if (!offer.levels.includes(request.level)) return null;
  const where = reach(offer, request);
  if (!where) return null;
  const overlap = topicOverlap(offer, request);
  const textScore = Math.min(1, Math.max(0, offer.textScore ?? 0));
  const asksSomething = request.topics.length > 0 || request.hasText;
  if (asksSomething && overlap.length === 0 && textScore === 0) return null;

  const fit = fitDates(offer, request);
  const distanceScore =
    where.distanceKm === null
      ? SCORE.onlineDistance
      : 1 - SCORE.distanceDecay * (offer.travelRadiusKm > 0 ? Math.min(1, where.distanceKm / offer.travelRadiusKm) : 0);
  const kindScore = request.kind === null || request.kind === offer.kind ? 1 : SCORE.kindMismatch;
  const groupFactor = groupFits(offer, request) ? 1 : SCORE.groupTooLarge;
  const score =
    groupFactor *
    (WEIGHTS.topic * topicScore(overlap.length, request, textScore) +
      WEIGHTS.distance * distanceScore +
      WEIGHTS.dates * dateScore(fit) +
      WEIGHTS.level * levelScore(offer) +
      WEIGHTS.kind * kindScore +
      WEIGHTS.reliability * reliabilityScore(offer.reliability));

  const reasons: MatchReason[] = [];
  if (where.meeting === "online") reasons.push({ kind: "online" });
  else reasons.push({ kind: "distance", km: where.distanceKm ?? 0, meeting: where.meeting });
  reasons.push({ kind: "level", level: request.level });
  if (overlap.length > 0) reasons.push({ kind: "topics", topics: overlap });
  else if (textScore > 0) reasons.push({ kind: "text" });
  if (request.kind !== null && request.kind === offer.kind) reasons.push({ kind: "offerKind", offerKind: offer.kind });
  if (fit.asked === "dates" && fit.fitting.length > 0) reasons.push({ kind: "dates", fitting: fit.fitting, asked: fit.count });
  if (fit.asked === "period" && fit.firstFree) reasons.push({ kind: "period", firstFree: fit.firstFree });
  const days = typicalResponseDays(offer.reliability);
  if (days !== null) reasons.push({ kind: "responds", days });
  // Said when the school asks for a VOG (met or not), and when the guest teacher holds one anyway.
  if (request.vog) {
    const check = checkVog({ validUntil: offer.vogValidUntil ?? null }, request.vog.required, request.vog.onDate);
    if (check.required || check.state === "valid") reasons.push({ kind: "vog", check });
  }

  return { score, meeting: where.meeting, distanceKm: where.distanceKm, reasons };
}

export type Ranked<T> = { item: T; match: Match };

/** Best first; equal scores: nearer first, then a stable order by id. */
function byScore<T extends { id: string }>(a: Ranked<T>, b: Ranked<T>): number {
  return (
    b.match.score - a.match.score ||
    (a.match.distanceKm ?? Number.POSITIVE_INFINITY) - (b.match.distanceKm ?? Number.POSITIVE_INFINITY) ||
    a.item.id.localeCompare(b.item.id)
  );
}

/** The offers that can serve a request, best first, at most `limit`. */
export function rankOffers<O extends OfferForMatching>(request: RequestForMatching, offers: readonly O[], limit = 20): Ranked<O>[] {
  const ranked: Ranked<O>[] = [];
  for (const offer of offers) {
    const match = matchOfferToRequest(offer, request);
    if (match) ranked.push({ item: offer, match });
  }
  return ranked.sort(byScore).slice(0, limit);
}

/** The requests an offer can serve, best first, at most `limit`. */
export function rankRequests<R extends RequestForMatching & { id: string; textScore?: number }>(
  offer: OfferForMatching,
  requests: readonly R[],
  limit = 20,
): Ranked<R>[] {
  const ranked: Ranked<R>[] = [];
  for (const request of requests) {
    // The text score belongs to the pair; for this direction it arrives with each request.
    const match = matchOfferToRequest(request.textScore === undefined ? offer : { ...offer, textScore: request.textScore }, request);
    if (match) ranked.push({ item: request, match });
  }
  return ranked.sort(byScore).slice(0, limit);
}
