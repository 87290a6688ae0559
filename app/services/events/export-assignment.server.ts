import ExcelJS from "exceljs";
import type { Actor, AppServices } from "~/context.ts";
import { distanceKm, preferenceRankOf } from "~/domain/events/instance.ts";
import { requireEventCoordinator } from "./helpers/event-access.server.ts";
import { loadEventInstance } from "./helpers/event-instance.server.ts";

/** Everything about the assignment in one workbook for the coordinator: groups, slots. */
export async function exportAssignment(services: AppServices, actor: Actor, { slug }: { slug: string }) {
  const row = await requireEventCoordinator(services.db, actor, slug);
  const { instance, slots, groups, assignments } = await loadEventInstance(services.db, row);
  const byGroup = new Map(assignments.map((a) => [a.groupId, a]));
  const slotById = new Map(slots.map((s) => [s.id, s]));
  const windows = new Map(row.windows.map((w) => [w.key, w]));
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "Technohub";

  const sheet = workbook.addWorksheet("Groepen");
  sheet.columns = [
    { header: "School", key: "school", width: 36 },
    { header: "Groep", key: "label", width: 16 },
    { header: "Leerlingen", key: "size", width: 11 },
    { header: "Niveau", key: "level", width: 12 },
    { header: "Bedrijf", key: "host", width: 36 },
    { header: "Dagdeel", key: "window", width: 18 },
    { header: "Activiteit", key: "activity", width: 36 },
    { header: "Plaats", key: "place", width: 16 },
    { header: "Voorkeur", key: "rank", width: 10 },
    { header: "Afstand (km)", key: "km", width: 12 },
    { header: "Vastgezet", key: "locked", width: 10 },
    { header: "Bron", key: "source", width: 10 },
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
      level: g.level,
      host: s?.hostName ?? "niet ingedeeld",
      window: s ? (windows.get(s.window)?.label ?? s.window) : "",
      activity: s?.activity ?? "",
      place: s?.place ?? "",
      rank: rank >= 0 ? rank + 1 : "",
      km: km === null ? "" : Math.round(km * 10) / 10,
      locked: a?.locked ? "ja" : "",
      source: a ? (a.source === "manual" ? "hand" : "indeling") : "",
    });
  }
  sheet.getRow(1).font = { bold: true };

  const slotSheet = workbook.addWorksheet("Bezoekmomenten");
  slotSheet.columns = [
    { header: "Bedrijf", key: "host", width: 36 },
    { header: "Dagdeel", key: "window", width: 18 },
    { header: "Activiteit", key: "activity", width: 36 },
    { header: "Niveaus", key: "levels", width: 30 },
    { header: "Max. leerlingen", key: "capacity", width: 15 },
    { header: "Max. groepen", key: "maxGroups", width: 13 },
    { header: "Groepen", key: "groups", width: 10 },
    { header: "Leerlingen", key: "pupils", width: 11 },
  ];
  const sizeOf = new Map(groups.map((g) => [g.id, g.size]));
  for (const s of slots) {
    const here = assignments.filter((a) => a.slotId === s.id);
    slotSheet.addRow({
      host: s.hostName,
      window: windows.get(s.window)?.label ?? s.window,
      activity: s.activity,
      levels: s.levels.join(", "),
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
