import { describe, expect, it } from "vitest";
import { parseCsv } from "./csv.ts";
import { describeError, normalisePeriod, parseDutchNumber, rowsFromTable, validateRows } from "./rows.ts";
import { importExampleCsv } from "./example.ts";
import { chartGeometry, linearScale, niceTicks, sortPeriods } from "./chart.ts";

describe("csv", () => {
  it("reads quoted fields, doubled quotes and CRLF; detects ;", () => {
    expect(parseCsv('a;b\r\n"x;y";"zei ""hoi"""\r\n')).toEqual([["a", "b"], ["x;y", 'zei "hoi"']]);
    expect(parseCsv("a,b\n1,2")).toEqual([["a", "b"], ["1", "2"]]);
  });
});

describe("row validation", () => {
  const known = [{ code: "vmbo-techniek-aandeel", name: "Aandeel vmbo-leerlingen in een technische richting", unit: "%" }];
  const table = (lines: string[]) => rowsFromTable(parseCsv(lines.join("\n")));

  it("accepts good rows with Dutch numbers and school years", () => {
    const { rows, errors } = table(["indicator;regio;schooljaar;waarde;bron", "vmbo-techniek-aandeel;Regio Utrecht;2016-2017;11,5;DUO"]);
    expect(errors).toEqual([]);
    const result = validateRows(rows, known);
    expect(result.errors).toEqual([]);
    expect(result.valid).toEqual([{ row: 2, indicator: "vmbo-techniek-aandeel", region: "Regio Utrecht", period: "2016-2017", value: 11.5, source: "DUO" }]);
  });

  it("names the row and the column of each error", () => {
    const { rows } = table([
      "indicator;regio;periode;waarde;bron",
      "vmbo-techniek-aandeel;Regio Utrecht;2015-2016;12;DUO",
      "vmbo-techniek-aandeel;Regio Utrecht;2016-2017;elf;DUO",
      "onbekend;Regio Utrecht;2016;3;DUO",
      "vmbo-techniek-aandeel;Regio Utrecht;2015-2016;12;DUO",
    ]);
    const { errors, valid } = validateRows(rows, known);
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(errors.map(describeError)).toEqual([
      "Rij 3, kolom ‘waarde’: ‘elf’ is geen getal.",
      "Rij 4, kolom ‘naam’: Onbekende indicator ‘onbekend’: vul een naam in om hem aan te maken.",
      "Rij 5, kolom ‘periode’: Dubbel: rij 2 heeft dezelfde indicator, regio en periode.",
    ]);
  });

  it("creates an unknown indicator when name and unit are given", () => {
    const { rows } = table(["indicator;naam;eenheid;regio;periode;waarde;bron", "vacatures-bouw;Vacatures bouw;aantal;Utrecht;2016;120;UWV"]);
    expect(validateRows(rows, known).valid[0]).toMatchObject({ indicator: "vacatures-bouw", name: "Vacatures bouw", unit: "aantal" });
  });

  it("never merges a new indicator into one whose code is taken: a different name or unit is refused", () => {
    const { rows } = table([
      "indicator;naam;eenheid;regio;periode;waarde;bron",
      "vmbo-techniek-aandeel;Aandeel meisjes in techniek;%;Utrecht;2016;12;DUO",
      "vmbo-techniek-aandeel;;aantal;Utrecht;2017;12;DUO",
      // The known indicator's own name (in other capitals) or none: figures for that indicator.
      "vmbo-techniek-aandeel;aandeel vmbo-leerlingen in een technische richting;%;Utrecht;2018;12;DUO",
      "vmbo-techniek-aandeel;;;Utrecht;2019;12;DUO",
    ]);
    const { errors, valid } = validateRows(rows, known);
    expect(errors.map(describeError)).toEqual([
      "Rij 2, kolom ‘naam’: De code ‘vmbo-techniek-aandeel’ is al in gebruik voor ‘Aandeel vmbo-leerlingen in een technische richting’ (%). Laat naam en eenheid leeg om cijfers aan die indicator toe te voegen, of kies een nieuwe code voor een nieuwe indicator.",
      "Rij 3, kolom ‘naam’: De code ‘vmbo-techniek-aandeel’ is al in gebruik voor ‘Aandeel vmbo-leerlingen in een technische richting’ (%). Laat naam en eenheid leeg om cijfers aan die indicator toe te voegen, of kies een nieuwe code voor een nieuwe indicator.",
    ]);
    expect(valid.map((v) => [v.row, v.name])).toEqual([
      [4, undefined],
      [5, undefined],
    ]);
  });

  it("offers an example file the import accepts as it is, for a known and a new indicator", () => {
    const csv = importExampleCsv(known, "Regio Utrecht");
    expect(csv.startsWith("\uFEFF")).toBe(true);
    const { rows, errors } = rowsFromTable(parseCsv(csv));
    expect(errors).toEqual([]);
    const result = validateRows(rows, known);
    expect(result.errors).toEqual([]);
    expect(result.valid.map((v) => [v.indicator, v.period, v.value, v.name ?? null])).toEqual([
      ["vmbo-techniek-aandeel", "2017-2018", 10.5, null],
      ["instroom-mbo-techniek", "2018", 1250, "Instroom in technische mbo-opleidingen"],
      ["instroom-mbo-techniek", "2019", 1310, "Instroom in technische mbo-opleidingen"],
    ]);
    // Without any indicator yet it still shows how to create one; a taken example code is not reused.
    expect(validateRows(rowsFromTable(parseCsv(importExampleCsv([], "Noordoostpolder"))).rows, []).errors).toEqual([]);
    const taken = [...known, { code: "instroom-mbo-techniek", name: "Iets anders", unit: "%" }];
    expect(validateRows(rowsFromTable(parseCsv(importExampleCsv(taken, "Utrecht"))).rows, taken).errors).toEqual([]);
  });

  it("reports missing and unknown columns on the header row", () => {
    const { errors } = table(["indicator;regio;waarde;kleur", "x;y;1;rood"]);
    expect(errors.map(describeError)).toEqual(["Rij 1: Onbekende kolom ‘kleur’.", "Rij 1, kolom ‘periode’: De kolom ‘periode’ ontbreekt.", "Rij 1, kolom ‘bron’: De kolom ‘bron’ ontbreekt."]);
  });

  it("parses numbers and periods", () => {
    expect(parseDutchNumber("1.234,5")).toBe(1234.5);
    expect(parseDutchNumber("3 000")).toBe(3000);
    expect(parseDutchNumber("17%")).toBe(17);
    expect(parseDutchNumber("-2.5")).toBe(-2.5);
    expect(parseDutchNumber("12a")).toBeNull();
    expect(normalisePeriod("2016/17")).toBe("2016-2017");
    expect(normalisePeriod("2016-2018")).toBeNull();
    expect(normalisePeriod("2016")).toBe("2016");
    expect(normalisePeriod("16")).toBeNull();
  });
});

describe("chart scale", () => {
  it("makes round ticks from zero that cover the data", () => {
    expect(niceTicks(11, 17)).toEqual([0, 5, 10, 15, 20]);
    expect(niceTicks(0, 3000)).toEqual([0, 1000, 2000, 3000]);
    const t = niceTicks(-3, 78);
    expect(t[0]).toBeLessThanOrEqual(-3);
    expect(t[t.length - 1]).toBeGreaterThanOrEqual(78);
  });

  it("maps values linearly, with the top of the plot for the largest tick", () => {
    const y = linearScale([0, 20], [240, 16]);
    expect(y(0)).toBe(240);
    expect(y(20)).toBe(16);
    expect(y(10)).toBe(128);
  });

  it("orders periods by first year and places higher values higher", () => {
    expect(sortPeriods(["2016-2017", "2011-2012", "2016"])).toEqual(["2011-2012", "2016", "2016-2017"]);
    const g = chartGeometry([{ name: "Regio Utrecht", points: [{ period: "2016-2017", value: 11 }, { period: "2011-2012", value: 17 }] }]);
    expect(g.kind).toBe("line");
    const [first, second] = g.series[0]!.points;
    expect(first!.period).toBe("2011-2012");
    expect(first!.y).toBeLessThan(second!.y);
    expect(first!.x).toBeLessThan(second!.x);
  });

  it("draws bars from zero for a single period", () => {
    const g = chartGeometry([{ name: "Nederland", points: [{ period: "2017", value: 3000 }] }]);
    expect(g.kind).toBe("bar");
    const bar = g.series[0]!.bars[0]!;
    expect(bar.y + bar.height).toBeCloseTo(g.plot.bottom);
    expect(bar.y).toBeCloseTo(g.plot.top);
  });
});
