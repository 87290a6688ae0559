import { describe, expect, it } from "vitest";
import { toCsv } from "./csv.ts";

describe("toCsv", () => {
  it("starts with a BOM, separates with semicolons and ends lines with CRLF", () => {
    expect(toCsv([["Naam", "E-mail"], ["Jan", "jan@example.nl"]])).toBe("\uFEFFNaam;E-mail\r\nJan;jan@example.nl\r\n");
  });
  it("quotes separators, quotes and line breaks", () => {
    expect(toCsv([['De "Vries"; Jan', "twee\nregels", null]])).toBe('\uFEFF"De ""Vries""; Jan";"twee\nregels";\r\n');
  });
  it("defuses formulas", () => {
    expect(toCsv([["=HYPERLINK(1)", "+31", "-", "@x"]])).toBe("\uFEFF'=HYPERLINK(1);'+31;'-;'@x\r\n");
  });
});
