import { and, eq, inArray } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { projectTeamMember } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { leadMove } from "~/domain/programmes/team.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";
import { lockTeam } from "./helpers/programme-rows.server.ts";

/**
 * Makes one seat the team's lead. The index allows one lead per team at every
 * moment (it is not deferrable), so within one transaction the old lead is
 * cleared first and the new one set after; nobody sees a team with two leads
 * or, from outside, one with none.
 */
export async function assignTeamLead(services: Pick<AppServices, "db">, actor: Actor, input: { programmeSlug: string; projectPosition: number; seatId: string }) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  await requireManageProgramme(services.db, actor, found.networkId);
  if (!isUuid(input.seatId)) throw notFound("programmes.team.notFound");
  await services.db.transaction(async (tx) => {
    const team = await lockTeam(tx, found.id);
    const move = leadMove(team, input.seatId);
    if (!move) throw notFound("programmes.team.notFound");
    if (move.clear.length) {
      await tx
        .update(projectTeamMember)
        .set({ isLead: false })
        .where(and(eq(projectTeamMember.projectId, found.id), inArray(projectTeamMember.id, move.clear)));
    }
    if (move.set) await tx.update(projectTeamMember).set({ isLead: true }).where(and(eq(projectTeamMember.projectId, found.id), eq(projectTeamMember.id, move.set)));
  });
}
