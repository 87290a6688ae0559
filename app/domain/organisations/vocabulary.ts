import { ORGANISATION_KINDS, type OrganisationKind } from "../networks/vocabulary.ts";

export { ORGANISATION_KINDS, type OrganisationKind };

/** Company size classes (employees), as the CBS groups them. */
export const SIZE_CLASSES = ["1-9", "10-49", "50-249", "250+"] as const;
export type SizeClass = (typeof SIZE_CLASSES)[number];

export const MEMBER_ROLES = ["member", "admin"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

/**
 * Which kinds have fields of their own; the form groups them in fieldsets.
 * Providers (ROC, OBM) offer education levels as schools do, and work for a
 * sector as companies do.
 */
export const LEVEL_KINDS = ["school", "provider"] as const satisfies readonly OrganisationKind[];
export const SECTOR_KINDS = ["company", "provider"] as const satisfies readonly OrganisationKind[];
export const COMPANY_KINDS = ["company"] as const satisfies readonly OrganisationKind[];
