import { normaliseBrinWithBranch } from "~/domain/organisations/identifiers.ts";

/**
 * What a school federation says about a person, read into what Technohub needs: an address, a
 * name, which organisation (by BRIN or by the institution's domain) and whether the person may
 * come in at all.
 *
 * Entree Federatie (Kennisnet; primary and secondary schools) always sends uid, givenName or sn,
 * eduPersonAffiliation (student, employee, staff, affiliate), nlEduPersonHomeOrganizationId (the
 * BRIN: 4 characters, or 6 with the vestigingsnummer) and nlEduPersonHomeOrganization (the
 * school's name); `mail` only once the school has signed an attribute release policy.
 * SURFconext (mbo, hbo) sends mail, givenName, sn, displayName, eduPersonAffiliation and
 * schacHomeOrganization, the institution's domain.
 *
 * IdPs name the same attribute in three spellings: the bare name, the SAML 1 style
 * `urn:mace:dir:attribute-def:<name>` (and SCHAC's `urn:mace:terena.org:attribute-def:`), and the
 * SAML 2 OID `urn:oid:…`. All three are read.
 */
export const FEDERATIONS = ["entree", "surfconext", "saml"] as const;
export type Federation = (typeof FEDERATIONS)[number];

/** Entree Federatie and SURFconext place people by their attributes; any other SAML IdP is "saml". */
export function federationOfKind(kind: string): Federation {
  return kind === "entree" || kind === "surfconext" ? kind : "saml";
}

/** samlify's extract: an attribute's value is one string or a list of them. */
export type SamlAttributes = Readonly<Record<string, string | readonly string[] | undefined>>;

const OIDS: Readonly<Record<string, string>> = {
  "0.9.2342.19200300.100.1.1": "uid",
  "0.9.2342.19200300.100.1.3": "mail",
  "2.5.4.3": "cn",
  "2.5.4.4": "sn",
  "2.5.4.42": "givenName",
  "2.16.840.1.113730.3.1.241": "displayName",
  "1.3.6.1.4.1.5923.1.1.1.1": "eduPersonAffiliation",
  "1.3.6.1.4.1.5923.1.1.1.9": "eduPersonScopedAffiliation",
  "1.3.6.1.4.1.25178.1.2.9": "schacHomeOrganization",
};

/** Microsoft's claim names (Entra ID and AD FS speaking SAML for a company). */
const CLAIMS: Readonly<Record<string, string>> = {
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress": "mail",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/givenname": "givenName",
  "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/surname": "sn",
  "http://schemas.microsoft.com/identity/claims/displayname": "displayName",
};

const PREFIXES = [
  "urn:mace:dir:attribute-def:",
  "urn:mace:terena.org:attribute-def:",
  "urn:mace:surffederatie.nl:attribute-def:",
  "urn:mace:kennisnet.nl:attribute-def:",
];

/** The attribute's bare name (`mail`, `nlEduPersonHomeOrganizationId`), whatever spelling the IdP used. */
export function attributeName(name: string): string {
  if (name.startsWith("urn:oid:")) return OIDS[name.slice("urn:oid:".length)] ?? name;
  if (name in CLAIMS) return CLAIMS[name]!;
  const prefix = PREFIXES.find((p) => name.startsWith(p));
  return prefix ? name.slice(prefix.length) : name;
}

/** What better-auth hands on (unknown values) narrowed to SAML attributes: strings and lists of strings. */
export function samlAttributesOf(profile: Readonly<Record<string, unknown>>): SamlAttributes {
  const attributes: Record<string, string | string[]> = {};
  for (const [name, value] of Object.entries(profile)) {
    if (typeof value === "string") attributes[name] = value;
    else if (Array.isArray(value)) attributes[name] = value.filter((v): v is string => typeof v === "string");
  }
  return attributes;
}

/** Every value of every spelling of one attribute, trimmed, empty ones left out. */
export function attributeValues(attributes: SamlAttributes, name: string): string[] {
  const values: string[] = [];
  for (const [key, value] of Object.entries(attributes)) {
    if (attributeName(key) !== name || value === undefined) continue;
    for (const v of typeof value === "string" ? [value] : value) {
      const trimmed = v.trim();
      if (trimmed && !values.includes(trimmed)) values.push(trimmed);
    }
  }
  return values;
}

function first(attributes: SamlAttributes, name: string): string | null {
  return attributeValues(attributes, name)[0] ?? null;
}

/** Where a person belongs: the school's BRIN (Entree) or the institution's domain (SURFconext, e-mail). */
export type OrganisationKey =
  | { kind: "brin"; brin: string; branchNumber: string | null }
  | { kind: "domain"; domain: string };

/**
 * A BRIN as the federation sends it: "11ZZ" or, with the vestigingsnummer, "11ZZ03". Case and
 * spaces are forgiven; anything else is not a BRIN.
 */
export function parseBrin(value: string): { brin: string; branchNumber: string | null } | null {
  return normaliseBrinWithBranch(value);
}

const DOMAIN = /^(?=.{1,253}$)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/;

/** A domain as schacHomeOrganization or the part after "@" gives it, lower case, or null. */
export function parseDomain(value: string): string | null {
  const domain = value.trim().toLowerCase().replace(/\.$/, "");
  return DOMAIN.test(domain) ? domain : null;
}

/**
 * eduPersonAffiliation as Technohub reads it. Pupils are minors and the platform never holds
 * them (domain rule); students of mbo and hbo are not who the platform is for either. A person
 * comes in only as staff: employee, staff or faculty.
 */
export type Affiliation = "staff" | "student" | "other";

export function affiliationOf(values: readonly string[]): Affiliation | null {
  const words = values.map((v) => v.toLowerCase().split("@")[0]!);
  if (words.length === 0) return null;
  if (words.some((w) => w === "employee" || w === "staff" || w === "faculty")) return "staff";
  if (words.includes("student")) return "student";
  return "other";
}

export type FederationProfile = {
  email: string;
  name: string;
  /** The institution's name as the federation gives it (Entree), for messages. */
  organisationName: string | null;
  organisationKey: OrganisationKey;
};

/** Why a federation's person is not let in; each has its own message on the sign-in page. */
export const FEDERATION_REFUSALS = [
  "email_missing",
  "student",
  "not_staff",
  "affiliation_missing",
  "organisation_missing",
] as const;
export type FederationRefusal = (typeof FEDERATION_REFUSALS)[number];

export type FederationReading =
  | { ok: true; profile: FederationProfile }
  | { ok: false; refusal: FederationRefusal; organisationName: string | null };

function emailOf(attributes: SamlAttributes): string | null {
  const mail = first(attributes, "mail") ?? first(attributes, "email") ?? first(attributes, "emailAddress");
  if (!mail) return null;
  const email = mail.toLowerCase();
  return /^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) ? email : null;
}

function nameOf(attributes: SamlAttributes, email: string): string {
  const given = first(attributes, "givenName");
  const family = first(attributes, "sn");
  const both = [given, family].filter(Boolean).join(" ");
  return both || first(attributes, "displayName") || first(attributes, "cn") || email;
}

function organisationKeyOf(attributes: SamlAttributes, federation: Federation, email: string): OrganisationKey | null {
  // Entree's BRIN first: one school board's schools share a mail domain, their BRINs differ.
  if (federation !== "surfconext") {
    for (const value of attributeValues(attributes, "nlEduPersonHomeOrganizationId")) {
      const parsed = parseBrin(value);
      if (parsed) return { kind: "brin", ...parsed };
    }
  }
  const scoped = attributeValues(attributes, "eduPersonScopedAffiliation").map((v) => v.split("@")[1] ?? "");
  for (const value of [...attributeValues(attributes, "schacHomeOrganization"), ...scoped]) {
    const domain = parseDomain(value);
    if (domain) return { kind: "domain", domain };
  }
  if (federation === "entree") return null;
  const domain = parseDomain(email.split("@")[1] ?? "");
  return domain ? { kind: "domain", domain } : null;
}

/**
 * Reads one person's attributes from a federation. Refused: no usable e-mail address (Entree
 * sends it only after an attribute release policy), a pupil or student, no staff affiliation,
 * or no organisation to put the person in (Entree without a valid BRIN).
 */
export function readFederationAttributes(attributes: SamlAttributes, federation: Federation): FederationReading {
  const organisationName = first(attributes, "nlEduPersonHomeOrganization");
  const refuse = (refusal: FederationRefusal): FederationReading => ({ ok: false, refusal, organisationName });

  const affiliation = affiliationOf(attributeValues(attributes, "eduPersonAffiliation"));
  // A generic SAML IdP (a company's) need not send eduPersonAffiliation; the federations always do.
  if (affiliation === null && federation !== "saml") return refuse("affiliation_missing");
  if (affiliation === "student") return refuse("student");
  if (affiliation === "other") return refuse("not_staff");

  const email = emailOf(attributes);
  if (!email) return refuse("email_missing");
  const organisationKey = organisationKeyOf(attributes, federation, email);
  if (!organisationKey) return refuse("organisation_missing");
  return { ok: true, profile: { email, name: nameOf(attributes, email), organisationName, organisationKey } };
}

/**
 * The attribute better-auth takes the address from (its mapping names one): each federation's
 * own spelling. Whichever it takes, sign-in checks it against what this file reads.
 */
export function emailAttributeOf(federation: Federation): string {
  if (federation === "entree") return "mail";
  if (federation === "surfconext") return "urn:mace:dir:attribute-def:mail";
  return "http://schemas.xmlsoap.org/ws/2005/05/identity/claims/emailaddress";
}

export type SchoolCandidate = { id: string; brin: string; branchNumber: string | null };

/**
 * The organisation a BRIN names. A vestigingsnummer picks that location when it is registered,
 * else the school as a whole (no vestigingsnummer); a bare BRIN picks the school as a whole, or
 * its only registered location. Several locations and no whole school: no guess.
 */
export function pickSchool(candidates: readonly SchoolCandidate[], key: { brin: string; branchNumber: string | null }): string | null {
  const same = candidates.filter((c) => c.brin === key.brin);
  // Two organisations claiming one BRIN (or one location) is no answer: nobody is placed by a guess
  // between them, so a second registration of a school's number cannot take its staff.
  const only = (list: readonly SchoolCandidate[]) => (list.length === 1 ? list[0]!.id : list.length > 1 ? "ambiguous" : null);
  const branch = key.branchNumber === null ? null : only(same.filter((c) => c.branchNumber === key.branchNumber));
  const picked = branch ?? only(same.filter((c) => c.branchNumber === null)) ?? (key.branchNumber === null ? only(same) : null);
  return picked === "ambiguous" ? null : picked;
}

/**
 * The school a federated sign-in places a person in (ADR 033). Only an organisation the platform
 * verified counts: anyone may register an organisation and type a BRIN, and an unverified holder
 * of a school's number must not receive its staff. An unverified match is told apart from no match,
 * so the person learns their school is there but not yet confirmed.
 */
export function placeInSchool(
  candidates: readonly (SchoolCandidate & { verified: boolean })[],
  key: { brin: string; branchNumber: string | null },
): { ok: true; organisationId: string } | { ok: false; refusal: "unknown_school" | "unverified_school" } {
  const id = pickSchool(
    candidates.filter((c) => c.verified),
    key,
  );
  if (id) return { ok: true, organisationId: id };
  return { ok: false, refusal: pickSchool(candidates, key) ? "unverified_school" : "unknown_school" };
}

/**
 * samlify hands better-auth every attribute, but better-auth passes on to provisioning only those
 * its mapping names (`extraFields`). Naming each spelling after itself passes them on unchanged.
 */
export function federationAttributePassThrough(): Record<string, string> {
  const names = [
    "mail",
    "givenName",
    "sn",
    "displayName",
    "cn",
    "eduPersonAffiliation",
    "eduPersonScopedAffiliation",
    "schacHomeOrganization",
    "nlEduPersonHomeOrganizationId",
    "nlEduPersonHomeOrganization",
  ];
  const spellings = names.flatMap((name) => [
    name,
    ...PREFIXES.map((prefix) => `${prefix}${name}`),
    ...Object.entries(OIDS)
      .filter(([, n]) => n === name)
      .map(([oid]) => `urn:oid:${oid}`),
    ...Object.keys(CLAIMS).filter((claim) => CLAIMS[claim] === name),
  ]);
  return Object.fromEntries(spellings.map((s) => [s, s]));
}
