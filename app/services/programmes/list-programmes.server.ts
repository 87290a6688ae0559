import { asc, count, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { network, networkCoordinator, programme, programmeGoal, project } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";
import { startableNetworks } from "./helpers/access.server.ts";

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
 * Every programme, with the ones the actor coordinates first, and whether they may start one.
 * Signed-in users only: updates name people.
 */
export async function listProgrammes(services: Pick<AppServices, "db">, actor: Actor): Promise<{ programmes: ProgrammeSummary[]; canStart: boolean }> {
  if (!actor) throw forbidden();
  const { db } = services;
  const rows = await db
    .select({
      id: programme.id,
      slug: programme.slug,
      name: programme.name,
      networkId: programme.networkId,
      networkName: network.name,
      networkSlug: network.slug,
      startsOn: programme.startsOn,
      endsOn: programme.endsOn,
    })
    .from(programme)
    .innerJoin(network, eq(network.id, programme.networkId))
    .orderBy(asc(programme.name));
  const goalCounts = new Map(
    (await db.select({ id: programmeGoal.programmeId, n: count() }).from(programmeGoal).groupBy(programmeGoal.programmeId)).map((r) => [r.id, r.n]),
  );
  const projectCounts = new Map((await db.select({ id: project.programmeId, n: count() }).from(project).groupBy(project.programmeId)).map((r) => [r.id, r.n]));
  const mine = new Set(
    (await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, actor.id))).map((r) => r.id),
  );
  const programmes = rows
    .map((r) => ({
      slug: r.slug,
      name: r.name,
      networkName: r.networkName,
      networkSlug: r.networkSlug,
      startsOn: r.startsOn,
      endsOn: r.endsOn,
      goals: goalCounts.get(r.id) ?? 0,
      projects: projectCounts.get(r.id) ?? 0,
      coordinated: mine.has(r.networkId),
    }))
    .sort((a, b) => Number(b.coordinated) - Number(a.coordinated));
  return { programmes, canStart: (await startableNetworks(db, actor)).length > 0 };
}
