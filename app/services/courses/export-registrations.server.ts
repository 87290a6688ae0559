import { loadExcelJS } from "~/lib/spreadsheet/exceljs.server.ts";
import type { Actor, AppServices } from "~/context.ts";
import { toCsv } from "~/domain/courses/csv.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { listSessionRegistrations } from "./list-session-registrations.server.ts";

/** The columns of the export, in the words of the participants page. */
const HEADER_KEYS = [
  "courses.participants.name",
  "courses.participants.email",
  "courses.participants.company",
  "courses.registration.status",
  "courses.export.position",
  "courses.export.registeredAt",
];

/** The provider's export of a session's registrations, as CSV (Excel-ready) or XLSX. */
export async function exportRegistrations(
  services: AppServices,
  actor: Actor,
  { slug, sessionId, kind }: { slug: string; sessionId: string; kind: "csv" | "xlsx" },
) {
  const { course, session, registrations } = await listSessionRegistrations(services, actor, { slug, sessionId });
  // The same status words as on the screen (one key each), in the provider's language.
  const locale = actor?.locale ?? "nl";
  const t = translator(locale);
  const header = HEADER_KEYS.map((key) => t(key));
  const rows = registrations.map((r) => [
    r.name,
    r.email,
    r.company ?? "",
    t(`courses.registrationStatus.${r.status}`),
    r.position ?? "",
    formatDate(r.createdAt, locale, { dateStyle: "short", timeStyle: "short" }),
  ]);
  const day = formatDate(session.startsAt, "nl", { year: "numeric", month: "2-digit", day: "2-digit" }).split("-").reverse().join("-");
  const filename = `aanmeldingen-${course.slug}-${day}.${kind}`;
  if (kind === "csv") return { filename, contentType: "text/csv; charset=utf-8", body: Buffer.from(toCsv([header, ...rows]), "utf8") };

  const ExcelJS = await loadExcelJS();

  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Technohub";
  const sheet = workbook.addWorksheet(t("courses.export.sheet"));
  sheet.addRow([`${course.title} — ${formatSessionTime(session.startsAt, session.endsAt)} — ${session.location}`]).font = { bold: true };
  sheet.addRow(header).font = { bold: true };
  for (const r of rows) sheet.addRow(r);
  sheet.columns.forEach((c, i) => (c.width = [28, 32, 24, 20, 18, 18][i]));
  const buffer = await workbook.xlsx.writeBuffer();
  return { filename, contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", body: Buffer.from(buffer as ArrayBuffer) };
}
