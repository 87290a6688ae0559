import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { wouldLeaveNoAdmin } from "~/domain/organisations/members.ts";
import type { MemberRole } from "~/domain/organisations/vocabulary.ts";
import { can } from "~/services/common/permissions.server.ts";
import { organisationBySlug } from "./helpers/organisation-by-slug.server.ts";
import { lockMembers } from "./helpers/lock-members.server.ts";

/** Makes a member an admin or an admin a member; the last admin stays admin. */
export async function updateMemberRole(
  services: AppServices,
  actor: Actor,
  input: { slug: string; userId: string; role: MemberRole },
) {
  const { userId: memberUserId, role } = input;
  const { id: organisationId } = await organisationBySlug(services.db, input.slug);
  return services.db.transaction(async (tx) => {
    const members = await lockMembers(tx, organisationId);
    // Checked after the lock: the actor may have been demoted a moment ago.
    if (!(await can(tx, actor, "organisation.manage_members", { organisationId }))) throw forbidden();
    const target = members.find((m) => m.userId === memberUserId);
    if (!target) throw notFound("organisations.members.notMember");
    if (target.role === role) return { changed: false };
    if (wouldLeaveNoAdmin(members, { userId: memberUserId, role })) throw conflict("organisations.members.lastAdmin");
    await tx
      .update(membership)
      .set({ role })
      .where(and(eq(membership.organisationId, organisationId), eq(membership.userId, memberUserId)));
    return { changed: true };
  });
}
