import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { programme } from "~/db/schema/index.ts";
import { requireManageProgramme } from "./helpers/access.server.ts";
import { checkProgrammeDetails, type ProgrammeDetails } from "./helpers/details.server.ts";
import { findProgramme } from "./helpers/programme-rows.server.ts";

/**
 * The coordinator changes a programme's name, description, funders or
 * period. The slug stays, so links in reports and mails keep working.
 */
export async function updateProgramme(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: { slug: string } & ProgrammeDetails) {
  const { slug } = input;
  const row = await findProgramme(services.db, slug);
  await requireManageProgramme(services.db, actor, row.networkId);
  checkProgrammeDetails(input);
  await services.db
    .update(programme)
    .set({
      name: input.name.trim(),
      description: input.description?.trim() ?? "",
      funders: input.funders?.trim() ?? "",
      startsOn: input.startsOn,
      endsOn: input.endsOn,
      updatedAt: services.clock.now(),
    })
    .where(eq(programme.id, row.id));
  return { slug: row.slug };
}
