import { asc, count, desc, eq, inArray, sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator, programme, programmeGoal, project } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { paging, type Paging } from "~/domain/common/paging.ts";

export const PROGRAMMES_PAGE_SIZE = 20;
import { choosableNetworks } from "~/services/common/network-choice.server.ts";
import { ofActiveNetwork } from "~/services/common/networks.server.ts";

export type ProgrammeSummary = {
  slug: string;
  name: string;
  networkName: string;
  networkSlug: string;
  startsOn: string;
  endsOn: string;
  goals: number;
  projects: number;
  coordinated: boolean;
};

/**
 * Every programme, with the ones the actor coordinates first, a page at a time, and whether they
 * may start one. Signed-in users only: updates name people. An archived network's programmes are
 * left out for everyone, administrators too, as its news is (ADR 019).
 */
export async function listProgrammes(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { page?: number } = {},
): Promise<Paging & { programmes: ProgrammeSummary[]; canStart: boolean }> {
  if (!actor) throw forbidden();
  const { db } = services;
  const mine = (await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, actor.id))).map((r) => r.id);
  const coordinated = mine.length ? sql<boolean>`${inArray(programme.networkId, mine)}` : sql<boolean>`false`;
  const inUse = ofActiveNetwork(programme.networkId);
  const [{ total } = { total: 0 }] = await db.select({ total: count() }).from(programme).where(inUse);
  const page = paging(input.page ?? 1, total, PROGRAMMES_PAGE_SIZE);
  const rows = await db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      networkName: network.name,
      networkSlug: network.slug,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
      coordinated,
    })
    .from(programme)
    .innerJoin(network, eq(network.id, programme.networkId))
    .where(inUse)
    // PostgreSQL refuses a constant in ORDER BY (`false` when the actor coordinates nothing).
    .orderBy(...(mine.length ? [desc(coordinated)] : []), asc(programme.name), asc(programme.id))
    .limit(PROGRAMMES_PAGE_SIZE)
    .offset(page.offset);
  // Goals and projects are counted for the programmes on this page only.
  const ids = rows.map((r) => r.id);
  const goalCounts = new Map(
    ids.length ? (await db.select({ id: programmeGoal.programmeId, n: count() }).from(programmeGoal).where(inArray(programmeGoal.programmeId, ids)).groupBy(programmeGoal.programmeId)).map((r) => [r.id, r.n]) : [],
  );
  const projectCounts = new Map(
    ids.length ? (await db.select({ id: project.programmeId, n: count() }).from(project).where(inArray(project.programmeId, ids)).groupBy(project.programmeId)).map((r) => [r.id, r.n]) : [],
  );
  const programmes = rows.map((r) => ({
    slug: r.slug,
    name: r.name,
    networkName: r.networkName,
    networkSlug: r.networkSlug,
    startsOn: r.startsOn,
    endsOn: r.endsOn,
    goals: goalCounts.get(r.id) ?? 0,
    projects: projectCounts.get(r.id) ?? 0,
    coordinated: Boolean(r.coordinated),
  }));
  // Whether one network may be chosen, not the list of them: an administrator's would be every network.
  const startable = await choosableNetworks(db, actor, "programme.manage");
  const canStart = startable ? (await db.select({ id: network.id }).from(network).where(startable).limit(1)).length > 0 : false;
  return { ...page, programmes, canStart };
}
