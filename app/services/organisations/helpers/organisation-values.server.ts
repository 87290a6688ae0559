import type { OrganisationInput } from "~/domain/organisations/form.ts";
import { organisationProblems } from "~/domain/organisations/form.ts";
import { invalid } from "~/domain/errors.ts";
import { CHECK_VIOLATION, pgError } from "~/db/errors.ts";

/** Refuses input that breaks a rule, pointing at the first broken field. */
export function assertValidOrganisation(input: OrganisationInput) {
  const [field, message] = Object.entries(organisationProblems(input))[0] ?? [];
  if (field && message) throw invalid(message, field);
}

/** The columns an organisation's own fields map to (coordinates are set by the caller). */
export function organisationColumns(input: OrganisationInput) {
  return {
    name: input.name,
    kind: input.kind,
    description: input.description,
    website: input.website,
    email: input.email,
    street: input.street,
    postcode: input.postcode,
    place: input.place,
    educationLevels: input.educationLevels,
    sector: input.sector,
    sizeClass: input.sizeClass,
    kvkNumber: input.kvkNumber,
  };
}

/** The KvK CHECK constraint is the last guard; its refusal reads like the form's own. */
export function rethrowConstraint(error: unknown): never {
  const info = pgError(error);
  if (info?.code === CHECK_VIOLATION && info.constraint === "organisation_kvk_format") throw invalid("organisations.form.kvk.invalid", "kvkNumber");
  throw error;
}
