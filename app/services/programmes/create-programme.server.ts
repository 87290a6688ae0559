import type { Actor, AppServices } from "~/context.ts";
import { programme } from "~/db/schema/index.ts";
import { invalid } from "~/domain/errors.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { RESERVED_PROGRAMME_SLUGS } from "~/domain/programmes/programme-rules.ts";
import { choosableNetworks, requireChoosable } from "~/services/common/network-choice.server.ts";
import { checkProgrammeDetails, type ProgrammeDetails } from "./helpers/details.server.ts";

/**
 * A coordinator starts a programme for one of the networks they coordinate
 * (a platform admin, for any network). The network is checked in the insert's transaction, its
 * row share-locked, so a programme is never started for a network archived or merged a moment
 * earlier. The slug comes from the name; which one is free is decided by the unique constraint,
 * not by a look-up first.
 */
export async function createProgramme(services: Pick<AppServices, "db" | "clock">, actor: Actor, input: ProgrammeDetails & { networkId: string }) {
  const choosable = await choosableNetworks(services.db, actor, "programme.manage");
  return services.db.transaction(async (tx) => {
    await requireChoosable(tx, choosable, input.networkId);
    checkProgrammeDetails(input);
    const base = slugify(input.name);
    const now = services.clock.now();
    for (let attempt = 1; attempt < 50; attempt++) {
      const slug = slugCandidate(base, attempt);
      if (RESERVED_PROGRAMME_SLUGS.has(slug)) continue;
      // A taken slug is skipped, not raised: an error would end the transaction.
      const [row] = await tx
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
        .onConflictDoNothing({ target: programme.slug })
        .returning({ slug: programme.slug });
      if (row) return { slug: row.slug };
    }
    throw invalid("programmes.form.nameTaken", "name");
  });
}
