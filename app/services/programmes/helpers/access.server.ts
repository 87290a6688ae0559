import { and, eq, or } from "drizzle-orm";
import type { Db } from "~/db/client.server.ts";
import type { Actor } from "~/context.ts";
import { membership, projectTeamMember } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { can } from "~/services/common/permissions.server.ts";

/**
 * The programmes area's scope rule: coordinators of a programme's network (and platform admins) run
 * it; its project teams report on their projects.
 */

/** Coordinators of the programme's network and platform admins run the programme. */
export async function canManageProgramme(db: Db, actor: Actor, networkId: string): Promise<boolean> {
  return can(db, actor, "programme.manage", { networkId });
}

/**
 * A member of a project's development team: the seat names the actor, or the
 * actor belongs to an organisation that holds a seat in the team.
 */
export async function isTeamMember(db: Db, actor: Actor, projectId: string): Promise<boolean> {
  if (!actor) return false;
  const rows = await db
    .select({ id: projectTeamMember.id })
    .from(projectTeamMember)
    .leftJoin(membership, and(eq(membership.organisationId, projectTeamMember.organisationId), eq(membership.userId, actor.id)))
    .where(and(eq(projectTeamMember.projectId, projectId), or(eq(projectTeamMember.userId, actor.id), eq(membership.userId, actor.id))))
    .limit(1);
  return rows.length > 0;
}

/** Who may post a progress update or mark a milestone done: coordinators and team members. */
export async function canReportOnProject(db: Db, actor: Actor, networkId: string, projectId: string): Promise<boolean> {
  if (!actor) return false;
  return (await canManageProgramme(db, actor, networkId)) || (await isTeamMember(db, actor, projectId));
}

/** Throws forbidden (→ 403) unless the actor runs the programme of this network. */
export async function requireManageProgramme(db: Db, actor: Actor, networkId: string): Promise<void> {
  if (!(await canManageProgramme(db, actor, networkId))) throw forbidden();
}
