import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { webhookSubscription } from "~/db/schema/index.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";
import { lockSubscription } from "./helpers/subscription-of.server.ts";

/** Deletes a subscription with its deliveries: nothing more is sent to it. */
export async function removeWebhook(services: AppServices, actor: Actor, input: { slug: string; id: string }) {
  const org = await requireOrganisationPermission(services.db, actor, "webhook.manage", input.slug);
  await services.db.transaction(async (tx) => {
    const subscription = await lockSubscription(tx, org.id, input.id);
    await tx.delete(webhookSubscription).where(eq(webhookSubscription.id, subscription.id));
  });
}
