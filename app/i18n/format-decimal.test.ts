import { describe, expect, it } from "vitest";
import { formatDecimal } from "./index.ts";

describe("formatDecimal", () => {
  it("writes a decimal comma in Dutch and a point in English", () => {
    expect(formatDecimal(12.25, "nl", 1)).toBe("12,3");
    expect(formatDecimal(12.25, "en", 1)).toBe("12.3");
  });

  it("keeps the count of decimals asked for, also for a whole number", () => {
    expect(formatDecimal(0, "nl")).toBe("0,0");
    expect(formatDecimal(3.14159, "nl", 2)).toBe("3,14");
  });

  it("groups thousands the reader's way", () => {
    expect(formatDecimal(1234.5, "nl")).toBe("1.234,5");
    expect(formatDecimal(1234.5, "en")).toBe("1,234.5");
  });
});
