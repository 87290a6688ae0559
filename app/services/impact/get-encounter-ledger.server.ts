import type { Actor, AppServices } from "~/context.ts";
import { encounterLedger, unreached } from "~/domain/impact/impact.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { appointmentRows, eventVisitRows, findNetwork, organisationNames, requestRows } from "./helpers/impact-rows.server.ts";

export type LedgerLine = { schoolId: string; schoolName: string; level: string; schoolYear: string; groupsKnown: number; groupsReached: number };

/**
 * The encounter ledger of a network (coordinators only: it names schools): per school, level and
 * school year the groups known and the groups with at least one meaningful encounter with an
 * employer, plus the lines no employer has reached yet.
 */
export async function getEncounterLedger(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string }) {
  const { db } = services;
  const net = await findNetwork(db, input.slug);
  await requirePermission(db, actor, "network.manage", { networkId: net.id });
  const [requests, appointments, eventVisits] = await Promise.all([requestRows(db, net.id), appointmentRows(db, net.id), eventVisitRows(db, net.id)]);
  const cells = encounterLedger({ requests, appointments, eventVisits, now: services.clock.now() });
  const names = await organisationNames(db, cells.map((c) => c.schoolId));
  const lines: LedgerLine[] = cells
    .map((c) => ({ ...c, schoolName: names.get(c.schoolId) ?? "?" }))
    .sort((a, b) => b.schoolYear.localeCompare(a.schoolYear) || a.schoolName.localeCompare(b.schoolName, "nl") || a.level.localeCompare(b.level));
  return { network: net, lines, unreached: unreached(lines) };
}
