import type { Actor, AppServices } from "~/context.ts";
import { programme } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { RESERVED_PROGRAMME_SLUGS } from "~/domain/programmes/programme-rules.ts";
import { isUniqueViolation } from "~/db/errors.ts";
import { choosableNetworks, requireChoosable } from "~/services/common/network-choice.server.ts";
import { checkProgrammeDetails, type ProgrammeDetails } from "./helpers/details.server.ts";

/**
 * A coordinator starts a programme for one of the networks they coordinate
 * (a platform admin, for any network). The slug comes from the name; which
 * one is free is decided by the unique constraint, not by a look-up first.
 */
export async function createProgramme(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: ProgrammeDetails & { networkId: string }) {
  await requireChoosable(services.db, await choosableNetworks(services.db, actor, "programme.manage_everywhere"), input.networkId);
  checkProgrammeDetails(input);
  const base = slugify(input.name);
  const now = services.clock.now();
  for (let attempt = 1; attempt < 50; attempt++) {
    const slug = slugCandidate(base, attempt);
    if (RESERVED_PROGRAMME_SLUGS.has(slug)) continue;
    try {
      const [row] = await services.db
        .insert(programme)
        .values({
          slug,
          networkId: input.networkId,
          name: input.name.trim(),
          description: input.description?.trim() ?? "",
          funders: input.funders?.trim() ?? "",
          startsOn: input.startsOn,
          endsOn: input.endsOn,
          createdAt: now,
          updatedAt: now,
        })
        .returning({ slug: programme.slug });
      return { slug: row!.slug };
    } catch (error) {
      if (isUniqueViolation(error, "programme_slug_unique")) continue;
      throw error;
    }
  }
  throw invalid("programmes.form.nameTaken", "name");
}
