import { describe, expect, it } from "vitest";
import { chosenOfferFilters, offerSearchHref, parseOfferSearchParams, parseRadius } from "./catalogue-query.ts";

describe("the catalogue's distance (?afstand=)", () => {
  it("takes only the distances the page offers; empty is every distance, anything else is ignored and kept to mention", () => {
    expect(parseRadius(null)).toEqual({ radiusKm: null });
    expect(parseRadius(" ")).toEqual({ radiusKm: null });
    expect(parseRadius("10")).toEqual({ radiusKm: 10 });
    expect(parseRadius("50")).toEqual({ radiusKm: 50 });
    for (const bad of ["7", "100", "-5", "10.5", "tien", "1e1"]) expect(parseRadius(bad)).toEqual({ radiusKm: null, ignored: bad });
  });

  it("keeps the distance in the address of every page of the search", () => {
    const filters = parseOfferSearchParams(new URLSearchParams("bij=Utrecht&afstand=10&soort=gastles"));
    expect(filters).toMatchObject({ near: "Utrecht", radiusKm: 10, kind: "gastles" });
    expect(filters.radiusIgnored).toBeUndefined();
    expect(offerSearchHref({ ...filters, page: 2 })).toBe("/aanbod?soort=gastles&bij=Utrecht&afstand=10&pagina=2");
    expect(offerSearchHref(parseOfferSearchParams(new URLSearchParams("bij=Utrecht&afstand=7")))).toBe("/aanbod?bij=Utrecht");
  });
});

describe("chosenOfferFilters", () => {
  it("counts the filters beside the search words, leaving out what could not be read", () => {
    expect(chosenOfferFilters(parseOfferSearchParams(new URLSearchParams("q=lassen")))).toBe(0);
    expect(chosenOfferFilters(parseOfferSearchParams(new URLSearchParams("q=lassen&niveau=havo&bij=Utrecht&afstand=25")))).toBe(3);
    expect(chosenOfferFilters(parseOfferSearchParams(new URLSearchParams("afstand=7&niveau=onbekend")))).toBe(0);
  });
});
