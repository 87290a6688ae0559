import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { cleanJson, cleanText } from "./clean-text.ts";

const UNWANTED = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]/;

describe("cleanText", () => {
  it("removes NUL, the other controls and the direction overrides; keeps tab, line breaks, LRM/RLM and emoji", () => {
    expect(cleanText("a\u0000b\u0001\u007F\u202Ec\u2066d")).toBe("abcd");
    expect(cleanText("regel\r\nregel\tkolom \u200F\u200E 🚀")).toBe("regel\r\nregel\tkolom \u200F\u200E 🚀");
    expect(cleanText("a\ud800b")).toBe("a\ufffdb");
  });
});

describe("cleanJson", () => {
  it("cleans every string and key of a body, whatever its shape", () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const clean = cleanJson(value);
        expect(clean).not.toBeNull();
        expect(JSON.stringify(clean!.value)).not.toMatch(UNWANTED);
      }),
    );
    expect(cleanJson({ ["ti\u0000tle"]: "a\u0000b", list: ["\u202Ex", 1, null, true] })).toEqual({ value: { title: "ab", list: ["x", 1, null, true] } });
  });

  it("keeps __proto__ an own key (for a strict schema to name), not the object's prototype", () => {
    const clean = cleanJson(JSON.parse('{"__proto__": {"admin": true}, "a": 1}'))!.value as Record<string, unknown>;
    expect(Object.keys(clean)).toEqual(["__proto__", "a"]);
    expect(Object.getPrototypeOf(clean)).toBe(Object.prototype);
    expect((clean as { admin?: unknown }).admin).toBeUndefined();
  });

  it("refuses a body nested deeper than any the API takes, without overflowing the stack", () => {
    const deep = JSON.parse("[".repeat(5000) + "]".repeat(5000));
    expect(cleanJson(deep)).toBeNull();
    expect(cleanJson(JSON.parse("[".repeat(10) + "]".repeat(10)))).not.toBeNull();
  });
});
