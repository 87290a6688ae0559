import { describe, expect, it } from "vitest";
import { parseCsv as parseAnyCsv } from "../monitor/csv.ts";
import { csvField, csvLine } from "./csv.ts";

/** Read back as comma-separated, whatever the first line holds. */
const parseCsv = (text: string) => parseAnyCsv(text, ",");

describe("csvField", () => {
  it("leaves plain text and numbers as they are", () => {
    expect(csvField("Technohub Utrecht")).toBe("Technohub Utrecht");
    expect(csvField(2019)).toBe("2019");
    expect(csvField(-3)).toBe("-3");
    expect(csvField(null)).toBe("");
    expect(csvField(undefined)).toBe("");
  });

  it("quotes a field with a comma, quote or line break and doubles the quotes (RFC 4180)", () => {
    expect(csvField("Bakker, Jansen & Co")).toBe('"Bakker, Jansen & Co"');
    expect(csvField('De "Kring"')).toBe('"De ""Kring"""');
    expect(csvField("regel 1\nregel 2")).toBe('"regel 1\nregel 2"');
    expect(csvField("a\r\nb")).toBe('"a\r\nb"');
  });

  it.each(["=HYPERLINK(\"http://x\")", "+31 30 123", "-2+3", "@SUM(A1)", "\tleading tab", "\rcr"])("defuses a cell a spreadsheet would run: %j", (value) => {
    const field = csvField(value);
    const [[back]] = parseCsv(`${field}\r\n`) as [[string]];
    expect(back.startsWith("'")).toBe(true);
    expect(back.slice(1)).toBe(value);
  });

  it("defuses and quotes together", () => {
    expect(csvField('=1+1,"x"')).toBe('"\'=1+1,""x"""');
  });
});

describe("csvLine and parseCsv", () => {
  it("round-trip every awkward value", () => {
    const rows = [
      ["slug", "name", "year"],
      ["a", 'Kring "Noord", Oost\nen West', "2020"],
      ["b", "", "=cmd"],
    ];
    const text = rows.map((r) => csvLine(r)).join("");
    expect(text.endsWith("\r\n")).toBe(true);
    expect(parseCsv(text)).toEqual([rows[0], rows[1], ["b", "", "'=cmd"]]);
  });
});
