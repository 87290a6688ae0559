// Relative imports (not "~/"): bench/matching.ts runs this module under plain Node.
import type { WordTerm } from "../../../domain/guest-lessons/match-ceiling.ts";
import { wordTerms } from "../../../domain/guest-lessons/match-ceiling.ts";
import type { OfferForMatching, RequestForMatching } from "../../../domain/guest-lessons/matching.ts";
import type { OfferLocation } from "../../../domain/guest-lessons/vocabulary.ts";
import { textScore, topicsInText, words } from "../../../domain/guest-lessons/words.ts";
import type { TopicRow } from "./topics.server.ts";

/** A request as matching sees it, plus the teacher's own words for full-text search. */
export type SuggestionQuery = RequestForMatching & { freeText: string };

/** A request as searchMatchingOffers ranks it: the topics its words name count as asked. */
export type SuggestionReading = {
  /** The topics asked: chosen, plus those the words name. */
  topics: string[];
  request: SuggestionQuery;
  typedWords: string[];
  topicNames: ReadonlyMap<string, string>;
  wordList: WordTerm[];
};

/** How searchMatchingOffers reads a request against the topic list (exported for the exactness test). */
export function readSuggestionQuery(query: SuggestionQuery, topicList: readonly TopicRow[]): SuggestionReading {
  const named = topicList.map((t) => ({ slug: t.slug, name: t.nameNl }));
  // Topics chosen, plus those the teacher's words name ("robot" → robotica).
  const topics = [...new Set([...query.topics, ...(query.freeText ? topicsInText(query.freeText, named) : [])])];
  return {
    topics,
    // Topics the words named count as asked for, so an offer on "robotica" matches "iets met robots".
    request: { ...query, topics },
    typedWords: words(query.freeText),
    topicNames: new Map(topicList.map((t) => [t.slug, t.nameNl])),
    wordList: query.freeText ? wordTerms(query.freeText, named) : [],
  };
}

/** The offer columns the ranking reads, as the candidates statement returns them. */
export type RankableRow = Omit<OfferForMatching, "reliability" | "textScore" | "locations"> & {
  locations: readonly string[];
  title: string;
  tags: readonly string[];
  requestsReceived: number | null;
  requestsAnswered: number | null;
  medianResponseHours: number | null;
};

/**
 * An offer row as rankOffers sees it: its text score from the teacher's words (at least 0.5 when
 * Dutch full text found the words in it), its provider's figures. Exported for the exactness test.
 */
export function rankable<R extends RankableRow>(reading: SuggestionReading, r: R, matchedText: boolean): R & OfferForMatching {
  const { request, typedWords, topicNames } = reading;
  return {
    ...r,
    locations: r.locations as OfferLocation[],
    textScore: request.freeText ? Math.max(matchedText ? 0.5 : 0, textScore(typedWords, [r.title, ...r.tags, ...r.topics.map((t) => topicNames.get(t) ?? t)].join(" "))) : 0,
    reliability:
      r.requestsReceived === null
        ? null
        : { requestsReceived: r.requestsReceived, requestsAnswered: r.requestsAnswered ?? 0, medianResponseHours: r.medianResponseHours },
  };
}
