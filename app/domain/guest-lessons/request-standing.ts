import type { OrganisationKind } from "../organisations/vocabulary.ts";

/**
 * Where someone looking at a published offer stands towards requesting it. Only a teacher of a
 * school requests an offer (a request is a school's); everyone else hears what would make it
 * possible, and that differs: a visitor signs in, a person in no organisation yet adds their
 * school, and a member of a company, provider or other non-school organisation cannot request it
 * through that organisation at all. Before, the last two heard the same "add your school", which
 * told a company's employee looking at another company's offer something untrue.
 */
export type RequestStanding = "visitor" | "noOrganisation" | "notASchool" | "teacher";

export function requestStanding(viewer: { signedIn: boolean; organisationKinds: readonly OrganisationKind[] }): RequestStanding {
  if (!viewer.signedIn) return "visitor";
  if (viewer.organisationKinds.includes("school")) return "teacher";
  return viewer.organisationKinds.length > 0 ? "notASchool" : "noOrganisation";
}
