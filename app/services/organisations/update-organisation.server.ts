import { eq } from "drizzle-orm";
import type { Actor, AppServices } from "~/context.ts";
import { organisation } from "~/db/schema/index.ts";
import { notFound } from "~/domain/errors.ts";
import { addressChanged, type OrganisationInput } from "~/domain/organisations/form.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { getAddressLocation } from "./get-address-location.server.ts";
import { provinceFor } from "./helpers/province.server.ts";
import { organisationBySlug } from "./helpers/organisation-by-slug.server.ts";
import { updatePartnerSearchText } from "~/services/networks/update-partner-search-text.server.ts";
import { updateOrganisationOffers } from "~/services/guest-lessons/update-organisation-offers.server.ts";
import { assertValidOrganisation, organisationColumns, rethrowConstraint } from "./helpers/organisation-values.server.ts";

/**
 * Saves an organisation's fields. The slug stays as it was, so links keep
 * working after a rename. A new address is looked up again; old coordinates
 * would put the organisation in the wrong spot on the map.
 */
export async function updateOrganisation(services: AppServices, actor: Actor, input: { slug: string; values: OrganisationInput }) {
  const { values } = input;
  const { id: organisationId } = await organisationBySlug(services.db, input.slug);
  await requirePermission(services.db, actor, "organisation.edit", { organisationId });
  assertValidOrganisation(values);

  const [current] = await services.db
    .select({
      name: organisation.name,
      street: organisation.street,
      postcode: organisation.postcode,
      place: organisation.place,
      lat: organisation.lat,
      lon: organisation.lon,
      brin: organisation.brin,
      branchNumber: organisation.branchNumber,
    })
    .from(organisation)
    .where(eq(organisation.id, organisationId))
    .limit(1);
  if (!current) throw notFound("organisations.notFound");

  // An address that could not be found before may be found now (the geocoder learns, the user fixed a typo).
  const relocate = addressChanged(current, values) || current.lat === null;
  const located = relocate ? await getAddressLocation(services, actor, values) : null;
  const coordinates = relocate ? { lat: located?.lat ?? null, lon: located?.lon ?? null } : { lat: current.lat, lon: current.lon };

  // The administrator's verification vouches for the BRIN too: Entree places a school's staff by it
  // in a verified organisation only (ADR 033). A new number is one nobody confirmed, so it is checked again.
  const brinChanged = (current.brin ?? null) !== (values.brin ?? null) || (current.branchNumber ?? null) !== (values.branchNumber ?? null);
  try {
    return await services.db.transaction(async (tx) => {
      const [row] = await tx
        .update(organisation)
        .set({
          ...organisationColumns(values),
          province: provinceFor(values.province, located),
          ...coordinates,
          ...(brinChanged ? { verifiedAt: null } : {}),
          updatedAt: services.clock.now(),
        })
        .where(eq(organisation.id, organisationId))
        .returning({ slug: organisation.slug, lat: organisation.lat });
      if (!row) throw notFound("organisations.notFound");
      // Networks are found by their partners' names too (ADR 007).
      await updatePartnerSearchText({ db: tx }, actor, { organisationId });
      // Offers carry the organisation's place, coordinates and name for matching and search.
      if (relocate || current.name !== values.name || current.place !== values.place) await updateOrganisationOffers({ db: tx }, actor, { organisationId });
      return { slug: row.slug, located: row.lat !== null };
    });
  } catch (error) {
    return rethrowConstraint(error, services.db, values);
  }
}
