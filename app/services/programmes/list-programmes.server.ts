import { asc, count, eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { network, networkCoordinator, programme, programmeGoal, project } from "~/db/schema/index.ts";
import { forbidden } from "~/domain/errors.ts";

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

/** Every programme, with the ones the user coordinates first. Signed-in users only: updates name people. */
export async function listProgrammes(services: Pick<AppServices, "db">, user: SessionUser | null): Promise<ProgrammeSummary[]> {
  if (!user) throw forbidden();
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
    (await db.select({ id: networkCoordinator.networkId }).from(networkCoordinator).where(eq(networkCoordinator.userId, user.id))).map((r) => r.id),
  );
  return rows
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
}
