import { describe, expect, it } from "vitest";
import { sql, type SQL } from "drizzle-orm";
import { PgDialect } from "drizzle-orm/pg-core";
import { ceilingTerms } from "~/domain/guest-lessons/match-ceiling.ts";
import { boundedCandidatesSql, candidateSql, ceilingParts, dateWindow, reachSql, textFromMask, wordsQuery } from "./ceiling-sql.server.ts";
import { textArray } from "~/services/common/sql-array.server.ts";
import type { SuggestionQuery } from "./suggestion-reading.server.ts";

const dialect = new PgDialect();
const render = (q: SQL) => dialect.sqlToQuery(q);

const request = (over: Partial<SuggestionQuery> = {}): SuggestionQuery => ({
  kind: null,
  topics: ["robotica"],
  hasText: false,
  freeText: "",
  level: "havo",
  pupils: 28,
  groups: 1,
  place: "school",
  lat: 52.09,
  lon: 5.12,
  maxTravelKm: null,
  dateOptions: [],
  periodFrom: null,
  periodUntil: null,
  ...over,
});
const reading = (query: SuggestionQuery) => ({ topics: [...query.topics], wordList: [] });

describe("the score ceiling in SQL", () => {
  it("has no ceiling, and no reach, when the request allows no meeting", () => {
    // In person only, but no place: nothing can reach it.
    const terms = ceilingTerms(request({ lat: null, lon: null }));
    expect(ceilingParts(terms)).toBeNull();
    expect(render(reachSql(terms)).sql).toBe("false");
  });

  it("weighs distance, dates, level and kind in one expression, the group factor apart", () => {
    const parts = ceilingParts(ceilingTerms(request({ place: "any" })))!;
    const part = render(parts.part).sql;
    expect(part).toContain("location_mask");
    expect(part).toContain("level_count");
    expect(render(parts.group).sql).toContain("group_size_max");
  });

  it("reads candidates from the matching keys when the request has topics and a place", () => {
    const query = request();
    const terms = ceilingTerms(query);
    const found = candidateSql(query, reading(query), ceilingParts(terms)!, terms, null)!;
    expect(found.matchedText).toBe(false);
    expect(render(found.candidate).sql).toContain('"offer_match_key"');
  });

  it("reads candidates through full text when the words name no topic, and says so", () => {
    const query = request({ topics: [], freeText: "iets met drones", hasText: true, place: "online", lat: null, lon: null });
    const terms = ceilingTerms(query);
    const found = candidateSql(query, reading(query), ceilingParts(terms)!, terms, null)!;
    expect(found.matchedText).toBe(true);
    const { sql: text } = render(found.candidate);
    expect(text).not.toContain('"offer_match_key"');
    expect(text).toContain("to_tsquery");
  });

  it("has no candidates for a request with neither topics nor words", () => {
    const query = request({ topics: [] });
    const terms = ceilingTerms(query);
    expect(candidateSql(query, reading(query), ceilingParts(terms)!, terms, null)).toBeNull();
  });

  it("cuts to the best ceilings, and to those reaching a score only when asked", () => {
    const query = request();
    const terms = ceilingTerms(query);
    const text = textFromMask(sql`c.word_mask`, [], 0);
    const first = render(boundedCandidatesSql(sql`select 1`, terms, query, text, { limit: 60, above: null }));
    expect(first.sql).not.toContain("where ceiling >=");
    expect(first.params).toContain(60);
    const second = render(boundedCandidatesSql(sql`select 1`, terms, query, text, { limit: 3000, above: 0.5 }));
    expect(second.sql).toContain("where ceiling >=");
    expect(second.params).toEqual(expect.arrayContaining([0.5, 3000]));
  });
});

describe("SQL pieces", () => {
  it("passes an array as one literal, quotes and backslashes escaped", () => {
    expect(textArray(["a", 'b"c', "d\\e"])).toBe('{"a","b\\"c","d\\\\e"}');
  });

  it("asks any of the teacher's words as a prefix", () => {
    expect(render(wordsQuery("Robot les!")).params).toEqual(["robot:* | les:*"]);
    expect(render(wordsQuery("!!")).params).toEqual(["''"]);
  });

  it("covers the whole months of the request's dates for the monthly caps", () => {
    expect(dateWindow(request({ dateOptions: [{ date: "2027-03-12" }, { date: "2027-02-03" }] }))).toEqual({ from: "2027-02-01", until: "2027-03-31" });
    expect(dateWindow(request())).toBeNull();
  });
});
