import { loadExcelJS } from "~/lib/spreadsheet/exceljs.server.ts";
import type { Actor, AppServices } from "~/context.ts";
import { distanceKm, preferenceRankOf } from "~/domain/events/instance.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { loadEventInstance } from "./helpers/event-instance.server.ts";

/** Everything about the assignment in one workbook for the coordinator: groups, slots. */
export async function exportAssignment(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  const { instance, slots, groups, assignments } = await loadEventInstance(services.db, row);
  const byGroup = new Map(assignments.map((a) => [a.groupId, a]));
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const windows = new Map(row.windows.map((w) => [w.key, w]));
  // In the coordinator's language, with the words of the assignment page.
  const t = translator(actor?.locale ?? "nl");
  const col = (key: string) => t(`events.export.col.${key}`);
  const windowOf = (key: string) => {
    const label = windows.get(key)?.label ?? key;
    return labelOf(t, `events.window.${label.toLowerCase()}`, label);
  };
  const ExcelJS = await loadExcelJS();
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Technohub";

  const sheet = workbook.addWorksheet(t("events.export.groupsSheet"));
  sheet.columns = [
    { header: col("school"), key: "school", width: 36 },
    { header: col("label"), key: "label", width: 16 },
    { header: col("size"), key: "size", width: 11 },
    { header: col("level"), key: "level", width: 12 },
    { header: col("host"), key: "host", width: 36 },
    { header: col("window"), key: "window", width: 18 },
    { header: col("activity"), key: "activity", width: 36 },
    { header: col("place"), key: "place", width: 16 },
    { header: col("rank"), key: "rank", width: 10 },
    { header: col("km"), key: "km", width: 12 },
    { header: col("locked"), key: "locked", width: 10 },
    { header: col("source"), key: "source", width: 10 },
  ];
  for (const g of groups) {
    const a = byGroup.get(g.id);
    const s = a ? slotById.get(a.slotId) : undefined;
    const rank = a ? preferenceRankOf(instance, g.id, a.slotId) : -1;
    const km = a ? distanceKm(instance, g.id, a.slotId) : null;
    sheet.addRow({
      school: g.schoolName,
      label: g.label,
      size: g.size,
      level: t(`events.level.${g.level}`),
      host: s?.hostName ?? t("events.export.notAssigned"),
      window: s ? windowOf(s.window) : "",
      activity: s?.activity ?? "",
      place: s?.place ?? "",
      rank: rank >= 0 ? rank + 1 : "",
      km: km === null ? "" : Math.round(km * 10) / 10,
      locked: a?.locked ? t("events.export.yes") : "",
      source: a ? t(a.source === "manual" ? "events.export.byHand" : "events.export.byRun") : "",
    });
  }
  sheet.getRow(1).font = { bold: true };

  const slotSheet = workbook.addWorksheet(t("events.export.slotsSheet"));
  slotSheet.columns = [
    { header: col("host"), key: "host", width: 36 },
    { header: col("window"), key: "window", width: 18 },
    { header: col("activity"), key: "activity", width: 36 },
    { header: col("levels"), key: "levels", width: 30 },
    { header: col("capacity"), key: "capacity", width: 15 },
    { header: col("maxGroups"), key: "maxGroups", width: 13 },
    { header: col("groups"), key: "groups", width: 10 },
    { header: col("pupils"), key: "pupils", width: 11 },
  ];
  const sizeOf = new Map(groups.map((g) => [g.id, g.size]));
  for (const s of slots) {
    const here = assignments.filter((a) => a.slotId === s.id);
    slotSheet.addRow({
      host: s.hostName,
      window: windowOf(s.window),
      activity: s.activity,
      levels: s.levels.map((l) => t(`events.level.${l}`)).join(", "),
      capacity: s.capacityPupils ?? "",
      maxGroups: s.maxGroups ?? "",
      groups: here.length,
      pupils: here.reduce((sum, a) => sum + (sizeOf.get(a.groupId) ?? 0), 0),
    });
  }
  slotSheet.getRow(1).font = { bold: true };
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `indeling-${row.slug}.xlsx`, body: buffer };
}
