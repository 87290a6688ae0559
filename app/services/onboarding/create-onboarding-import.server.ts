import type { Actor, AppServices } from "~/context.ts";
import { onboardingImport } from "~/db/schema/index.ts";
import { rowsFromSheets } from "~/domain/onboarding/items.ts";
import { itemSheetNamed, SHEET_NAMES } from "~/domain/onboarding/sheets.ts";
import { readWorkbook } from "~/lib/spreadsheet/read-table.server.ts";
import { networkForOnboarding } from "./helpers/network.server.ts";

/**
 * Step 1: an uploaded file is read and its rows kept for the preview, owned by the coordinator who
 * sent it: the organisations (the first sheet, or a CSV file) and, from an XLSX file, the optional
 * "Aanbod" and "Cursussen" sheets. Nothing reaches the directory here; the preview page checks the rows.
 */
export async function createOnboardingImport(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { slug: string; file: { name: string; bytes: Uint8Array } },
): Promise<{ id: string }> {
  const target = await networkForOnboarding(services, actor, input.slug);
  // The first sheet and the sheets named as the template names them; "Uitleg" and others are not parsed.
  const sheets = await readWorkbook(input.file.name, input.file.bytes, (name, index) => index === 0 || name.trim().toLowerCase() === SHEET_NAMES.organisations.toLowerCase() || itemSheetNamed(name) !== null);
  const table = rowsFromSheets(sheets);
  const [row] = await services.db
    .insert(onboardingImport)
    .values({ networkId: target.id, createdById: actor!.id, filename: fileLabel(input.file.name), rows: table.rows, fileErrors: table.errors })
    .returning({ id: onboardingImport.id });
  return { id: row!.id };
}

/** The name shown on the preview: a browser may send any bytes, and PostgreSQL refuses a NUL in text. */
function fileLabel(name: string): string {
  return name.replace(/[\u0000-\u001f\u007f]/g, "").slice(0, 200) || "import";
}
