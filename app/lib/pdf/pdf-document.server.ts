import type PDFDocument from "pdfkit";

/**
 * pdfkit is loaded when the first PDF is made, not when the server starts: it and its fonts hold
 * ~8 MB of heap that an instance serving pages never needs (ADR 027, amendment "what the server
 * loads at start").
 */
let pdfkit: Promise<typeof PDFDocument> | undefined;

/**
 * The one way Technohub writes a PDF: an A4 document whose bytes are collected in memory (the
 * files are small and go straight into a response or a mail attachment).
 */
export async function startPdf(info: { title: string; author?: string; margin?: number; lang?: string }) {
  const PDF = await (pdfkit ??= import("pdfkit").then((m) => m.default));
  const doc = new PDF({
    size: "A4",
    margin: info.margin ?? 56,
    info: { Title: info.title, Author: info.author ?? "Technohub" },
    lang: info.lang ?? "nl-NL",
  } as PDFKit.PDFDocumentOptions);
  const chunks: Buffer[] = [];
  doc.on("data", (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on("end", () => resolve(Buffer.concat(chunks)));
    doc.on("error", reject);
  });
  return {
    doc,
    /** Ends the document and gives its bytes. */
    finish(): Promise<Buffer> {
      doc.end();
      return done;
    },
  };
}

export type PdfColumn = { header: string; /** Share of the text width. */ weight: number; align?: "left" | "right" };

const CELL_PAD = 4;

/**
 * A table that flows across pages: the header row repeats on every page, rows never split, and
 * long cells wrap within their column. Columns share the text width by weight.
 */
export function pdfTable(doc: PDFKit.PDFDocument, columns: readonly PdfColumn[], rows: readonly (readonly (string | number)[])[]) {
  const left = doc.page.margins.left;
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const total = columns.reduce((s, c) => s + c.weight, 0);
  const widths = columns.map((c) => (c.weight / total) * width);
  const xs = widths.map((_, i) => left + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const bottom = () => doc.page.height - doc.page.margins.bottom;

  const heightOf = (cells: readonly string[]) =>
    Math.max(...cells.map((text, i) => doc.heightOfString(text, { width: widths[i]! - 2 * CELL_PAD }))) + 2 * CELL_PAD;

  const drawRow = (cells: readonly string[], header: boolean) => {
    doc.font(header ? "Helvetica-Bold" : "Helvetica").fontSize(9);
    const h = heightOf(cells);
    if (doc.y + h > bottom()) {
      doc.addPage();
      if (!header) drawRow(columns.map((c) => c.header), true);
      doc.font("Helvetica").fontSize(9);
    }
    const y = doc.y;
    if (header) doc.rect(left, y, width, h).fill("#eef2f6").fillColor("#000000");
    cells.forEach((text, i) => {
      doc.text(text, xs[i]! + CELL_PAD, y + CELL_PAD, { width: widths[i]! - 2 * CELL_PAD, align: columns[i]!.align ?? "left" });
    });
    doc.moveTo(left, y + h).lineTo(left + width, y + h).lineWidth(0.5).strokeColor("#b0b7bf").stroke();
    doc.x = left;
    doc.y = y + h;
  };

  drawRow(columns.map((c) => c.header), true);
  for (const row of rows) drawRow(row.map(String), false);
  doc.font("Helvetica").fontSize(10);
  doc.moveDown(0.5);
}
