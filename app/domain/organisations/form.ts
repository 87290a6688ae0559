import { z } from "zod";
import { ECONOMIC_SECTORS, EDUCATION_LEVELS, PROVINCES } from "../networks/vocabulary.ts";
import { normaliseBranchNumber, normaliseBrin, normaliseKvk } from "./identifiers.ts";
import { normalisePostcode } from "./postcode.ts";
import { COMPANY_KINDS, LEVEL_KINDS, ORGANISATION_KINDS, SECTOR_KINDS, SIZE_CLASSES, type OrganisationKind } from "./vocabulary.ts";
import { normaliseWebsite } from "./website.ts";

/**
 * What an organisation is made of, as the use-cases take it: trimmed,
 * normalised, and with only the fields that belong to its kind (a school has
 * no KvK number, a company no education levels or BRIN).
 */
export type OrganisationInput = {
  name: string;
  kind: OrganisationKind;
  description: string;
  website: string | null;
  email: string | null;
  street: string | null;
  postcode: string | null;
  place: string;
  province: string | null;
  educationLevels: string[];
  sector: string | null;
  sizeClass: string | null;
  kvkNumber: string | null;
  /** Schools and providers: DUO's BRIN number and, for one location, its vestigingsnummer. */
  brin: string | null;
  branchNumber: string | null;
};

const hasLevels = (kind: string | undefined) => (LEVEL_KINDS as readonly string[]).includes(kind ?? "");
const isCompany = (kind: string | undefined) => (COMPANY_KINDS as readonly string[]).includes(kind ?? "");
const hasSector = (kind: string | undefined) => (SECTOR_KINDS as readonly string[]).includes(kind ?? "");

const M = {
  nameRequired: "organisations.form.name.required",
  kindRequired: "organisations.form.kind.required",
  placeRequired: "organisations.form.place.required",
  postcode: "organisations.form.postcode.invalid",
  kvk: "organisations.form.kvk.invalid",
  brin: "organisations.form.brin.invalid",
  branchNumber: "organisations.form.branchNumber.invalid",
  branchWithoutBrin: "organisations.form.branchNumber.withoutBrin",
  website: "organisations.form.website.invalid",
  email: "organisations.form.email.invalid",
  province: "organisations.form.province.invalid",
  sector: "organisations.form.sector.invalid",
  sizeClass: "organisations.form.sizeClass.invalid",
  levels: "organisations.form.educationLevels.invalid",
  tooLong: "organisations.form.tooLong",
} as const;

const LIMITS = { name: 200, description: 5000, street: 200, place: 100, email: 254, website: 500 } as const;

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const emptyToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : trimmed(v));

const optional = <T extends z.ZodType>(schema: T) => z.preprocess(emptyToUndefined, schema.optional());
const optionalString = (max: number) => optional(z.string().max(max, M.tooLong));
const optionalChoice = (values: readonly [string, ...string[]], message: string) => optional(z.enum(values, { error: message }));

const postcodeField = optional(
  z.string().transform((v, ctx) => {
    const normal = normalisePostcode(v);
    if (normal === null) ctx.issues.push({ code: "custom", message: M.postcode, input: v });
    return normal ?? v;
  }),
);

const websiteField = optional(
  z.string().max(LIMITS.website, M.tooLong).transform((v, ctx) => {
    const normal = normaliseWebsite(v);
    if (normal === null) ctx.issues.push({ code: "custom", message: M.website, input: v });
    return normal ?? v;
  }),
);

/** A text field read by one of the identifier functions; text it cannot read gets the message. */
const identifierField = (normalise: (text: string) => string | null, message: string) =>
  optional(
    z.string().transform((v, ctx) => {
      const normal = normalise(v);
      if (normal === null) ctx.issues.push({ code: "custom", message, input: v });
      return normal ?? v;
    }),
  );

const kvkField = identifierField(normaliseKvk, M.kvk);

const commonSchema = z.object({
  name: z.preprocess(trimmed, z.string({ error: M.nameRequired }).min(1, M.nameRequired).max(LIMITS.name, M.tooLong)),
  kind: z.enum(ORGANISATION_KINDS, { error: M.kindRequired }),
  description: optionalString(LIMITS.description),
  website: websiteField,
  email: optional(z.email({ error: M.email }).max(LIMITS.email, M.tooLong)),
  street: optionalString(LIMITS.street),
  postcode: postcodeField,
  place: z.preprocess(trimmed, z.string({ error: M.placeRequired }).min(1, M.placeRequired).max(LIMITS.place, M.tooLong)),
  province: optionalChoice(PROVINCES, M.province),
});

const list = <T extends z.ZodType<string>>(item: T) =>
  z.preprocess((v) => (v === undefined ? [] : Array.isArray(v) ? v : [v]), z.array(item));

// A vestigingsnummer names a location of the school the BRIN names; alone it names nothing.
const levelsSchema = z
  .object({
    educationLevels: list(z.enum(EDUCATION_LEVELS, { error: M.levels })),
    brin: identifierField(normaliseBrin, M.brin),
    branchNumber: identifierField(normaliseBranchNumber, M.branchNumber),
  })
  .refine((v) => v.branchNumber === undefined || v.brin !== undefined, { message: M.branchWithoutBrin, path: ["branchNumber"] });
const sectorSchema = z.object({ sector: optionalChoice(ECONOMIC_SECTORS, M.sector) });
const companySchema = z.object({ sizeClass: optionalChoice(SIZE_CLASSES, M.sizeClass), kvkNumber: kvkField });
const kindOnly = z.object({ kind: z.enum(ORGANISATION_KINDS) });

/**
 * The organisation form. Without JavaScript the form posts the fields of
 * every kind; only those of the chosen kind are checked and kept, and all
 * messages (common and kind-specific) come back in one round.
 */
export const organisationFormSchema = z.unknown().transform((raw, ctx): OrganisationInput & { confirmDuplicate: boolean } => {
  const common = commonSchema.safeParse(raw);
  const kind = kindOnly.safeParse(raw).data?.kind;
  const levels = hasLevels(kind) ? levelsSchema.safeParse(raw) : null;
  const sector = hasSector(kind) ? sectorSchema.safeParse(raw) : null;
  const company = isCompany(kind) ? companySchema.safeParse(raw) : null;
  const parts = [common, levels, sector, company];
  for (const part of parts) {
    for (const issue of part?.error?.issues ?? []) ctx.issues.push({ code: "custom", message: issue.message, path: issue.path, input: raw });
  }
  if (!common.success || parts.some((part) => part && !part.success)) return z.NEVER;
  const c = common.data;
  const confirm = (raw as Record<string, unknown> | null)?.confirmDuplicate;
  return {
    name: c.name,
    kind: c.kind,
    description: c.description ?? "",
    website: c.website ?? null,
    email: c.email?.toLowerCase() ?? null,
    street: c.street ?? null,
    postcode: c.postcode ?? null,
    place: c.place,
    province: c.province ?? null,
    educationLevels: levels?.data ? [...new Set(levels.data.educationLevels)] : [],
    sector: sector?.data?.sector ?? null,
    sizeClass: company?.data?.sizeClass ?? null,
    kvkNumber: company?.data?.kvkNumber ?? null,
    brin: levels?.data?.brin ?? null,
    branchNumber: levels?.data?.branchNumber ?? null,
    confirmDuplicate: confirm === "on" || confirm === "true" || confirm === "1",
  };
});

/**
 * The same rules for input that did not come through the form (imports,
 * tests, other use-cases): field → message key for every broken rule.
 */
export function organisationProblems(input: OrganisationInput): Record<string, string> {
  const problems: Record<string, string> = {};
  if (!input.name.trim()) problems.name = M.nameRequired;
  else if (input.name.length > LIMITS.name) problems.name = M.tooLong;
  if (!(ORGANISATION_KINDS as readonly string[]).includes(input.kind)) problems.kind = M.kindRequired;
  if (!input.place.trim()) problems.place = M.placeRequired;
  if (input.postcode !== null && normalisePostcode(input.postcode) !== input.postcode) problems.postcode = M.postcode;
  if (input.website !== null && normaliseWebsite(input.website) === null) problems.website = M.website;
  if (input.email !== null && !z.email().safeParse(input.email).success) problems.email = M.email;
  if (input.province !== null && !(PROVINCES as readonly string[]).includes(input.province)) problems.province = M.province;
  if (input.kvkNumber !== null && (!isCompany(input.kind) || normaliseKvk(input.kvkNumber) !== input.kvkNumber)) problems.kvkNumber = M.kvk;
  if (input.brin !== null && (!hasLevels(input.kind) || normaliseBrin(input.brin) !== input.brin)) problems.brin = M.brin;
  if (input.branchNumber !== null) {
    if (!hasLevels(input.kind) || normaliseBranchNumber(input.branchNumber) !== input.branchNumber) problems.branchNumber = M.branchNumber;
    else if (input.brin === null) problems.branchNumber = M.branchWithoutBrin;
  }
  if (input.sector !== null && (!hasSector(input.kind) || !(ECONOMIC_SECTORS as readonly string[]).includes(input.sector))) problems.sector = M.sector;
  if (input.sizeClass !== null && (!isCompany(input.kind) || !(SIZE_CLASSES as readonly string[]).includes(input.sizeClass)))
    problems.sizeClass = M.sizeClass;
  if (input.educationLevels.length && (!hasLevels(input.kind) || input.educationLevels.some((l) => !(EDUCATION_LEVELS as readonly string[]).includes(l))))
    problems.educationLevels = M.levels;
  return problems;
}

/** Whether the address that locates an organisation on the map differs. */
type AddressLike = { street: string | null; postcode: string | null; place: string | null };

export function addressChanged(before: AddressLike, after: AddressLike): boolean {
  const same = (a: string | null, b: string | null) => (a ?? "").trim().toLowerCase() === (b ?? "").trim().toLowerCase();
  return !same(before.street, after.street) || !same(before.postcode, after.postcode) || !same(before.place, after.place);
}
