import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { translator } from "~/i18n/index.ts";
import { normaliseEmail } from "./identifiers.ts";
import { reminderDue } from "./invitations.ts";
import { checkRows, fillEmpty, HEADINGS, matchExisting, rowErrorDescriber, rowsFromTable, type ExistingOrganisation, type RawRow } from "./rows.ts";
import { templateCsv, templateHeadings } from "./template.ts";
import { parseCsv } from "~/domain/monitor/csv.ts";

const headings = templateHeadings();
const row = (n: number, cells: Partial<Record<string, string>>): RawRow => ({ row: n, cells: { name: "Bakkerij Jansen", kind: "bedrijf", place: "Utrecht", ...cells } });
const nl = rowErrorDescriber(translator("nl"));

describe("identifiers", () => {
  it("reads an e-mail address lower-cased", () => {
    expect(normaliseEmail(" HR@Voorbeeld.nl ")).toBe("hr@voorbeeld.nl");
    expect(normaliseEmail("geen adres")).toBeNull();
    expect(normaliseEmail("a@b")).toBeNull();
  });
});

describe("rows", () => {
  it("names each error by row and column in Dutch", () => {
    const { errors } = checkRows([row(14, { kvk: "1234567" })]);
    expect(errors.map(nl)).toEqual(["Rij 14, kolom KvK-nummer: een KvK-nummer heeft 8 cijfers."]);
  });

  it("checks every column of a row at once", () => {
    const { valid, errors } = checkRows([
      { row: 2, cells: { name: "", kind: "winkel", kvk: "x", brin: "ABCD", branch: "123", postcode: "12", place: "", contactEmail: "nee" } },
    ]);
    expect(valid).toEqual([]);
    expect(errors.map((e) => e.column)).toEqual(["name", "kind", "kvk", "brin", "branch", "postcode", "place", "contactEmail"]);
  });

  it("refuses a BRIN on a company and a vestigingsnummer without a BRIN", () => {
    const { errors } = checkRows([row(2, { brin: "25LP" }), row(3, { name: "Het College", kind: "school", branch: "01" })]);
    expect(errors.map((e) => [e.row, e.column, e.message])).toEqual([
      [2, "brin", "onboarding.row.brinKind"],
      [3, "branch", "onboarding.row.branchWithoutBrin"],
    ]);
  });

  it("reads a good row to its stored form", () => {
    const { valid, errors } = checkRows([row(2, { kind: "Opleider", kvk: "1234 5678", brin: "25lp", branch: "1", postcode: "3511ab", contactEmail: "Info@X.nl", contactName: "Info" })]);
    expect(errors).toEqual([]);
    expect(valid[0]).toMatchObject({ kind: "provider", kvkNumber: "12345678", brin: "25LP", branchNumber: "01", postcode: "3511 AB", contactEmail: "info@x.nl" });
  });

  it("refuses the same organisation twice in one file at the later row", () => {
    const { valid, errors } = checkRows([row(2, { kvk: "12345678" }), row(3, { name: "Bakkerij Jansen B.V." }), row(4, { name: "Ander bedrijf", kvk: "12345678" })]);
    expect(valid.map((v) => v.row)).toEqual([2]);
    expect(errors.map(nl)).toEqual(["Rij 3, kolom Naam: dezelfde organisatie als rij 2.", "Rij 4, kolom KvK-nummer: dezelfde organisatie als rij 2."]);
  });

  it("maps the template's headings (and common other ones) to columns; an unknown heading is an error", () => {
    const table = rowsFromTable([[...headings, "Opmerking"], ["Kiremko", "bedrijf", "", "", "", "", "", "Montfoort", "", "", ""]]);
    expect(table.rows[0]!.cells).toMatchObject({ name: "Kiremko", kind: "bedrijf", place: "Montfoort" });
    expect(table.errors.map(nl)).toEqual(["Rij 1: de kolom ‘Opmerking’ kennen we niet; gebruik de koppen uit het sjabloon."]);
    expect(rowsFromTable([["organisatie", "type", "woonplaats"]]).errors.map((e) => e.message)).toEqual(["onboarding.row.empty"]);
    expect(rowsFromTable([["Naam"]]).errors.map((e) => e.params?.column)).toEqual([HEADINGS.kind, HEADINGS.place]);
  });

  it("accepts its own template as it is", () => {
    const table = rowsFromTable(parseCsv(templateCsv()));
    expect(table.errors).toEqual([]);
    const { valid, errors } = checkRows(table.rows);
    expect(errors).toEqual([]);
    expect(valid.map((v) => v.kind)).toEqual(["company", "school", "provider"]);
  });

  it("never throws and always names a row for a row error, whatever the cells hold", () => {
    const cell = fc.string({ maxLength: 30 });
    fc.assert(
      fc.property(fc.array(fc.record({ name: cell, kind: cell, kvk: cell, brin: cell, branch: cell, postcode: cell, place: cell, contactEmail: cell }), { maxLength: 20 }), (cells) => {
        const rows = cells.map((c, i) => ({ row: i + 2, cells: c }));
        const { valid, errors } = checkRows(rows);
        return valid.length + new Set(errors.map((e) => e.row)).size === rows.length && errors.every((e) => e.row !== null && e.column !== null);
      }),
    );
  });
});

describe("duplicates against the directory", () => {
  const existing = (over: Partial<ExistingOrganisation>): ExistingOrganisation => ({ id: "e1", slug: "e", name: "Iets", place: "Elders", kvkNumber: null, brin: null, branchNumber: null, ...over });

  it("matches by KvK number first, then BRIN with vestiging, then name and place", () => {
    const { valid } = checkRows([
      row(2, { kvk: "12345678", name: "Andere naam" }),
      row(3, { name: "Het College", kind: "school", brin: "25LP", branch: "01" }),
      row(4, { name: "Bakkerij Jansen BV" }),
      row(5, { name: "Het College", kind: "school", brin: "25LP", branch: "02", place: "Zeist" }),
    ]);
    const matches = matchExisting(valid, [
      existing({ id: "kvk", kvkNumber: "12345678" }),
      existing({ id: "brin", brin: "25LP", branchNumber: "01" }),
      existing({ id: "name", name: "bakkerij jansen", place: "UTRECHT" }),
    ]);
    expect(matches.map((m) => [m.row, m.existing.id, m.by])).toEqual([
      [2, "kvk", "kvk"],
      [3, "brin", "brin"],
      [4, "name", "name"],
    ]);
    expect(matches.every((m) => m.brinHeldBy === undefined)).toBe(true);
  });

  it("notes when the row's BRIN belongs to another organisation than the one its KvK number matched, which a merge would give a taken number", () => {
    const { valid } = checkRows([
      row(2, { name: "Het College", kind: "school", place: "Zeist", kvk: "11111111", brin: "25LP", branch: "01" }),
      row(3, { name: "Ander College", kind: "school", place: "Zeist", kvk: "12345678", brin: "25LP" }),
    ]);
    const matches = matchExisting(valid, [
      existing({ id: "by-kvk", kvkNumber: "11111111" }),
      existing({ id: "holder", name: "Het College, locatie Noord", brin: "25LP", branchNumber: "01" }),
      // Has a BRIN of its own: a merge leaves it as it is, so nothing is taken.
      existing({ id: "own-brin", kvkNumber: "12345678", brin: "30AA" }),
      existing({ id: "whole", name: "Het College (geheel)", brin: "25LP" }),
    ]);
    expect(matches.map((m) => [m.row, m.existing.id, m.by, m.brinHeldBy])).toEqual([
      [2, "by-kvk", "kvk", "Het College, locatie Noord"],
      [3, "own-brin", "kvk", undefined],
    ]);
  });

  it("a merge fills only what the existing organisation lacks, and a vestiging only with its BRIN", () => {
    const [r] = checkRows([row(2, { name: "School", kind: "school", kvk: "12345678", brin: "25LP", branch: "01", postcode: "3511 AB", sector: "Onderwijs" })]).valid;
    expect(fillEmpty({ kvkNumber: null, street: "Straat 1", postcode: null, sector: null, brin: "99XX", branchNumber: null }, r!)).toEqual({ kvkNumber: "12345678", postcode: "3511 AB", sector: "Onderwijs" });
    expect(fillEmpty({ brin: null, branchNumber: null }, r!)).toMatchObject({ brin: "25LP", branchNumber: "01" });
  });
});

describe("reminders", () => {
  const day = 24 * 60 * 60 * 1000;
  it("reminds once, a week after the mailing, while nobody accepted", () => {
    const sentAt = new Date("2026-03-02T09:00:00Z");
    const at = (days: number) => new Date(sentAt.getTime() + days * day);
    expect(reminderDue({ sentAt, remindedAt: null, acceptedAt: null }, at(6.9))).toBe(false);
    expect(reminderDue({ sentAt, remindedAt: null, acceptedAt: null }, at(7))).toBe(true);
    expect(reminderDue({ sentAt, remindedAt: at(7), acceptedAt: null }, at(14))).toBe(false);
    expect(reminderDue({ sentAt, remindedAt: null, acceptedAt: at(1) }, at(8))).toBe(false);
  });
});
