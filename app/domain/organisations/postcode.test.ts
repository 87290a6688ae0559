import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { normalisePostcode } from "./postcode.ts";

describe("normalisePostcode", () => {
  it.each([
    ["3511AB", "3511 AB"],
    ["3511 ab", "3511 AB"],
    ["  3511   aB ", "3511 AB"],
    ["3447 gr", "3447 GR"],
    ["9999ZZ", "9999 ZZ"],
  ])("writes %j as %j", (input, expected) => {
    expect(normalisePostcode(input)).toBe(expected);
  });

  it.each(["0123 AB", "351 AB", "35111 AB", "3511 A", "3511 A1", "AB 3511", "3511-AB", "", "3511 SS", "3511 sa", "3511 SD"])(
    "refuses %j",
    (input) => {
      expect(normalisePostcode(input)).toBeNull();
    },
  );

  it("is idempotent", () => {
    const once = normalisePostcode("1234ab")!;
    expect(normalisePostcode(once)).toBe(once);
  });

  it("writes every well-formed postcode as 1234 AB, except the unused letter pairs", () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[1-9][0-9]{3} *[A-Za-z]{2}$/), (pc) => {
        const out = normalisePostcode(pc);
        return out === null ? /(SA|SD|SS)$/i.test(pc) : /^[1-9][0-9]{3} [A-Z]{2}$/.test(out);
      }),
    );
  });
});
