import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { KIND_PARAMS, MAX_QUERY_LENGTH, parseSearchParams, resultHref, searchHref, SEARCH_KINDS, snippet } from "./query.ts";

const parse = (query: string) => parseSearchParams(new URLSearchParams(query));

describe("parseSearchParams", () => {
  it("reads the query and the kind", () => {
    expect(parse("q=lassen&soort=cursussen")).toEqual({ q: "lassen", kind: "course", error: null });
    expect(parse("q=+Girlsday++Utrecht+")).toEqual({ q: "Girlsday Utrecht", kind: null, error: null });
    expect(parse("")).toEqual({ q: "", kind: null, error: null });
  });

  it("ignores a kind it does not know", () => {
    expect(parse("q=x&soort=alles").kind).toBeNull();
    expect(parse("q=x&soort=NIEUWS").kind).toBe("article");
  });

  it("refuses a query that is too long, keeping its start", () => {
    const parsed = parse(`q=${"a".repeat(MAX_QUERY_LENGTH + 1)}`);
    expect(parsed.error).toBe("search.error.tooLong");
    expect(parsed.q).toHaveLength(MAX_QUERY_LENGTH);
    expect(parse(`q=${"a".repeat(MAX_QUERY_LENGTH)}`).error).toBeNull();
  });

  it("refuses control characters and direction overrides, reads tabs and line breaks as spaces", () => {
    expect(parse("q=las%07sen").error).toBe("search.error.control");
    expect(parse("q=las%C2%85sen").error).toBe("search.error.control");
    expect(parse("q=%E2%80%AEnesssal").error).toBe("search.error.control");
    expect(parse("q=plc%09utrecht%0A").q).toBe("plc utrecht");
    expect(parse("q=las%E2%80%8Bsen").q).toBe("lassen");
  });

  it("never throws, and a query it accepts is short and free of control characters", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 400, unit: "binary" }), fc.string({ maxLength: 20 }), (q, soort) => {
        const params = new URLSearchParams();
        params.set("q", q);
        params.set("soort", soort);
        const parsed = parseSearchParams(params);
        expect([...parsed.q].length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
        expect(parsed.kind === null || SEARCH_KINDS.includes(parsed.kind)).toBe(true);
        if (parsed.error === null) expect(/\p{Cc}/u.test(parsed.q)).toBe(false);
        expect(parsed.q).toBe(parsed.q.trim());
      }),
      { numRuns: 2000 },
    );
  });
});

describe("addresses", () => {
  it("round-trips a search through its address", () => {
    for (const kind of [...SEARCH_KINDS, null]) {
      const href = searchHref({ q: "Girls' Day & PLC", kind });
      const parsed = parseSearchParams(new URL(href, "http://x").searchParams);
      expect(parsed).toEqual({ q: "Girls' Day & PLC", kind, error: null });
    }
    expect(searchHref({ q: "" })).toBe("/zoeken");
  });

  it("links every kind to its own page", () => {
    expect(resultHref("network", "technet-utrecht")).toBe("/netwerken/technet-utrecht");
    expect(resultHref("offer", "0c0a")).toBe("/aanbod/0c0a");
    expect(new Set(SEARCH_KINDS.map((k) => KIND_PARAMS[k])).size).toBe(SEARCH_KINDS.length);
  });
});

describe("snippet", () => {
  const text = `${"Inleiding over de regio. ".repeat(12)}Hier leren studenten lassen en lastechniek bij bedrijven. ${"Slot. ".repeat(30)}`;
  it("shows the text around the first word that occurs", () => {
    const s = snippet(text, ["lassen"]);
    expect(s).toContain("lassen");
    expect(s.startsWith("… ")).toBe(true);
    expect(s.length).toBeLessThanOrEqual(180 + 4);
  });
  it("shows the start when no word occurs, and a short text whole", () => {
    expect(snippet(text, ["zuivel"]).startsWith("Inleiding")).toBe(true);
    expect(snippet("Kort.", ["x"])).toBe("Kort.");
  });
});
