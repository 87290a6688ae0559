import { sql } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { queryRows, type Db } from "~/db/client.server.ts";
import { membership, organisation } from "~/db/schema/index.ts";
import { conflict, forbidden } from "~/domain/errors.ts";
import type { OrganisationInput } from "~/domain/organisations/form.ts";
import { slugCandidate, slugify } from "~/domain/common/slug.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { getAddressLocation } from "./get-address-location.server.ts";
import { provinceFor } from "./helpers/province.server.ts";
import { assertValidOrganisation, organisationColumns, rethrowConstraint } from "./helpers/organisation-values.server.ts";

export type PossibleDuplicate = { slug: string; name: string; place: string | null };

export type CreateOrganisationResult =
  | { status: "created"; id: string; slug: string; located: boolean }
  | { status: "possible_duplicates"; candidates: PossibleDuplicate[] };

// Trigram similarity above which two names in one place probably mean the same organisation.
const DUPLICATE_SIMILARITY = 0.6;
const MAX_SLUG_ATTEMPTS = 200;

/**
 * Creates an organisation; its creator becomes its admin in the same
 * transaction. Unless the user confirmed, a very similar name in the same
 * place stops creation and comes back as possible duplicates.
 */
export async function createOrganisation(
  services: AppServices,
  actor: Actor,
  { values: input, confirmDuplicate = false }: { values: OrganisationInput; confirmDuplicate?: boolean },
): Promise<CreateOrganisationResult> {
  if (!actor) throw forbidden();
  await requirePermission(services.db, actor, "organisation.create");
  assertValidOrganisation(input);

  if (!confirmDuplicate) {
    const candidates = await findPossibleDuplicates(services.db, input.name, input.place);
    if (candidates.length) return { status: "possible_duplicates", candidates };
  }

  // Outside the transaction: a slow geocoder must not hold locks.
  const located = await getAddressLocation(services, actor, input);
  const now = services.clock.now();
  const base = slugify(input.name);

  try {
    return await services.db.transaction(async (tx) => {
      // The unique constraint decides which slug is free, also against a concurrent insert.
      for (let attempt = 1; attempt <= MAX_SLUG_ATTEMPTS; attempt++) {
        const [row] = await tx
          .insert(organisation)
          .values({
            ...organisationColumns(input),
            slug: slugCandidate(base, attempt),
            province: provinceFor(input.province, located),
            lat: located?.lat ?? null,
            lon: located?.lon ?? null,
            createdAt: now,
            updatedAt: now,
          })
          .onConflictDoNothing({ target: organisation.slug })
          .returning({ id: organisation.id, slug: organisation.slug });
        if (!row) continue;
        await tx.insert(membership).values({ userId: actor.id, organisationId: row.id, role: "admin", createdAt: now });
        return { status: "created" as const, id: row.id, slug: row.slug, located: located !== null };
      }
      throw conflict("organisations.form.slugExhausted", "name");
    });
  } catch (error) {
    return rethrowConstraint(error, services.db, input);
  }
}

async function findPossibleDuplicates(db: Db, name: string, place: string): Promise<PossibleDuplicate[]> {
  // `%` lets the trigram index find candidates; the explicit threshold then decides.
  return queryRows<PossibleDuplicate>(
    db,
    sql`select slug, name, place from ${organisation}
        where name % ${name}
          and similarity(name, ${name}) > ${DUPLICATE_SIMILARITY}
          and th_unaccent(lower(coalesce(place, ''))) = th_unaccent(lower(${place}))
        order by similarity(name, ${name}) desc, name
        limit 5`,
  );
}
