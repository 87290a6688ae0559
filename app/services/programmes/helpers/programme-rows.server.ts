import { and, eq } from "drizzle-orm";
import type { AppServices } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { programme, programmeGoal, project, projectTeamMember } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import type { Numbered } from "~/domain/programmes/numbering.ts";

/**
 * Rows the programme editor's use-cases share: finding a programme or a project, locking them
 * while numbers change, and writing new numbers past the unique index.
 */
export async function findProgramme(db: Db, slug: string) {
  const [row] = await db.select({ id: programme.id, slug: programme.slug, networkId: programme.networkId }).from(programme).where(eq(programme.slug, slug)).limit(1);
  if (!row) throw notFound("programmes.notFound");
  return row;
}

/**
 * Takes the programme's row lock: goals and projects are numbered per
 * programme, so two coordinators adding or moving at once wait for each other
 * instead of colliding on the same number.
 */
export async function lockProgramme(tx: Db, programmeId: string) {
  await tx.select({ id: programme.id }).from(programme).where(eq(programme.id, programmeId)).for("update");
}

/**
 * The team's seats under the project's row lock, so two lead moves cannot interleave. A project
 * removed since the caller found it is not found (rather than a seat that fails its foreign key).
 */
export async function lockTeam(tx: Db, projectId: string) {
  const [row] = await tx.select({ id: project.id }).from(project).where(eq(project.id, projectId)).for("update");
  if (!row) throw notFound("programmes.project.notFound");
  return tx.select({ id: projectTeamMember.id, isLead: projectTeamMember.isLead }).from(projectTeamMember).where(eq(projectTeamMember.projectId, projectId));
}

/**
 * Applies a renumbering plan inside the caller's transaction. PostgreSQL
 * checks a non-deferrable unique index row by row, so swapping 2 and 3
 * directly would collide: the changed rows first step aside to negative
 * numbers (never used otherwise), then take their new ones.
 */
export async function applyNumbering(tx: Db, kind: "goal" | "project", programmeId: string, plan: readonly Numbered[]) {
  const write = (id: string, position: number) =>
    kind === "goal"
      ? tx.update(programmeGoal).set({ position }).where(and(eq(programmeGoal.id, id), eq(programmeGoal.programmeId, programmeId)))
      : tx.update(project).set({ position }).where(and(eq(project.id, id), eq(project.programmeId, programmeId)));
  for (const [i, p] of plan.entries()) await write(p.id, -(i + 1));
  for (const p of plan) await write(p.id, p.position);
}

/**
 * The project's row with its programme's network, for use-cases that change a project. The
 * number comes from the address (Number(params.nr)); one that is no project number ("abc", 1.5,
 * beyond the integer column) finds no project instead of failing the query.
 */
export async function findProject(services: Pick<AppServices, "db">, programmeSlug: string, position: number) {
  if (!Number.isInteger(position) || position < 1 || position > 2_147_483_647) throw notFound("programmes.project.notFound");
  const [row] = await services.db
    .select({ id: project.id, title: project.title, position: project.position, programmeId: programme.id, networkId: programme.networkId })
    .from(project)
    .innerJoin(programme, eq(programme.id, project.programmeId))
    .where(and(eq(programme.slug, programmeSlug), eq(project.position, position)))
    .limit(1);
  if (!row) throw notFound("programmes.project.notFound");
  return row;
}
