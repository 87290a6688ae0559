/**
 * The directory's shared vocabularies. Stored values are stable codes (or,
 * for free-text facets, Dutch labels as networks publish them); the UI labels
 * for codes are message keys in app/i18n/messages/directory.ts.
 */
export const NETWORK_KINDS = ["pps", "technet", "technohub", "mkb_deal", "sto_regio", "platform", "other"] as const;
export type NetworkKind = (typeof NETWORK_KINDS)[number];

export const LOCATION_KINDS = ["physical", "mobile", "online"] as const;
export type LocationKind = (typeof LOCATION_KINDS)[number];

export const ORGANISATION_KINDS = ["school", "company", "provider", "public_body", "fund"] as const;
export type OrganisationKind = (typeof ORGANISATION_KINDS)[number];

export { PROVINCES, type Province } from "../common/provinces.ts";

/** Education sectors as the national PPS directory names them. */
export const EDUCATION_SECTORS = ["po", "vo", "vmbo", "havo/vwo", "mbo", "hbo", "wo"] as const;

/** Education levels a school offers (finer than sectors). */
export const EDUCATION_LEVELS = [
  "po",
  "vmbo-basis",
  "vmbo-kader",
  "vmbo-gemengd",
  "vmbo-theoretisch",
  "havo",
  "vwo",
  "mbo-1",
  "mbo-2",
  "mbo-3",
  "mbo-4",
  "hbo",
] as const;

/** Dutch top sectors and related economic sectors. */
export const ECONOMIC_SECTORS = [
  "High Tech Systems & Materialen",
  "Agri & Food",
  "Bouw",
  "Installatietechniek",
  "Maakindustrie",
  "Energie",
  "Logistiek",
  "Chemie",
  "Water & Maritiem",
  "ICT",
] as const;

export const COOPERATION_TYPES = ["Mbo-initiatief", "Hbo-initiatief", "Vo-initiatief", "Regionaal netwerk", "Sectorinitiatief"] as const;
