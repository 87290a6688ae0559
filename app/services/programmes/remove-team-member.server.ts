import { and, eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { projectTeamMember } from "~/db/schema/index.ts";
import { conflict, notFound } from "~/domain/errors.ts";
import { seatRemovalError } from "~/domain/programmes/team.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";
import { lockTeam } from "./helpers/programme-rows.server.ts";

/** Removes a seat from the team; the lead leaves only as the last one (make someone else lead first). */
export async function removeTeamMember(services: Pick<AppServices, "db">, actor: Actor, input: { programmeSlug: string; projectPosition: number; seatId: string }) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  await requireManageProgramme(services.db, actor, found.networkId);
  if (!isUuid(input.seatId)) throw notFound("programmes.team.notFound");
  await services.db.transaction(async (tx) => {
    const team = await lockTeam(tx, found.id);
    if (!team.some((s) => s.id === input.seatId)) throw notFound("programmes.team.notFound");
    const error = seatRemovalError(team, input.seatId);
    if (error) throw conflict(error);
    await tx.delete(projectTeamMember).where(and(eq(projectTeamMember.id, input.seatId), eq(projectTeamMember.projectId, found.id)));
  });
}
