import { describe, expect, it } from "vitest";
import ExcelJS from "exceljs";
import { zipSync, strToU8 } from "fflate";
import { DomainError } from "~/domain/errors.ts";
import { readTable } from "./read-table.server.ts";
import { assertCsvWithinLimits, columnNumber } from "./upload-limits.server.ts";

/** The parts every .xlsx has, around one hand-made sheet. */
function xlsxWith(sheetXml: Uint8Array): Uint8Array {
  return zipSync(
    {
      "[Content_Types].xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>',
      ),
      "_rels/.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>',
      ),
      "xl/workbook.xml": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="Blad1" sheetId="1" r:id="rId1"/></sheets></workbook>',
      ),
      "xl/_rels/workbook.xml.rels": strToU8(
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
      "xl/worksheets/sheet1.xml": sheetXml,
    },
    { level: 9 },
  );
}

/**
 * A sheet of `rows` identical rows of seven numeric cells (no row numbers, as the format allows),
 * so it packs as a real bomb does: hundreds of megabytes into a few hundred kilobytes.
 */
function sheetXml(rows: number): Uint8Array {
  const head = strToU8('<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>');
  const tail = strToU8("</sheetData></worksheet>");
  const row = strToU8(`<row>${"<c><v>1234567</v></c>".repeat(7)}</row>`);
  const out = new Uint8Array(head.length + rows * row.length + tail.length);
  out.set(head, 0);
  for (let n = 0; n < rows; n++) out.set(row, head.length + n * row.length);
  out.set(tail, head.length + rows * row.length);
  return out;
}

async function refusal(promise: Promise<unknown>) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(DomainError);
  return error as DomainError;
}

describe("upload limits", () => {
  it("refuses a spreadsheet bomb (~170 MB of sheet in a small .xlsx) before exceljs (its speed: npm run bench)", async () => {
    // ~170 MB of repeated cells: about 1.2 million rows of seven cells each.
    const xml = sheetXml(1_200_000);
    expect(xml.length).toBeGreaterThan(160 * 1024 * 1024);
    const bomb = xlsxWith(xml);
    expect(bomb.length).toBeLessThan(2 * 1024 * 1024);
    const error = await refusal(readTable("bom.xlsx", bomb));
    expect(error).toMatchObject({ kind: "too_large", field: "file" });
  }, 120_000);

  it("refuses a container that understates its sizes, after unpacking no more than the budget", async () => {
    const bomb = xlsxWith(sheetXml(400_000)); // ~55 MB
    // Rewrite every declared unpacked size to 1 KB, in the local headers and the central directory.
    const view = new DataView(bomb.buffer, bomb.byteOffset, bomb.byteLength);
    for (let i = 0; i + 4 <= bomb.length; i++) {
      const sig = view.getUint32(i, true);
      if (sig === 0x04034b50) view.setUint32(i + 22, 1024, true);
      if (sig === 0x02014b50) view.setUint32(i + 24, 1024, true);
    }
    const error = await refusal(readTable("klein.xlsx", bomb));
    expect(["too_large", "invalid"]).toContain(error.kind);
    expect(error.field).toBe("file");
  }, 60_000);

  it("refuses a sheet of more rows than the limit, and one cell far to the right", async () => {
    const numbered = (n: number) => `<row r="${n}"><c r="A${n}"><v>${n * 7919}</v></c></row>`;
    const long = strToU8(`<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>${Array.from({ length: 10_500 }, (_, i) => numbered(i + 1)).join("")}</sheetData></worksheet>`);
    expect((await refusal(readTable("lang.xlsx", xlsxWith(long)))).message).toBe("monitor.import.fileTooManyRows");
    const wide = strToU8('<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="XFD1"><v>1</v></c></row></sheetData></worksheet>');
    expect((await refusal(readTable("breed.xlsx", xlsxWith(wide)))).message).toBe("monitor.import.fileTooManyColumns");
    expect(columnNumber("XFD")).toBe(16_384);
  }, 60_000);

  it("still reads an ordinary workbook and an ordinary CSV", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("Blad1");
    ws.addRow(["indicator", "regio", "periode", "waarde", "bron"]);
    for (let i = 0; i < 3000; i++) ws.addRow(["vmbo-techniek-aandeel", `Regio ${i}`, "2016-2017", 11, "DUO"]);
    const table = await readTable("cijfers.xlsx", new Uint8Array(await wb.xlsx.writeBuffer()));
    expect(table).toHaveLength(3001);
    expect(table[1]).toEqual(["vmbo-techniek-aandeel", "Regio 0", "2016-2017", "11", "DUO"]);
    expect(await readTable("c.csv", new TextEncoder().encode("indicator;regio\r\nx;y\r\n"))).toEqual([["indicator", "regio"], ["x", "y"]]);
  }, 60_000);

  it("refuses a NUL byte as unreadable, also in a file named .csv (the database could not keep it)", async () => {
    const withNul = new TextEncoder().encode("naam;plaats\r\nA\u0000B;Utrecht\r\n");
    expect((await refusal(readTable("organisaties.csv", withNul))).message).toBe("monitor.import.fileUnreadable");
  });

  it("refuses a CSV of too many lines or too many columns before or right after parsing", async () => {
    expect(() => assertCsvWithinLimits("a\n".repeat(10_001))).not.toThrow(); // a header and 10,000 rows
    expect(() => assertCsvWithinLimits("a\n".repeat(10_002))).toThrow(DomainError);
    expect(() => assertCsvWithinLimits("a\r".repeat(10_002))).toThrow(DomainError);
    expect((await refusal(readTable("lang.csv", new TextEncoder().encode("a;b\n".repeat(20_000))))).message).toBe("monitor.import.fileTooManyRows");
    expect((await refusal(readTable("breed.csv", new TextEncoder().encode(";".repeat(500))))).message).toBe("monitor.import.fileTooManyColumns");
    expect((await refusal(readTable("groot.csv", new Uint8Array(3 * 1024 * 1024).fill(65)))).kind).toBe("too_large");
  });
});
