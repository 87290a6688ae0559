import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { PROVINCES } from "../common/provinces.ts";
import { newsListHref, newsProvince, parseNewsListQuery } from "./list-query.ts";

const parse = (search: string) => parseNewsListQuery(new URLSearchParams(search));

describe("the news list's address", () => {
  it("reads a province, a network and a page", () => {
    expect(parse("provincie=Zeeland&pagina=2")).toEqual({ networkSlug: undefined, province: "Zeeland", page: 2, ignored: false, provinceIgnored: false });
    expect(parse("netwerk=technet-utrecht")).toMatchObject({ networkSlug: "technet-utrecht", province: null, provinceIgnored: false });
    expect(parse("")).toEqual({ networkSlug: undefined, province: null, page: 1, ignored: false, provinceIgnored: false });
  });

  it("reads a province in any case, in its own spelling", () => {
    expect(parse("provincie=zeeland")).toMatchObject({ province: "Zeeland", provinceIgnored: false });
    expect(parse("provincie=%20NOORD-BRABANT%20")).toMatchObject({ province: "Noord-Brabant", provinceIgnored: false });
  });

  it("leaves out a province that is not one of the twelve, and says so", () => {
    expect(parse("provincie=Atlantis")).toMatchObject({ province: null, provinceIgnored: true });
    expect(parse("provincie=Noord")).toMatchObject({ province: null, provinceIgnored: true });
    expect(parse("provincie=")).toMatchObject({ province: null, provinceIgnored: false });
  });

  it("the API's province is one of the same twelve the page reads, in its own spelling", () => {
    for (const province of PROVINCES) {
      expect(newsProvince.parse(province)).toBe(province);
      expect(parse(`provincie=${encodeURIComponent(province.toUpperCase())}`).province).toBe(province);
    }
    // The page forgives capitals in an address a person typed; a client is told the one spelling.
    for (const bad of ["Atlantis", "utrecht", "", " Utrecht"]) expect(newsProvince.safeParse(bad).success, bad).toBe(false);
  });

  it("shows one network's news whatever province the address also names", () => {
    expect(parse("netwerk=technet-utrecht&provincie=Zeeland")).toMatchObject({ networkSlug: "technet-utrecht", province: null, provinceIgnored: false });
  });

  it("never throws, and its links read back as the same list", () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), fc.string(), fc.string(), (netwerk, provincie, pagina) => {
        const query = parseNewsListQuery(new URLSearchParams({ netwerk, provincie, pagina }));
        const back = parse(newsListHref(query, query.page).split("?")[1] ?? "");
        expect([back.networkSlug, back.province, back.page]).toEqual([query.networkSlug, query.province, query.page]);
      }),
    );
  });
});
