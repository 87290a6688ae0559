import { asc, desc, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import {
  milestone,
  network,
  organisation,
  programme,
  programmeGoal,
  progressUpdate,
  project,
  projectGoal,
  projectTeamMember,
  user as userTable,
} from "~/db/schema/index.ts";
import { forbidden, notFound } from "~/domain/errors.ts";
import { daysLate, milestoneState, projectRag, sortMilestones, sortProjectsForDashboard, worstRag, type MilestoneState, type Rag } from "~/domain/programmes/status.ts";
import { amsterdamToday } from "~/domain/common/time.ts";
import { mayReadNetwork } from "~/services/common/networks.server.ts";
import { canManageProgramme } from "./access.server.ts";

export type MilestoneView = { id: string; title: string; dueOn: string; state: MilestoneState; daysLate: number; doneAt: Date | null };
export type UpdateView = { id: string; text: string; rag: Rag; createdAt: Date; author: string | null };
export type TeamSeat = { id: string; organisation: string | null; organisationSlug: string | null; role: string; isLead: boolean; person: string | null };
export type ProjectView = {
  id: string;
  position: number;
  title: string;
  description: string;
  goalPositions: number[];
  rag: Rag | null;
  lateCount: number;
  latestUpdate: UpdateView | null;
  updates: UpdateView[];
  milestones: MilestoneView[];
  team: TeamSeat[];
};
export type GoalView = { id: string; position: number; title: string; indicator: string | null; target: string | null; rag: Rag | null; projects: ProjectView[] };
export type ProgrammeView = {
  id: string;
  slug: string;
  name: string;
  description: string;
  funders: string;
  startsOn: string;
  endsOn: string;
  network: { id: string; slug: string; name: string };
  today: string;
  goals: GoalView[];
  projects: ProjectView[];
  overdue: (MilestoneView & { projectPosition: number; projectTitle: string })[];
  canManage: boolean;
};

/**
 * An archived network's programme answers as that network's page does: for administrators only
 * (`mayReadNetwork`), its own coordinators included. A merged network's programmes moved with it.
 */
async function programmeRow(services: Pick<AppServices, "db">, actor: Actor, slug: string) {
  const [row] = await services.db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      description: programme.description,
      funders: programme.funders,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      networkId: network.id,
      networkSlug: network.slug,
      networkName: network.name,
      networkArchivedAt: network.archivedAt,
    })
    .from(programme)
    .innerJoin(network, eq(network.id, programme.networkId))
    .where(eq(programme.slug, slug))
    .limit(1);
  if (!row) throw notFound("programmes.notFound");
  if (!(await mayReadNetwork(services.db, actor, { archivedAt: row.networkArchivedAt, movedTo: null }))) throw notFound("programmes.notFound");
  return row;
}

/**
 * Everything about one programme as its dashboard and its report show it:
 * each goal with its projects and their status, overdue milestones first.
 */
export async function programmeView(services: Pick<AppServices, "db" | "clock">, actor: Actor, slug: string): Promise<ProgrammeView> {
  if (!actor) throw forbidden();
  const { db } = services;
  const row = await programmeRow(services, actor, slug);
  const today = amsterdamToday(services.clock.now());

  const goals = await db.select().from(programmeGoal).where(eq(programmeGoal.programmeId, row.id)).orderBy(asc(programmeGoal.position));
  const projects = await db.select().from(project).where(eq(project.programmeId, row.id)).orderBy(asc(project.position));
  const projectIds = projects.map((p) => p.id);
  const none = projectIds.length === 0;
  const links = none ? [] : await db.select().from(projectGoal).where(inArray(projectGoal.projectId, projectIds));
  const milestones = none ? [] : await db.select().from(milestone).where(inArray(milestone.projectId, projectIds));
  const updates = none
    ? []
    : await db
        .select({ id: progressUpdate.id, projectId: progressUpdate.projectId, text: progressUpdate.text, rag: progressUpdate.rag, createdAt: progressUpdate.createdAt, author: userTable.name })
        .from(progressUpdate)
        .leftJoin(userTable, eq(userTable.id, progressUpdate.authorId))
        .where(inArray(progressUpdate.projectId, projectIds))
        .orderBy(desc(progressUpdate.createdAt));
  const seats = none
    ? []
    : await db
        .select({
          id: projectTeamMember.id,
          projectId: projectTeamMember.projectId,
          organisation: organisation.name,
          organisationSlug: organisation.slug,
          role: projectTeamMember.role,
          isLead: projectTeamMember.isLead,
          person: userTable.name,
        })
        .from(projectTeamMember)
        .leftJoin(organisation, eq(organisation.id, projectTeamMember.organisationId))
        .leftJoin(userTable, eq(userTable.id, projectTeamMember.userId))
        .where(inArray(projectTeamMember.projectId, projectIds))
        .orderBy(desc(projectTeamMember.isLead), asc(organisation.name));

  const goalPosition = new Map(goals.map((g) => [g.id, g.position]));
  const views: ProjectView[] = projects.map((p) => {
    const own = sortMilestones(
      milestones.filter((m) => m.projectId === p.id),
      today,
    ).map((m) => ({ id: m.id, title: m.title, dueOn: m.dueOn, state: milestoneState(m, today), daysLate: milestoneState(m, today) === "late" ? daysLate(m.dueOn, today) : 0, doneAt: m.doneAt }));
    const ownUpdates = updates.filter((u) => u.projectId === p.id).map(({ projectId: _p, ...u }) => u);
    return {
      id: p.id,
      position: p.position,
      title: p.title,
      description: p.description,
      goalPositions: links
        .filter((l) => l.projectId === p.id)
        .map((l) => goalPosition.get(l.goalId)!)
        .sort((a, b) => a - b),
      rag: projectRag(ownUpdates),
      lateCount: own.filter((m) => m.state === "late").length,
      latestUpdate: ownUpdates[0] ?? null,
      updates: ownUpdates,
      milestones: own,
      team: seats.filter((s) => s.projectId === p.id).map(({ projectId: _p, ...s }) => s),
    };
  });

  const goalViews: GoalView[] = goals.map((g) => {
    const mine = sortProjectsForDashboard(views.filter((p) => p.goalPositions.includes(g.position)));
    return { id: g.id, position: g.position, title: g.title, indicator: g.indicator, target: g.target, rag: worstRag(mine.map((p) => p.rag)), projects: mine };
  });

  const overdue = views
    .flatMap((p) => p.milestones.filter((m) => m.state === "late").map((m) => ({ ...m, projectPosition: p.position, projectTitle: p.title })))
    .sort((a, b) => a.dueOn.localeCompare(b.dueOn) || a.projectPosition - b.projectPosition);

  return {
    id: row.id,
    slug: row.slug,
    name: row.name,
    description: row.description,
    funders: row.funders,
    startsOn: row.startsOn,
    endsOn: row.endsOn,
    network: { id: row.networkId, slug: row.networkSlug, name: row.networkName },
    today,
    goals: goalViews,
    projects: views,
    overdue,
    canManage: await canManageProgramme(db, actor, row.networkId),
  };
}

/** The programme as its editor pages show it; only for those who run it. */
export async function managedProgrammeView(services: Pick<AppServices, "db" | "clock">, actor: Actor, slug: string): Promise<ProgrammeView> {
  const view = await programmeView(services, actor, slug);
  if (!view.canManage) throw forbidden();
  return view;
}

/** One project of a programme view, by the number from the address. */
export function projectOf(view: ProgrammeView, position: number): ProjectView {
  const found = view.projects.find((p) => p.position === position);
  if (!found) throw notFound("programmes.project.notFound");
  return found;
}
