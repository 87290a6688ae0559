import { describe, expect, it } from "vitest";
import fc from "fast-check";
import {
  FACETS,
  FACET_PARAMS,
  MAX_IGNORED,
  MAX_PAGE,
  MAX_QUERY_LENGTH,
  activeFilters,
  emptyFilters,
  hasActiveSearch,
  networkSearchHref,
  networkSearchQuery,
  withPage,
  withoutFacetValue,
  withoutQuery,
} from "./search-query.ts";
import { parseNetworkSearchParams } from "./search-params.ts";

const parse = (query: string) => parseNetworkSearchParams(new URLSearchParams(query));

describe("parseNetworkSearchParams", () => {
  it("reads every facet by its Dutch parameter name, repeated values OR-ed", () => {
    const { filters, ignored } = parse(
      "q=metaal&provincie=Utrecht&provincie=Flevoland&soort=pps&samenwerking=Mbo-initiatief&onderwijs=mbo&sector=High+Tech+Systems+%26+Materialen&tag=hybride+docent&focus=Leven+lang+ontwikkelen&startjaar=2015&pagina=2",
    );
    expect(ignored).toEqual([]);
    expect(filters).toEqual({
      q: "metaal",
      page: 2,
      facets: {
        province: ["Utrecht", "Flevoland"],
        kind: ["pps"],
        cooperationType: ["Mbo-initiatief"],
        educationSector: ["mbo"],
        economicSector: ["High Tech Systems & Materialen"],
        tag: ["hybride docent"],
        focusArea: ["Leven lang ontwikkelen"],
        startYear: ["2015"],
      },
    });
  });

  it("ignores unknown values and a bad page number, and says so", () => {
    const { filters, ignored } = parse("soort=zeppelin&soort=technohub&provincie=Atlantis&startjaar=vorig+jaar&pagina=abc&onderwijs=mbo");
    expect(filters.facets.kind).toEqual(["technohub"]);
    expect(filters.facets.province).toEqual([]);
    expect(filters.facets.startYear).toEqual([]);
    expect(filters.facets.educationSector).toEqual(["mbo"]);
    expect(filters.page).toBe(1);
    expect(ignored).toEqual([
      { param: "provincie", value: "Atlantis" },
      { param: "soort", value: "zeppelin" },
      { param: "startjaar", value: "vorig jaar" },
      { param: "pagina", value: "abc" },
    ]);
  });

  it("treats empty form fields as absent, not as mistakes", () => {
    const { filters, ignored } = parse("q=&provincie=&pagina=");
    expect(ignored).toEqual([]);
    expect(filters).toEqual(emptyFilters());
    expect(hasActiveSearch(filters)).toBe(false);
  });

  it("normalises the spelling of closed vocabularies and drops duplicates", () => {
    const { filters } = parse("provincie=utrecht&provincie=UTRECHT&soort=PPS");
    expect(filters.facets.province).toEqual(["Utrecht"]);
    expect(filters.facets.kind).toEqual(["pps"]);
  });

  it("shortens an overlong query and collapses whitespace", () => {
    const { filters, ignored } = parse(`q=${"a".repeat(MAX_QUERY_LENGTH + 50)}`);
    expect(filters.q.length).toBe(MAX_QUERY_LENGTH);
    expect(ignored.map((i) => i.param)).toEqual(["q"]);
    expect(parse("q=++hybride+++docent+").filters.q).toBe("hybride docent");
  });

  it("never throws, whatever the query string", () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.constantFrom("q", "pagina", ...Object.values(FACET_PARAMS), "x"), fc.string())), (pairs) => {
        const { filters } = parseNetworkSearchParams(new URLSearchParams(pairs));
        expect(filters.page).toBeGreaterThanOrEqual(1);
        expect(filters.q.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
      }),
    );
  });
});

describe("query string ↔ filters", () => {
  it("round-trips: the href of parsed filters parses to the same filters", () => {
    const { filters } = parse("q=hybride docent&provincie=Utrecht&sector=High Tech Systems %26 Materialen&tag=hybride docent&startjaar=2015&pagina=3");
    const href = networkSearchHref(filters);
    expect(href.startsWith("/netwerken?")).toBe(true);
    expect(parseNetworkSearchParams(new URLSearchParams(href.split("?")[1])).filters).toEqual(filters);
  });

  it("round-trips for arbitrary valid filters", () => {
    const value = fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s.trim() !== "");
    fc.assert(
      fc.property(fc.uniqueArray(value, { maxLength: 3 }), fc.uniqueArray(value, { maxLength: 3 }), fc.integer({ min: 1, max: 50 }), (tags, sectors, page) => {
        const filters = emptyFilters();
        filters.facets.tag = tags;
        filters.facets.economicSector = sectors;
        filters.page = page;
        expect(parseNetworkSearchParams(new URLSearchParams(networkSearchQuery(filters))).filters).toEqual(filters);
      }),
    );
  });

  it("leaves out what is empty, so a plain list is just /netwerken", () => {
    expect(networkSearchHref(emptyFilters())).toBe("/netwerken");
    expect(networkSearchHref(withPage(emptyFilters(), 1))).toBe("/netwerken");
    expect(networkSearchHref(withPage(emptyFilters(), 2))).toBe("/netwerken?pagina=2");
  });

  it("removing one filter value keeps the others and goes back to page 1", () => {
    const { filters } = parse("q=metaal&provincie=Utrecht&provincie=Flevoland&tag=hybride+docent&pagina=2");
    const fewer = withoutFacetValue(filters, "province", "Utrecht");
    expect(fewer.facets.province).toEqual(["Flevoland"]);
    expect(fewer.facets.tag).toEqual(["hybride docent"]);
    expect(fewer.q).toBe("metaal");
    expect(fewer.page).toBe(1);
    expect(filters.facets.province).toEqual(["Utrecht", "Flevoland"]); // not mutated
    expect(networkSearchHref(withoutQuery(fewer))).toBe("/netwerken?provincie=Flevoland&tag=hybride+docent");
  });

  it("lists the active filters in facet order", () => {
    const { filters } = parse("tag=a&provincie=Utrecht&soort=pps");
    expect(activeFilters(filters)).toEqual([
      { facet: "province", value: "Utrecht" },
      { facet: "kind", value: "pps" },
      { facet: "tag", value: "a" },
    ]);
    expect(FACETS.length).toBe(8);
  });
});

describe("bounds of the query string", () => {
  it("looks at no more than MAX_PARAMS values, names at most MAX_IGNORED and refuses pages past MAX_PAGE", () => {
    const many = Array.from({ length: 5000 }, (_, i) => `tag=t${i}&provincie=x${i}`).join("&");
    const { filters, ignored } = parse(`${many}&pagina=${MAX_PAGE + 1}`);
    expect(filters.facets.tag.length).toBeLessThanOrEqual(30);
    expect(ignored.length).toBeLessThanOrEqual(MAX_IGNORED);
    expect(filters.page).toBe(1);
    expect(parse(`pagina=${MAX_PAGE}`).filters.page).toBe(MAX_PAGE);
  });
});
