import type { OrganisationInput } from "~/domain/organisations/form.ts";
import { organisationProblems } from "~/domain/organisations/form.ts";
import { and, eq, sql } from "drizzle-orm";
import { conflict, invalid } from "~/domain/errors.ts";
import type { Db } from "~/db/client.server.ts";
import { CHECK_VIOLATION, isUniqueViolation, pgError } from "~/db/errors.ts";
import { organisation } from "~/db/schema/index.ts";

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

/** The unique index on BRIN and vestigingsnummer (app/db/schema/organisations.ts). */
const BRIN_UNIQUE = "organisation_brin_unique";

/**
 * A constraint's refusal in the form's words: the identifiers' CHECK constraints beside their field,
 * and a BRIN (with vestigingsnummer) another organisation holds beside the BRIN field, naming that
 * organisation. Naming it tells nothing new: every profile, with its BRIN, is public at
 * /organisaties/:slug, and a school that finds its number taken needs to know by whom to report it.
 * Called after the transaction rolled back, so the look-up runs on the pool.
 */
export async function rethrowConstraint(error: unknown, db: Db, input: OrganisationInput): Promise<never> {
  const info = pgError(error);
  const refusal = info?.code === CHECK_VIOLATION && info.constraint ? CONSTRAINTS.get(info.constraint) : undefined;
  if (refusal) throw invalid(refusal[0], refusal[1]);
  if (input.brin && isUniqueViolation(error, BRIN_UNIQUE)) {
    const [holder] = await db
      .select({ name: organisation.name })
      .from(organisation)
      .where(and(eq(organisation.brin, input.brin), sql`coalesce(${organisation.branchNumber}, '') = ${input.branchNumber ?? ""}`))
      .limit(1);
    const key = input.branchNumber ? "organisations.form.brin.takenBranch" : "organisations.form.brin.taken";
    throw holder ? conflict(key, "brin", { name: holder.name }) : conflict(`${key}Unnamed`, "brin");
  }
  throw error;
}
