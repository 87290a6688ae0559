import { describe, expect, it } from "vitest";
import { POSTCODE_REGION_PLACES, postcodeRegion } from "./postcode-region.ts";

describe("postcodeRegion", () => {
  it("takes the first two digits of a full or partial postcode", () => {
    expect(postcodeRegion("3431 AB")).toBe("34");
    expect(postcodeRegion("3431ab")).toBe("34");
    expect(postcodeRegion(" 8301 ")).toBe("83");
  });
  it("rejects what is no Dutch postcode", () => {
    expect(postcodeRegion("0123 AB")).toBeNull();
    expect(postcodeRegion("343")).toBeNull();
    expect(postcodeRegion("3431 ABC")).toBeNull();
    expect(postcodeRegion("Utrecht")).toBeNull();
  });
  it("knows every region from 10 to 99", () => {
    for (let n = 10; n <= 99; n++) expect(POSTCODE_REGION_PLACES[String(n)], String(n)).toBeTruthy();
  });
});
