import { and, asc, isNull, lte } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { onboardingInvitation } from "~/db/schema/index.ts";
import { reminderCutoff } from "~/domain/onboarding/invitations.ts";
import { forbidden } from "~/domain/errors.ts";
import { remailInvitation } from "./helpers/invitation-mail.server.ts";

const BATCH = 200;

/**
 * The `onboarding.remind` job: every invitation unanswered a week after it was mailed gets one
 * reminder, with a new link. Each batch is its own transaction (rows locked, skipped when another
 * instance has them), so a failure leaves earlier batches sent and the rest for the next run.
 */
export async function sweepOnboardingInvitations(services: AppServices, actor: Actor): Promise<{ reminded: number }> {
  if (actor !== null) throw forbidden();
  const now = services.clock.now();
  let reminded = 0;
  for (;;) {
    const sent = await services.db.transaction(async (tx) => {
      const due = await tx
        .select({ id: onboardingInvitation.id })
        .from(onboardingInvitation)
        .where(and(isNull(onboardingInvitation.acceptedAt), isNull(onboardingInvitation.remindedAt), lte(onboardingInvitation.sentAt, reminderCutoff(now))))
        .orderBy(asc(onboardingInvitation.sentAt))
        .limit(BATCH)
        .for("update", { skipLocked: true });
      for (const d of due) await remailInvitation(services, tx, d.id, "reminder", now);
      return due.length;
    });
    reminded += sent;
    if (sent < BATCH) return { reminded };
  }
}
