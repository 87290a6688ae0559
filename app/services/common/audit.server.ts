import type { Db } from "~/db/client.server.ts";
import { auditLog } from "~/db/schema/index.ts";
import type { Actor } from "~/context.ts";
import { auditSnapshot } from "~/domain/common/audit.ts";

export type AuditSubject = { type: string; id: string; label?: string };

/**
 * Writes one row of the audit log: who decided what about which subject, and the subject before
 * and after. Call it with the decision's own transaction, so the row and the decision commit (or
 * roll back) together. A job's decision (actor null) is logged as the system's.
 */
export async function recordAudit(tx: Db, actor: Actor, action: string, subject: AuditSubject, before: unknown, after: unknown): Promise<void> {
  await tx.insert(auditLog).values({
    actorId: actor?.id ?? null,
    actorName: actor?.name ?? "system",
    action,
    subjectType: subject.type,
    subjectId: subject.id,
    subjectLabel: subject.label ?? "",
    before: auditSnapshot(before),
    after: auditSnapshot(after),
  });
}
