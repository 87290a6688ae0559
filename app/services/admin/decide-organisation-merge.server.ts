import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { organisation } from "~/db/schema/index.ts";
import { checkMerge } from "~/domain/admin/rules.ts";
import { conflict } from "~/domain/errors.ts";
import { recordAudit } from "~/services/common/audit.server.ts";
import { updateOrganisationOffers } from "~/services/guest-lessons/update-organisation-offers.server.ts";
import { updatePartnerSearchText } from "~/services/networks/update-partner-search-text.server.ts";
import { lockOrganisation } from "./helpers/organisations.server.ts";
import { moveReferences } from "./helpers/move-references.server.ts";
import { requireAdmin } from "./helpers/require-admin.server.ts";

/**
 * Merges a duplicate organisation into the one that is kept, in one transaction: memberships,
 * offers, courses, requests, appointments, partnerships, event entries — every row that points at
 * the duplicate — move over; then the duplicate is deleted (the audit row keeps what it was).
 * Only organisations of the same kind merge: a school's requests cannot become a company's.
 */
export async function decideOrganisationMerge(services: Pick<AppServices, "db">, actor: Actor, input: { slug: string; intoSlug: string }) {
  const admin = await requireAdmin(services.db, actor);
  try {
    return await services.db.transaction(async (tx) => {
      const from = await lockOrganisation(tx, input.slug);
      const [into] = input.intoSlug ? await tx.select().from(organisation).where(eq(organisation.slug, input.intoSlug)).for("update") : [];
      checkMerge(from, into && into.kind === from.kind ? { id: into.id, archived: false } : null, "into");
      const moved = await moveReferences(tx, "organisation", from.id, into!.id);
      await tx.delete(organisation).where(eq(organisation.id, from.id));
      await updatePartnerSearchText({ db: tx }, admin, { organisationId: into!.id });
      // The moved offers still carry the duplicate's name and place in their search text and
      // matching keys; rebuilt here so search never finds them under the name that is gone.
      await updateOrganisationOffers({ db: tx }, admin, { organisationId: into!.id });
      await recordAudit(tx, admin, "organisation.merge", { type: "organisation", id: from.id, label: from.name }, from, {
        mergedInto: { id: into!.id, slug: into!.slug, name: into!.name },
        moved,
      });
      return { slug: into!.slug, moved };
    });
  } catch (error) {
    if (isUniqueViolation(error)) throw conflict("admin.merge.clash", "into");
    throw error;
  }
}
