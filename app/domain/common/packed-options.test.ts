import { describe, expect, it } from "vitest";
import { packOptions, unpackOptions } from "./packed-options.ts";

describe("packOptions", () => {
  it("gives back the same choices in the same order", () => {
    const options = [
      { value: "techniek-utrecht", label: "Techniek Utrecht" },
      { value: "pps-a", label: "PPS: A & B <zuid>" },
      { value: "x", label: "" },
    ];
    expect(unpackOptions(packOptions(options))).toEqual(options);
  });

  it("is empty for no choices", () => {
    expect(packOptions([])).toBe("");
    expect(unpackOptions("")).toEqual([]);
  });

  it("turns a tab or newline inside a value or label into a space", () => {
    expect(unpackOptions(packOptions([{ value: "a\tb", label: "regel\néén" }]))).toEqual([{ value: "a b", label: "regel één" }]);
  });
});
