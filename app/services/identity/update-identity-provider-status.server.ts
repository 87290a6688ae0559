import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { identityProvider } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { lockProvider } from "./helpers/provider-config.server.ts";

/**
 * Switches a provider off (nobody signs in through it; better-auth's validateUserInfo refuses it,
 * app/auth/auth.server.ts) or on again. Accounts made through it stay; their password, if any, works.
 */
export async function updateIdentityProviderStatus(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { providerId: string; disabled: boolean }) {
  await requirePermission(services.db, actor, "identity.manage");
  await services.db.transaction(async (tx) => {
    const before = await lockProvider(tx, input.providerId);
    if (!before) throw notFound();
    const now = services.clock.now();
    await tx
      .update(identityProvider)
      .set({ disabledAt: input.disabled ? (before.provider.disabledAt ?? now) : null, updatedAt: now })
      .where(eq(identityProvider.providerId, input.providerId));
    const after = await lockProvider(tx, input.providerId);
    await recordAudit(tx, actor, input.disabled ? "identity_provider.disable" : "identity_provider.enable", { type: "identity_provider", id: input.providerId, label: before.provider.name }, before.provider, after!.provider);
  });
}
