import { and, count, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, webhookSubscription } from "~/db/schema/index.ts";
import { conflict, invalid } from "~/domain/errors.ts";
import type { WebhookEventType } from "~/domain/webhooks/events.ts";
import { targetUrlRefusal } from "~/domain/webhooks/target-url.ts";
import { webhookPrivateAllowed } from "~/lib/env.server.ts";
import { isPrivateAddress } from "~/lib/webhooks/address.server.ts";
import { requireOrganisationPermission } from "~/services/common/permissions.server.ts";
import { freshSecret } from "./helpers/secrets.server.ts";

/** Enough for a test and a production receiver per system; more is a sign of a mistake. */
export const MAX_SUBSCRIPTIONS = 10;

/**
 * An organisation's administrator subscribes a URL to some of its events. The secret is returned
 * once, in plain text, for the page to show; only its sealed form is kept.
 */
export async function createWebhook(services: AppServices, actor: Actor, input: { slug: string; url: string; eventTypes: WebhookEventType[] }) {
  const org = await requireOrganisationPermission(services.db, actor, "webhook.manage", input.slug);
  const refusal = targetUrlRefusal(input.url, { allowPrivate: webhookPrivateAllowed(services.env), isPrivateHost: isPrivateAddress });
  if (refusal) throw invalid(refusal, "url");
  const eventTypes = [...new Set(input.eventTypes)];
  if (eventTypes.length === 0) throw invalid("webhooks.events.required", "eventTypes");
  const secret = freshSecret(services);
  const now = services.clock.now();
  const id = await services.db.transaction(async (tx) => {
    // Under the organisation's row lock two tabs cannot both add the tenth-and-one.
    await tx.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, org.id)).for("update");
    const [existing] = await tx.select({ n: count() }).from(webhookSubscription).where(eq(webhookSubscription.organisationId, org.id));
    if ((existing?.n ?? 0) >= MAX_SUBSCRIPTIONS) throw conflict("webhooks.error.tooMany", "url", { max: MAX_SUBSCRIPTIONS });
    const [same] = await tx
      .select({ id: webhookSubscription.id })
      .from(webhookSubscription)
      .where(and(eq(webhookSubscription.organisationId, org.id), eq(webhookSubscription.url, input.url)))
      .limit(1);
    if (same) throw conflict("webhooks.error.duplicate", "url");
    const [row] = await tx
      .insert(webhookSubscription)
      .values({ organisationId: org.id, url: input.url, eventTypes, secretEncrypted: secret.sealed, createdById: actor?.id ?? null, createdAt: now, updatedAt: now })
      .returning({ id: webhookSubscription.id });
    return row!.id;
  });
  return { id, secret: secret.plain };
}
