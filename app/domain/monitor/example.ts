/**
 * The example file offered on the import page: a CSV the import accepts as it is, in the layout
 * Dutch spreadsheet programs save (";" between fields, decimal comma, a BOM so Excel reads UTF-8).
 * It shows both cases: figures for an indicator that exists (code only) and a new indicator
 * (code, name and unit on its first row; later rows may leave them empty).
 */
import type { KnownIndicator } from "./rows.ts";

export const EXAMPLE_FILENAME = "voorbeeld-monitor-import.csv";

const NEW_INDICATOR = { code: "instroom-mbo-techniek", name: "Instroom in technische mbo-opleidingen", unit: "aantal" };

function field(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The example as CSV text; `region` fills the regio column (the network's own name reads naturally). */
export function importExampleCsv(known: readonly KnownIndicator[], region: string): string {
  const existing = [...known].sort((a, b) => a.code.localeCompare(b.code))[0];
  // Should the new code one day be known, the example shows another fresh one instead of a clash.
  const taken = new Set(known.map((k) => k.code));
  let code = NEW_INDICATOR.code;
  for (let n = 2; taken.has(code); n++) code = `${NEW_INDICATOR.code}-${n}`;
  const lines = [
    ["indicator", "naam", "eenheid", "regio", "periode", "waarde", "bron"],
    ...(existing ? [[existing.code, "", "", region, "2017-2018", "10,5", "Voorbeeld: noem hier de bron van het cijfer"]] : []),
    [code, NEW_INDICATOR.name, NEW_INDICATOR.unit, region, "2018", "1250", "Voorbeeld: DUO, instroom mbo 2018"],
    [code, "", "", region, "2019", "1.310", "Voorbeeld: DUO, instroom mbo 2019"],
  ];
  return `\uFEFF${lines.map((l) => l.map(field).join(";")).join("\r\n")}\r\n`;
}
