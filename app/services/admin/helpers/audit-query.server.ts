import { and, eq, gte, ilike, lt, or, type SQL } from "drizzle-orm";
import { auditLog } from "~/db/schema/index.ts";
import type { AuditQuery } from "~/domain/admin/audit.ts";
import { addDays, amsterdamDate } from "~/domain/common/time.ts";
import { likePattern } from "~/services/common/like.server.ts";

/** The WHERE of an audit search: actor by name, action by its start ("network." finds every network decision), subject by label or id, a period in Amsterdam days (both ends included). */
export function auditWhere(query: AuditQuery): SQL | undefined {
  return and(
    query.actor ? ilike(auditLog.actorName, likePattern(query.actor)) : undefined,
    query.action ? ilike(auditLog.action, `${query.action.replace(/[\\%_]/g, (c) => `\\${c}`)}%`) : undefined,
    query.subject ? or(ilike(auditLog.subjectLabel, likePattern(query.subject)), eq(auditLog.subjectId, query.subject)) : undefined,
    query.from ? gte(auditLog.at, amsterdamDate(query.from)!) : undefined,
    query.to ? lt(auditLog.at, amsterdamDate(addDays(query.to, 1))!) : undefined,
  );
}
