import { and, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { membership, organisation, user, webhookDelivery, webhookSubscription } from "~/db/schema/index.ts";
import { isDelivered, nextAttemptAfterFailure, shouldPause } from "~/domain/webhooks/schedule.ts";
import { absoluteUrl } from "~/lib/env.server.ts";
import type { AttemptResult } from "~/lib/webhooks/http-delivery.server.ts";
import { mailTranslator } from "~/services/common/mail-locale.server.ts";

export type ClaimedDelivery = { id: string; subscriptionId: string; attempts: number; createdAt: Date };

/**
 * Records one attempt's outcome: delivered, or the next attempt by the backoff schedule (or given
 * up). A failure marks the subscription failing since its oldest event not delivered after the last success;
 * failing long enough pauses it and tells the organisation's administrators, once (the
 * subscription row is locked, so concurrent failures pause and mail one time).
 */
export async function recordAttempt(services: AppServices, delivery: ClaimedDelivery, result: AttemptResult) {
  const now = services.clock.now();
  const attempts = delivery.attempts + 1;
  await services.db.transaction(async (tx) => {
    if (isDelivered(result.statusCode)) {
      await tx
        .update(webhookDelivery)
        .set({ status: "delivered", attempts, lastAttemptAt: now, lastStatusCode: result.statusCode, lastError: null, deliveredAt: now, nextAttemptAt: null })
        .where(eq(webhookDelivery.id, delivery.id));
      await tx.update(webhookSubscription).set({ failingSince: null }).where(eq(webhookSubscription.id, delivery.subscriptionId));
      return;
    }
    const next = nextAttemptAfterFailure({ attempts, createdAt: delivery.createdAt, now });
    await tx
      .update(webhookDelivery)
      .set({
        status: next ? "pending" : "failed",
        attempts,
        lastAttemptAt: now,
        lastStatusCode: result.statusCode,
        lastError: result.error ?? (result.statusCode ? `HTTP ${result.statusCode}` : "no answer"),
        nextAttemptAt: next,
      })
      .where(eq(webhookDelivery.id, delivery.id));
    const [subscription] = await tx.select().from(webhookSubscription).where(eq(webhookSubscription.id, delivery.subscriptionId)).for("update");
    if (!subscription) return;
    // The oldest undelivered event since the last success: a receiver down since then.
    const failingSince = subscription.failingSince && subscription.failingSince < delivery.createdAt ? subscription.failingSince : delivery.createdAt;
    if (subscription.status === "active" && shouldPause(failingSince, now)) {
      await tx.update(webhookSubscription).set({ status: "paused", pausedReason: "failing", failingSince, updatedAt: now }).where(eq(webhookSubscription.id, subscription.id));
      await mailAdmins(services, tx, subscription.organisationId, subscription.url);
    } else if (failingSince !== subscription.failingSince) {
      await tx.update(webhookSubscription).set({ failingSince }).where(eq(webhookSubscription.id, subscription.id));
    }
  });
}

async function mailAdmins(services: AppServices, tx: Db, organisationId: string, url: string) {
  const admins = await tx
    .select({ name: user.name, email: user.email, slug: organisation.slug, organisationName: organisation.name })
    .from(membership)
    .innerJoin(user, eq(user.id, membership.userId))
    .innerJoin(organisation, eq(organisation.id, membership.organisationId))
    .where(and(eq(membership.organisationId, organisationId), eq(membership.role, "admin")));
  for (const admin of admins) {
    const { t } = await mailTranslator(tx, admin.email);
    const page = absoluteUrl(services, `/organisaties/${admin.slug}/webhooks`);
    await services.mailer.send(
      {
        to: admin.email,
        subject: t("webhooks.mail.paused.subject", { organisation: admin.organisationName }),
        text: [
          t("webhooks.mail.greeting", { name: admin.name }),
          "",
          t("webhooks.mail.paused.body", { url, organisation: admin.organisationName }),
          t("webhooks.mail.paused.resume", { url: page }),
          "",
          t("webhooks.mail.closing"),
          "Technohub",
        ].join("\n"),
      },
      tx,
    );
  }
}
