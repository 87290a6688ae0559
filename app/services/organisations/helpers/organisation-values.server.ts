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
    brin: input.brin,
    branchNumber: input.branchNumber,
  };
}

/** The identifiers' CHECK constraints are the last guard; their refusal reads like the form's own. */
const CONSTRAINTS = new Map<string, readonly [message: string, field: string]>([
  ["organisation_kvk_format", ["organisations.form.kvk.invalid", "kvkNumber"]],
  ["organisation_brin_format", ["organisations.form.brin.invalid", "brin"]],
  ["organisation_branch_number_format", ["organisations.form.branchNumber.invalid", "branchNumber"]],
]);

export function rethrowConstraint(error: unknown): never {
  const info = pgError(error);
  const refusal = info?.code === CHECK_VIOLATION && info.constraint ? CONSTRAINTS.get(info.constraint) : undefined;
  if (refusal) throw invalid(refusal[0], refusal[1]);
  throw error;
}
