import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { loadSheets, streamSheets } from "./read-table.server.ts";

/** A workbook as the onboarding template is made: several named sheets, shared strings, dates and numbers. */
async function workbook(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const organisations = wb.addWorksheet("Organisaties");
  organisations.addRow(["Naam", "Soort", "KvK-nummer", "Datum"]);
  organisations.addRow(["Techniekbedrijf Oost B.V.", "bedrijf", 30123456, new Date("2027-03-15T00:00:00Z")]);
  organisations.addRow([]);
  organisations.addRow(["Het Vakcollege", "school", { richText: [{ text: "Vak" }, { text: "college" }] }, null]);
  wb.addWorksheet("Aanbod").addRow(["Organisatie", "Titel"]);
  wb.addWorksheet("Uitleg").addRow(["Vul per rij één organisatie in."]);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

describe("reading an XLSX file's sheets", () => {
  it("gives the same named sheets and cells whole as streamed, so the fallback reads what the stream would have", async () => {
    const bytes = await workbook();
    const keep = (name: string) => name !== "Uitleg";
    const streamed = await streamSheets(bytes, keep);
    expect(streamed.map((s) => s.name)).toEqual(["Organisaties", "Aanbod"]);
    const [head, company, , school] = streamed[0]!.table;
    expect(head).toEqual(["Naam", "Soort", "KvK-nummer", "Datum"]);
    expect(company).toEqual(["Techniekbedrijf Oost B.V.", "bedrijf", "30123456", "2027-03-15"]);
    expect(school!.slice(0, 3)).toEqual(["Het Vakcollege", "school", "Vakcollege"]);
    expect(await loadSheets(bytes, keep)).toEqual(streamed);
  });
});
