import { desc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { auditLog } from "~/db/schema/index.ts";
import { auditCsv, type AuditQuery } from "~/domain/admin/audit.ts";
import { auditWhere } from "./helpers/audit-query.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** At most this many rows per file; a narrower search gives the rest. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** The audit rows a search finds, as an Excel-safe CSV file (domain/admin/audit.ts). */
export async function exportAuditLog(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: AuditQuery & { headings: string[] }) {
  const { db } = services;
  await requireAdmin(db, actor);
  const rows = await db.select().from(auditLog).where(auditWhere(input)).orderBy(desc(auditLog.at), desc(auditLog.id)).limit(AUDIT_EXPORT_LIMIT);
  const day = services.clock.now().toISOString().slice(0, 10);
  return { body: auditCsv(rows, input.headings), filename: `logboek-${day}.csv`, contentType: "text/csv; charset=utf-8" };
}
