// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import { sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "../../context.ts";
import type { Db } from "../../db/client.server.ts";
import { ceilingTerms } from "../../domain/guest-lessons/match-ceiling.ts";
import { rankOffers, type Match, type OfferForMatching } from "../../domain/guest-lessons/matching.ts";
import type { OfferKind, OfferLocation } from "../../domain/guest-lessons/vocabulary.ts";
import { boundedCandidatesSql, candidateSql, ceilingParts, textFromMask } from "./helpers/ceiling-sql.server.ts";
import { textArray } from "~/services/common/sql-array.server.ts";
import { rankable, readSuggestionQuery, type SuggestionQuery } from "./helpers/suggestion-reading.server.ts";
import { cachedTopics } from "./helpers/topic-cache.server.ts";

export type { SuggestionQuery };

export type OfferSuggestion = {
  id: string;
  title: string;
  kind: OfferKind;
  organisationId: string;
  organisationName: string;
  place: string | null;
  topics: string[];
  levels: string[];
  locations: OfferLocation[];
  match: Match;
};

/**
 * Offers read first, best score ceiling first (ADR 010). Enough that the 20th real score almost
 * always beats the ceiling of every offer left behind; when it does not, a second read takes
 * every offer whose ceiling reaches that score.
 */
export const SHORT_LIST = 60;
/** Candidates fetched at most per request: a guard against a pathological query only. */
const CANDIDATE_LIMIT = 3000;
/** Scores come from JavaScript, ceilings from SQL: room for their rounding to differ. */
const ROUNDING = 1e-9;

type CandidateRow = Omit<OfferForMatching, "reliability" | "takenDates" | "locations" | "kind"> & {
  kind: OfferKind;
  locations: string[];
  place: string | null;
  title: string;
  tags: string[];
  organisationName: string;
  takenDates: string[];
  requestsReceived: number | null;
  requestsAnswered: number | null;
  medianResponseHours: number | null;
  ceiling: number;
  total: number;
};


async function fetchCandidates(db: Db, statement: SQL): Promise<CandidateRow[]> {
  const result = (await db.execute(statement)) as unknown as { rows: CandidateRow[] };
  return result.rows;
}

/**
 * The best offers for a request, each with its reasons: candidates come from SQL (published,
 * for the level, within reach, sharing a topic or words), the ranking from the domain. Used by
 * the request page, the offers page's "for my school" view and the matching benchmark.
 *
 * Candidates are ordered by an upper bound of their score and only the best SHORT_LIST are read
 * and ranked; when the 20th score does not beat the bound of every offer left out, those that
 * reach it are read too, so the result is the same as ranking every candidate (ADR 010).
 */
export async function searchMatchingOffers(
  services: Pick<AppServices, "db">,
  _actor: Actor,
  input: {
    request: SuggestionQuery;
    limit?: number;
    excludeOfferIds?: string[];
    /** Offers read first (SHORT_LIST); tests make it short, so that the bound decides for more of the offers. */
    shortList?: number;
  },
): Promise<OfferSuggestion[]> {
  const { db } = services;
  const query = input.request;
  const wanted = input.limit ?? 20;
  const shortList = input.shortList ?? SHORT_LIST;
  const reading = readSuggestionQuery(query, query.freeText ? await cachedTopics(db) : []);
  const { request, wordList } = reading;
  const terms = ceilingTerms(request);
  const excluded = input.excludeOfferIds?.length ? textArray(input.excludeOfferIds) : null;

  const parts = ceilingParts(terms);
  if (!parts) return [];
  const found = candidateSql(query, reading, parts, terms, excluded);
  if (!found) return [];
  const { candidate, matchedText } = found;

  const rank = (rows: CandidateRow[]) =>
    rankOffers(
      request,
      rows.map((r) => rankable(reading, r, matchedText)),
      wanted,
    );

  // The text floor as the ranking below applies it: full-text rows matched the words somewhere.
  const text = textFromMask(sql`c.word_mask`, wordList, matchedText ? 0.5 : 0);
  const first = await fetchCandidates(db, boundedCandidatesSql(candidate, terms, query, text, { limit: shortList, above: null }));
  let ranked = rank(first);
  if ((first[0]?.total ?? 0) > shortList) {
    // Every offer left out has a ceiling at most the lowest one read.
    const cutoff = first.reduce((low, r) => Math.min(low, r.ceiling), Number.POSITIVE_INFINITY);
    const last = ranked.length >= wanted ? ranked[wanted - 1]!.match.score : null;
    if (last === null || last <= cutoff + ROUNDING) {
      // Some offer left out might still beat the last one: read every offer whose ceiling reaches it.
      ranked = rank(await fetchCandidates(db, boundedCandidatesSql(candidate, terms, query, text, { limit: CANDIDATE_LIMIT, above: last === null ? null : last - ROUNDING })));
    }
  }
  return ranked.map(({ item, match }) => ({
    id: item.id,
    title: item.title,
    kind: item.kind,
    organisationId: item.organisationId,
    organisationName: item.organisationName,
    place: item.place,
    topics: [...item.topics],
    levels: [...item.levels],
    locations: [...item.locations],
    match,
  }));
}
