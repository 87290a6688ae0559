import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { vogOrganisation } from "./helpers/vog-contacts.server.ts";

/** A school states whether it requires a VOG of whoever gives a guest lesson or hosts its pupils; its administrators decide. */
export async function updateVogRequirement(services: AppServices, actor: Actor, input: { slug: string; required: boolean }) {
  const org = await vogOrganisation(services.db, input.slug);
  if (org.kind !== "school") throw forbidden();
  await requirePermission(services.db, actor, "organisation.edit", { organisationId: org.id });
  await services.db.transaction(async (tx) => {
    await tx.update(organisation).set({ vogRequired: input.required, updatedAt: services.clock.now() }).where(eq(organisation.id, org.id));
    await recordAudit(tx, actor, "organisation.vog_requirement", { type: "organisation", id: org.id, label: org.name }, { vogRequired: org.vogRequired }, { vogRequired: input.required });
  });
  return { required: input.required };
}
