import { eq } from "drizzle-orm";
import type { AppServices, SessionUser } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { addressChanged, type OrganisationInput } from "~/domain/organisations/form.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { locateAddress, provinceFor } from "./locate-address.server.ts";
import { findOrganisationBySlug } from "./find-organisation.server.ts";
import { refreshSearchTextForPartner } from "~/services/networks/proposal-support.server.ts";
import { updateOrganisationOffers } from "~/services/guest-lessons/update-organisation-offers.server.ts";
import { assertValidOrganisation, organisationColumns, rethrowConstraint } from "./organisation-values.server.ts";

/**
 * Saves an organisation's fields. The slug stays as it was, so links keep
 * working after a rename. A new address is looked up again; old coordinates
 * would put the organisation in the wrong spot on the map.
 */
export async function updateOrganisation(services: AppServices, user: SessionUser | null, slug: string, input: OrganisationInput) {
  const { id: organisationId } = await findOrganisationBySlug(services.db, slug);
  await requirePermission(services.db, user, "organisation.edit", { organisationId });
  assertValidOrganisation(input);

  const [current] = await services.db
    .select({ name: organisation.name, street: organisation.street, postcode: organisation.postcode, place: organisation.place, lat: organisation.lat, lon: organisation.lon })
    .from(organisation)
    .where(eq(organisation.id, organisationId))
    .limit(1);
  if (!current) throw notFound("organisations.notFound");

  // An address that could not be found before may be found now (the geocoder learns, the user fixed a typo).
  const relocate = addressChanged(current, input) || current.lat === null;
  const located = relocate ? await locateAddress(services, input) : null;
  const coordinates = relocate ? { lat: located?.lat ?? null, lon: located?.lon ?? null } : { lat: current.lat, lon: current.lon };

  try {
    return await services.db.transaction(async (tx) => {
      const [row] = await tx
        .update(organisation)
        .set({ ...organisationColumns(input), province: provinceFor(input.province, located), ...coordinates, updatedAt: services.clock.now() })
        .where(eq(organisation.id, organisationId))
        .returning({ slug: organisation.slug, lat: organisation.lat });
      if (!row) throw notFound("organisations.notFound");
      // Networks are found by their partners' names too (ADR 007).
      await refreshSearchTextForPartner(tx, organisationId);
      // Offers carry the organisation's place, coordinates and name for matching and search.
      if (relocate || current.name !== input.name || current.place !== input.place) await updateOrganisationOffers({ db: tx }, user, { organisationId });
      return { slug: row.slug, located: row.lat !== null };
    });
  } catch (error) {
    rethrowConstraint(error);
  }
}
