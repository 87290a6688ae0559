import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { lockOrganisation } from "./helpers/organisations.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/** Marks an organisation as checked by an administrator (or takes that back). */
export async function verifyOrganisation(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string; verified: boolean }) {
  const admin = await requireAdmin(services.db, actor);
  return services.db.transaction(async (tx) => {
    const before = await lockOrganisation(tx, input.slug);
    if (Boolean(before.verifiedAt) === input.verified) return { slug: before.slug, changed: false };
    const [after] = await tx
      .update(organisation)
      .set({ verifiedAt: input.verified ? services.clock.now() : null })
      .where(eq(organisation.id, before.id))
      .returning();
    await recordAudit(tx, admin, input.verified ? "organisation.verify" : "organisation.unverify", { type: "organisation", id: before.id, label: before.name }, before, after);
    return { slug: before.slug, changed: true };
  });
}
