import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership } from "~/db/schema/index.ts";
import { conflict, forbidden, notFound } from "~/domain/errors.ts";
import { wouldLeaveNoAdmin } from "~/domain/organisations/members.ts";
import { can } from "~/services/common/permissions.server.ts";
import { organisationBySlug } from "./helpers/organisation-by-slug.server.ts";
import { lockMembers } from "./helpers/lock-members.server.ts";

/** An admin removes a member, or a member leaves; the last admin cannot go. */
export async function removeMember(services: AppServices, actor: Actor, input: { slug: string; userId: string }) {
  const { userId: memberUserId } = input;
  const { id: organisationId } = await organisationBySlug(services.db, input.slug);
  return services.db.transaction(async (tx) => {
    const members = await lockMembers(tx, organisationId);
    const leaving = actor !== null && actor.id === memberUserId;
    if (!leaving && !(await can(tx, actor, "organisation.manage_members", { organisationId }))) throw forbidden();
    if (!members.some((m) => m.userId === memberUserId)) throw notFound("organisations.members.notMember");
    if (wouldLeaveNoAdmin(members, { userId: memberUserId, role: null })) throw conflict("organisations.members.lastAdmin");
    await tx.delete(membership).where(and(eq(membership.organisationId, organisationId), eq(membership.userId, memberUserId)));
  });
}
