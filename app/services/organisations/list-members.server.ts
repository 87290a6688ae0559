import { asc, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { membership, user as userTable } from "~/db/schema/index.ts";
import { allows } from "~/domain/permissions.ts";
import { forbidden } from "~/domain/errors.ts";
import { rolesOf } from "~/services/common/permissions.server.ts";
import { organisationBySlug } from "./helpers/organisation-by-slug.server.ts";

/**
 * The people of an organisation with their role. Members see names; those
 * who manage the members also see e-mail addresses, which they need to tell
 * people apart.
 */
export async function listMembers(services: AppServices, actor: Actor, input: { slug: string }) {
  const { db } = services;
  const org = await organisationBySlug(db, input.slug);
  const roles = await rolesOf(db, actor, { organisationId: org.id });
  if (!allows("organisation.view_members", roles)) throw forbidden("organisations.members.forbidden");
  const canManage = allows("organisation.manage_members", roles);

  const rows = await db
    .select({ userId: membership.userId, name: userTable.name, email: userTable.email, role: membership.role, since: membership.createdAt })
    .from(membership)
    .innerJoin(userTable, eq(userTable.id, membership.userId))
    .where(eq(membership.organisationId, org.id))
    .orderBy(asc(membership.role), asc(userTable.name));

  return {
    organisation: org,
    members: rows.map((m) => ({ ...m, email: canManage ? m.email : null, isViewer: m.userId === actor?.id })),
    canManage,
  };
}
