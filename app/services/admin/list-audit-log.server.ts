import { count, desc } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { auditLog } from "~/db/schema/index.ts";
import type { AuditQuery } from "~/domain/admin/audit.ts";
import { auditWhere } from "./helpers/audit-query.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

export const AUDIT_PAGE_SIZE = 50;

/** The audit log, newest first, searched by actor, action, subject and period, a page at a time. */
export async function listAuditLog(services: Pick<AppServices, "db">, actor: Actor, input: AuditQuery) {
  const { db } = services;
  await requireAdmin(db, actor);
  const where = auditWhere(input);
  const [total] = await db.select({ n: count() }).from(auditLog).where(where);
  const rows = await db
    .select()
    .from(auditLog)
    .where(where)
    .orderBy(desc(auditLog.at), desc(auditLog.id))
    .limit(AUDIT_PAGE_SIZE)
    .offset((input.page - 1) * AUDIT_PAGE_SIZE);
  return { rows, total: total?.n ?? 0, page: input.page, pages: Math.max(1, Math.ceil((total?.n ?? 0) / AUDIT_PAGE_SIZE)) };
}
