import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation, projectTeamMember, user as userTable } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { newSeatIsLead } from "~/domain/programmes/team.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { findProject } from "./helpers/programme-rows.server.ts";
import { lockTeam } from "./helpers/programme-rows.server.ts";

/**
 * A seat in a project's development team: an organisation with a role
 * ("docent techniek", "hybride docent"), optionally a platform user found by
 * e-mail address. The first seat of a team becomes its lead.
 */
export async function assignTeamMember(
  services: Pick<AppServices, "db">,
  actor: Actor,
  input: { programmeSlug: string; projectPosition: number; organisationId: string; role: string; email?: string | null },
) {
  const found = await findProject(services, input.programmeSlug, input.projectPosition);
  await requireManageProgramme(services.db, actor, found.networkId);
  const role = input.role.trim();
  if (!role) throw invalid("programmes.team.roleRequired", "role");
  if (!isUuid(input.organisationId)) throw invalid("programmes.team.organisationRequired", "organisationId");
  const [org] = await services.db.select({ id: organisation.id }).from(organisation).where(eq(organisation.id, input.organisationId)).limit(1);
  if (!org) throw invalid("programmes.team.organisationRequired", "organisationId");
  let userId: string | null = null;
  const email = input.email?.trim().toLowerCase();
  if (email) {
    const [person] = await services.db.select({ id: userTable.id }).from(userTable).where(eq(userTable.email, email)).limit(1);
    if (!person) throw invalid("programmes.team.emailUnknown", "email");
    userId = person.id;
  }
  return services.db.transaction(async (tx) => {
    const team = await lockTeam(tx, found.id);
    const [seat] = await tx
      .insert(projectTeamMember)
      .values({ projectId: found.id, organisationId: org.id, userId, role, isLead: newSeatIsLead(team) })
      .returning({ id: projectTeamMember.id, isLead: projectTeamMember.isLead });
    return seat!;
  });
}
