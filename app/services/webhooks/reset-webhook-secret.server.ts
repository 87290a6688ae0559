import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { webhookSubscription } from "~/db/schema/index.ts";
import { PREVIOUS_SECRET_MS } from "~/domain/webhooks/schedule.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";
import { freshSecret } from "./helpers/secrets.server.ts";
import { lockSubscription } from "./helpers/subscription-of.server.ts";

/**
 * Rolls a subscription's secret: the next attempt of every delivery is signed with the new one,
 * which is returned once for the page to show, and for a day also with the old one (two
 * signatures, as Standard Webhooks allows), so the receiver can change over without a refused
 * delivery. Rolling again within that day keeps the secret just replaced, not the older one.
 */
export async function resetWebhookSecret(services: AppServices, actor: Actor, input: { slug: string; id: string }) {
  const org = await requireOrganisationPermission(services.db, actor, "webhook.manage", input.slug);
  const secret = freshSecret(services);
  await services.db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, org.id, input.id);
    const now = services.clock.now();
    await tx
      .update(webhookSubscription)
      .set({
        secretEncrypted: secret.sealed,
        previousSecretEncrypted: subscription.secretEncrypted,
        previousSecretUntil: new Date(now.getTime() + PREVIOUS_SECRET_MS),
        updatedAt: now,
      })
      .where(eq(webhookSubscription.id, subscription.id));
  });
  return { id: input.id, secret: secret.plain };
}
