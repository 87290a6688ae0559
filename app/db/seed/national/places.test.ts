import { describe, expect, it } from "vitest";
import { GAZETTEER } from "../../../lib/geo/gazetteer-data.ts";
import { PLACE_POPULATION } from "./places.ts";

describe("the national data set's places", () => {
  it("weigh every gazetteer place, and only those", () => {
    expect(Object.keys(PLACE_POPULATION).sort()).toEqual(GAZETTEER.map((p) => p.name).sort());
    expect(Object.values(PLACE_POPULATION).every((n) => n > 0)).toBe(true);
  });

  it("add up to about the country's population", () => {
    const total = Object.values(PLACE_POPULATION).reduce((a, b) => a + b, 0);
    // The gazetteer's places stand for most, not all, of the 17.9 million.
    expect(total).toBeGreaterThan(12_000_000);
    expect(total).toBeLessThan(18_000_000);
  });
});
