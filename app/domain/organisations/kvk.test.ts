import { describe, expect, it } from "vitest";
import { isValidKvkNumber, normaliseKvkNumber } from "./kvk.ts";

describe("KvK number", () => {
  it("drops the spaces, dots and dashes people copy along", () => {
    expect(normaliseKvkNumber("3012 3456")).toBe("30123456");
    expect(normaliseKvkNumber("30.12.34.56")).toBe("30123456");
    expect(normaliseKvkNumber(" 30-123456 ")).toBe("30123456");
  });

  it("accepts exactly eight digits", () => {
    expect(isValidKvkNumber("30123456")).toBe(true);
    expect(isValidKvkNumber("09123456")).toBe(true);
  });

  it.each(["3012345", "301234567", "3012345a", "", "3012 3456", "KVK30123456"])("refuses %j", (value) => {
    expect(isValidKvkNumber(value)).toBe(false);
  });
});
