import { and, asc, eq, inArray } from "drizzle-orm";
import type { Actor } from "~/context.ts";
import type { Db } from "~/db/client.server.ts";
import { membership, organisation } from "~/db/schema/index.ts";
import { OFFERING_KINDS } from "~/domain/guest-lessons/vocabulary.ts";
import type { OrganisationKind } from "~/domain/organisations/vocabulary.ts";

// The rule lives in the domain (the onboarding import checks it too); kept exported here for this area's callers.
export { OFFERING_KINDS };

export type ActingOrganisation = {
  id: string;
  slug: string;
  name: string;
  kind: OrganisationKind;
  place: string | null;
  lat: number | null;
  lon: number | null;
  educationLevels: string[];
  /** Schools: whether it requires a VOG of guest teachers. */
  vogRequired: boolean;
  role: "member" | "admin";
};

/** The organisations of the given kinds (without kinds: of every kind) in which the user is a member, by name. */
export async function actingOrganisations(db: Db, user: Actor, kinds?: readonly OrganisationKind[]): Promise<ActingOrganisation[]> {
  if (!user) return [];
  return db
    .select({
      id: organisation.id,
      slug: organisation.slug,
      name: organisation.name,
      kind: organisation.kind,
      place: organisation.place,
      lat: organisation.lat,
      lon: organisation.lon,
      educationLevels: organisation.educationLevels,
      vogRequired: organisation.vogRequired,
      role: membership.role,
    })
    .from(membership)
    .innerJoin(organisation, eq(membership.organisationId, organisation.id))
    .where(and(eq(membership.userId, user.id), kinds ? inArray(organisation.kind, [...kinds]) : undefined))
    .orderBy(asc(organisation.name));
}
