import { sql, type SQL } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { retentionRun } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { RETENTION_RULES, retentionCutoff, retentionCutoffDate, type RemovedCounts, type RetentionKey, type RetentionRule } from "~/domain/privacy/retention.ts";

const at = (d: Date) => sql`${d.toISOString()}::timestamptz`;

/**
 * The statement that enforces each rule of RETENTION_RULES, given the moment before which a row
 * has passed its period. Each answers the rows it touched (counted, never kept).
 */
const STATEMENTS: Record<RetentionKey, (cutoff: Date, rule: RetentionRule, now: Date) => SQL> = {
  sessions: (c) => sql`delete from session where expires_at < ${at(c)} returning 1`,
  verifications: (c) => sql`delete from verification where expires_at < ${at(c)} returning 1`,
  signInThrottle: (c, _r, now) =>
    sql`delete from sign_in_throttle where last_attempt_at < ${at(c)} and (locked_until is null or locked_until < ${at(now)}) returning 1`,
  apiRateLimit: (c) => sql`delete from api_rate_limit where window_start < ${at(c)} returning 1`,
  mailOutbox: (c) => sql`delete from mail_outbox where created_at < ${at(c)} returning 1`,
  webhookDeliveries: (c) => sql`delete from webhook_delivery where created_at < ${at(c)} and status <> 'pending' returning 1`,
  inbox: (c) => sql`delete from notification where created_at < ${at(c)} returning 1`,
  appointmentMessages: (c) => sql`delete from appointment_message where created_at < ${at(c)} returning 1`,
  offerContacts: (c) =>
    sql`update offer set contact_user_id = null, contact_name = null, contact_email = null
        where status = 'archived' and updated_at < ${at(c)}
          and (contact_user_id is not null or contact_name is not null or contact_email is not null)
        returning 1`,
  vogStatements: (_c, rule, now) =>
    sql`update offer set vog_valid_until = null, vog_reminded_for = null
        where vog_valid_until < ${retentionCutoffDate(rule, now)}::date returning 1`,
  auditLog: (c) => sql`delete from audit_log where at < ${at(c)} returning 1`,
};

async function touched(db: Db, statement: SQL): Promise<number> {
  const result = (await db.execute(statement)) as unknown as { rows: unknown[] };
  return result.rows.length;
}

/**
 * The daily retention job: deletes or anonymises what has passed its period (RETENTION_RULES,
 * read against services.clock), and records the run with its counts, all in one transaction so
 * the record says exactly what happened. Only the system runs it.
 */
export async function sweepRetention(services: AppServices, actor: Actor) {
  if (actor) throw forbidden();
  const now = services.clock.now();
  return services.db.transaction(async (tx) => {
    const removed: RemovedCounts = {};
    for (const rule of RETENTION_RULES) {
      removed[rule.key] = await touched(tx, STATEMENTS[rule.key](retentionCutoff(rule, now), rule, now));
    }
    await tx.insert(retentionRun).values({ ranAt: now, removed });
    return removed;
  });
}
