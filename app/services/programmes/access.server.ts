import { and, eq, or } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import type { SessionUser } from "~/context.ts";
import { membership, projectTeamMember } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";
import { listCoordinatedNetworks } from "~/services/events/list-coordinated-networks.server.ts";

/** Coordinators of the programme's network and platform admins run the programme. */
export async function canManageProgramme(db: Db, user: SessionUser | null, networkId: string): Promise<boolean> {
  return can(db, user, "programme.manage", { networkId });
}

/**
 * A member of a project's development team: the seat names the user, or the
 * user belongs to an organisation that holds a seat in the team.
 */
export async function isTeamMember(db: Db, user: SessionUser | null, projectId: string): Promise<boolean> {
  if (!user) return false;
  const rows = await db
    .select({ id: projectTeamMember.id })
    .from(projectTeamMember)
    .leftJoin(membership, and(eq(membership.organisationId, projectTeamMember.organisationId), eq(membership.userId, user.id)))
    .where(and(eq(projectTeamMember.projectId, projectId), or(eq(projectTeamMember.userId, user.id), eq(membership.userId, user.id))))
    .limit(1);
  return rows.length > 0;
}

/** Who may post a progress update or mark a milestone done: coordinators and team members. */
export async function canReportOnProject(db: Db, user: SessionUser | null, networkId: string, projectId: string): Promise<boolean> {
  if (!user) return false;
  return (await canManageProgramme(db, user, networkId)) || (await isTeamMember(db, user, projectId));
}

/** Throws forbidden (→ 403) unless the user runs the programme of this network. */
export async function requireManageProgramme(db: Db, user: SessionUser | null, networkId: string): Promise<void> {
  if (!(await canManageProgramme(db, user, networkId))) throw forbidden();
}

/** Whether the user may start a programme: they coordinate a network, or run the platform. */
export async function canStartProgramme(db: Db, user: SessionUser | null): Promise<boolean> {
  return (await listCoordinatedNetworks({ db }, user)).length > 0;
}
