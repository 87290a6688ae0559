import { Inflate, unzipSync } from "fflate";
import { DomainError, invalid } from "~/domain/errors.ts";

/**
 * (The messages name these numbers in their text: a form refusal carries a key, not its params.)
 *
 * Limits an uploaded spreadsheet must stay within before any parser sees it (ADR 013). A monitor
 * import is a few thousand rows of seven columns; these leave ample room for that and none for a
 * "zip bomb": a 583 KB .xlsx that unpacks to 174 MB kept exceljs busy for 86 s and 2.9 GB, and the
 * whole server with it.
 */
export const UPLOAD_LIMITS = {
  /** The upload as sent. */
  maxBytes: 2 * 1024 * 1024,
  /** All parts of an .xlsx together, unpacked. */
  maxUnpackedBytes: 20 * 1024 * 1024,
  /** Parts in the .xlsx container; a workbook saved by Excel or LibreOffice has a dozen or two. */
  maxEntries: 200,
  /** Compression ratio allowed for a part of more than `ratioFloorBytes` unpacked. */
  maxRatio: 100,
  ratioFloorBytes: 1024 * 1024,
  /** Rows in all worksheets together, or in a CSV file. */
  maxRows: 10_000,
  /** Cells in all worksheets together: 10,000 rows of 20 columns. */
  maxCells: 200_000,
  /** Columns of a sheet or CSV row; the import knows seven. */
  maxColumns: 100,
} as const;

const MB = 1024 * 1024;
const tooLarge = (message: string, params?: Record<string, string | number>) => new DomainError("too_large", message, "file", params);

type Entry = { name: string; size: number; originalSize: number; compression: number };

/** The parts of a ZIP container as its central directory lists them; nothing is unpacked. */
function listEntries(bytes: Uint8Array): Entry[] {
  const entries: Entry[] = [];
  try {
    // The filter sees every central-directory record and, by answering false, unpacks none.
    unzipSync(bytes, {
      filter: (file) => {
        entries.push({ name: file.name, size: file.size, originalSize: file.originalSize, compression: file.compression });
        if (entries.length > UPLOAD_LIMITS.maxEntries) throw tooLarge("monitor.import.fileTooManyParts");
        return false;
      },
    });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid("monitor.import.fileUnreadable", "file");
  }
  return entries;
}

/** Counts occurrences of `needle` across chunk borders. */
function counter(needle: RegExp, carry: number) {
  let tail = "";
  let total = 0;
  return {
    feed(text: string) {
      const joined = tail + text;
      total += (joined.match(needle) ?? []).length;
      // Keep the last few characters, so a tag split between two chunks is still counted once.
      const cut = Math.max(0, joined.length - carry);
      const kept = joined.slice(cut);
      total -= (kept.match(needle) ?? []).length;
      tail = kept;
    },
    get total() {
      return total + (tail.match(needle) ?? []).length;
    },
  };
}

/**
 * Unpacks one part in small steps, counting what comes out, and stops as soon as it passes what the
 * directory declared or what is left of the budget: a container that understates its sizes is
 * caught after at most one step (4 KB in can give at most ~4 MB out), never after 174 MB.
 */
function inflateCounted(bytes: Uint8Array, entry: Entry, offset: number, budget: number, onText?: (text: string) => void): number {
  let produced = 0;
  const limit = Math.min(entry.originalSize, budget);
  const decoder = onText ? new TextDecoder("utf-8", { fatal: false }) : null;
  const inflate = new Inflate((chunk) => {
    produced += chunk.length;
    if (produced > limit) throw produced > budget ? tooLarge("monitor.import.fileTooBig", { mb: UPLOAD_LIMITS.maxUnpackedBytes / MB }) : tooLarge("monitor.import.fileSuspicious");
    if (decoder && onText) onText(decoder.decode(chunk, { stream: true }));
  });
  const data = bytes.subarray(offset, offset + entry.size);
  const STEP = 4 * 1024;
  try {
    for (let i = 0; i < data.length; i += STEP) inflate.push(data.subarray(i, i + STEP), i + STEP >= data.length);
  } catch (error) {
    if (error instanceof DomainError) throw error;
    throw invalid("monitor.import.fileUnreadable", "file");
  }
  return produced;
}

/** Where a part's compressed data starts: after its local header, as the central directory points to it. */
function dataOffsets(bytes: Uint8Array): Map<string, number> {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const u32 = (at: number) => view.getUint32(at, true);
  const u16 = (at: number) => view.getUint16(at, true);
  let end = bytes.length - 22;
  while (end >= 0 && u32(end) !== 0x06054b50) end--;
  if (end < 0) throw invalid("monitor.import.fileUnreadable", "file");
  const count = u16(end + 10);
  let at = u32(end + 16);
  const offsets = new Map<string, number>();
  for (let i = 0; i < count; i++) {
    if (at + 46 > bytes.length || u32(at) !== 0x02014b50) throw invalid("monitor.import.fileUnreadable", "file");
    const nameLength = u16(at + 28);
    const name = new TextDecoder().decode(bytes.subarray(at + 46, at + 46 + nameLength));
    const local = u32(at + 42);
    if (local + 30 > bytes.length || u32(local) !== 0x04034b50) throw invalid("monitor.import.fileUnreadable", "file");
    offsets.set(name, local + 30 + u16(local + 26) + u16(local + 28));
    at += 46 + nameLength + u16(at + 30) + u16(at + 32);
  }
  return offsets;
}

/**
 * Refuses an .xlsx whose unpacked size, compression ratio, number of parts, rows, cells or columns
 * exceed the limits, before exceljs loads it. Throws a DomainError on the `file` field (413 for a
 * size limit, 400 for a broken container).
 */
export function assertSpreadsheetWithinLimits(bytes: Uint8Array): void {
  const L = UPLOAD_LIMITS;
  const entries = listEntries(bytes);
  let declared = 0;
  for (const entry of entries) {
    if (entry.compression !== 0 && entry.compression !== 8) throw invalid("monitor.import.fileUnreadable", "file");
    declared += entry.originalSize;
    if (declared > L.maxUnpackedBytes) throw tooLarge("monitor.import.fileTooBig", { mb: L.maxUnpackedBytes / MB });
    if (entry.originalSize > L.ratioFloorBytes && entry.originalSize > entry.size * L.maxRatio) throw tooLarge("monitor.import.fileSuspicious");
  }
  // The directory can lie about sizes; unpack for real, with the same budget, and count rows and cells.
  const offsets = dataOffsets(bytes);
  let budget = L.maxUnpackedBytes;
  const rows = counter(/<(?:\w+:)?row[\s>]/g, 8);
  const cells = counter(/<(?:\w+:)?c[\s>]/g, 6);
  let widest = 0;
  for (const entry of entries) {
    const offset = offsets.get(entry.name);
    if (offset === undefined) throw invalid("monitor.import.fileUnreadable", "file");
    if (entry.compression === 0) {
      if (entry.size > budget) throw tooLarge("monitor.import.fileTooBig", { mb: L.maxUnpackedBytes / MB });
      budget -= entry.size;
      continue;
    }
    const isSheet = /^xl\/worksheets\/[^/]+\.xml$/i.test(entry.name);
    budget -= inflateCounted(
      bytes,
      entry,
      offset,
      budget,
      isSheet
        ? (text) => {
            rows.feed(text);
            cells.feed(text);
            // The widest cell reference seen: a cell in column XFD makes a parser walk 16,384 columns per row.
            for (const m of text.matchAll(/\br="([A-Z]{1,3})\d+"/g)) widest = Math.max(widest, columnNumber(m[1]!));
            if (rows.total > L.maxRows) throw tooLarge("monitor.import.fileTooManyRows", { max: L.maxRows });
            if (cells.total > L.maxCells) throw tooLarge("monitor.import.fileTooManyCells", { max: L.maxCells });
            if (widest > L.maxColumns) throw tooLarge("monitor.import.fileTooManyColumns", { max: L.maxColumns });
          }
        : undefined,
    );
  }
}

/** "A" → 1, "Z" → 26, "AA" → 27, "XFD" → 16384. */
export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

/** Refuses a CSV of more rows than the import could take, counted before it is parsed. */
export function assertCsvWithinLimits(text: string): void {
  // Line ends, not lines: a header, the rows and a final line end are maxRows + 1 of them.
  let lines = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // LF, or a CR not followed by LF: the line ends parseCsv knows.
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      if (++lines > UPLOAD_LIMITS.maxRows + 1) throw tooLarge("monitor.import.fileTooManyRows", { max: UPLOAD_LIMITS.maxRows });
    }
  }
}

/** Refuses a table with a row wider than the import could use. */
export function assertColumnsWithinLimits(table: string[][]): void {
  if (table.some((row) => row.length > UPLOAD_LIMITS.maxColumns)) throw tooLarge("monitor.import.fileTooManyColumns", { max: UPLOAD_LIMITS.maxColumns });
}
