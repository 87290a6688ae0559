import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { foldText } from "../common/fold.ts";
import { expandQuery, foldedGroups, isSynonymWord, matchSegments, MAX_VARIANTS, queryWords } from "./expand.ts";
import { SYNONYM_GROUPS } from "./synonyms.ts";

describe("the synonym list", () => {
  it("has groups of two or more terms, each term in one group only", () => {
    const seen = new Map<string, number>();
    SYNONYM_GROUPS.forEach((group, g) => {
      expect(new Set(group.map(foldText)).size, `group ${g}`).toBeGreaterThanOrEqual(2);
      for (const term of group) {
        const folded = foldText(term);
        expect(folded, term).not.toBe("");
        const other = seen.get(folded);
        expect(other === undefined || other === g, `"${term}" is in groups ${other} and ${g}`).toBe(true);
        seen.set(folded, g);
      }
    });
  });
});

describe("expandQuery", () => {
  it("applies every group in both directions", () => {
    for (const group of SYNONYM_GROUPS) {
      for (const a of group) {
        const readings = expandQuery(a);
        expect(readings[0]).toBe(foldText(a));
        for (const b of group) expect(readings, `${a} → ${b}`).toContain(foldText(b));
      }
    }
  });

  it("knows the field's spellings of Girlsday, PLC and lassen", () => {
    expect(expandQuery("girlsdag")).toEqual(expect.arrayContaining(["girlsdag", "girlsday", "girls day"]));
    expect(expandQuery("Girls' Day")).toEqual(expect.arrayContaining(["girls day", "girlsday", "girlsdag"]));
    expect(expandQuery("PLC")).toContain("besturingstechniek");
    expect(expandQuery("besturingstechniek")).toContain("plc");
    expect(expandQuery("lastechniek")).toContain("lassen");
    expect(expandQuery("lassen")).toContain("lastechniek");
  });

  it("replaces a term inside a longer query and keeps the other words", () => {
    expect(expandQuery("cursus PLC Utrecht")).toEqual(expect.arrayContaining(["cursus plc utrecht", "cursus besturingstechniek utrecht"]));
  });

  it("combines two groups, and matches whole words only", () => {
    expect(expandQuery("plc lassen")).toContain("besturingstechniek lastechniek");
    expect(expandQuery("plchouder")).toEqual(["plchouder"]);
    expect(expandQuery("gelassen")).toEqual(["gelassen"]);
  });

  it("prefers the longest term: 'girls day' is one term, not 'day' after 'girls'", () => {
    const readings = expandQuery("girls day utrecht");
    expect(readings).toContain("girlsday utrecht");
    expect(readings).not.toContain("girls day day utrecht");
  });

  it("holds for any input: at most MAX_VARIANTS folded readings, the query itself first, no repeats", () => {
    const groups = foldedGroups();
    fc.assert(
      fc.property(fc.string({ maxLength: 300, unit: "binary" }), (q) => {
        const readings = expandQuery(q, groups);
        expect(readings.length).toBeLessThanOrEqual(MAX_VARIANTS);
        expect(new Set(readings).size).toBe(readings.length);
        if (foldText(q) === "") expect(readings).toEqual([]);
        else expect(readings[0]).toBe(foldText(q).split(" ").filter(Boolean).join(" "));
        for (const r of readings) expect(foldText(r)).toBe(r);
      }),
    );
  });

  it("stays small for a query made of many synonyms", () => {
    const q = Array.from({ length: 40 }, () => "plc lassen girlsday").join(" ");
    expect(expandQuery(q)).toHaveLength(MAX_VARIANTS);
  });
});

describe("matchSegments", () => {
  it("gives each word with its synonyms, leaving out short words and search syntax", () => {
    expect(matchSegments("PLC in Utrecht -Amersfoort or Woerden")).toEqual([["plc", "besturingstechniek", "plc programmeren"], ["utrecht"], ["woerden"]]);
    expect(matchSegments("Girls' Day")[0]).toEqual(["girls day", "girlsday", "girlsdag", "girls dag"]);
    expect(matchSegments("lassen voor beginners van de regio")).toEqual([["lassen", "lastechniek", "lasser", "lassers"], ["beginners"], ["regio"]]);
    expect(matchSegments("een twee drie vier vijf zes")).toHaveLength(4);
    expect(matchSegments('"hybride docent" -bouw or de mbo')).toEqual([["hybride"], ["docent"], ["mbo"]]);
    expect(matchSegments("a b c")).toEqual([]);
  });
});

describe("isSynonymWord", () => {
  it("knows every word of every synonym term, and no other", () => {
    expect(isSynonymWord("girlsdag")).toBe(true);
    expect(isSynonymWord("besturingstechniek")).toBe(true);
    expect(isSynonymWord("girls")).toBe(true);
    expect(isSynonymWord("girlsdagen")).toBe(false);
  });
});

describe("queryWords", () => {
  it("folds, drops short words and repeats", () => {
    expect(queryWords("Metaalbedrijf in UTRECHT utrecht de")).toEqual(["metaalbedrijf", "utrecht"]);
  });
  it("never gives more than asked, for any input", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400 }), (q) => {
        const words = queryWords(q, 6);
        expect(words.length).toBeLessThanOrEqual(6);
        for (const w of words) expect(w.length).toBeGreaterThanOrEqual(3);
      }),
    );
  });
});
