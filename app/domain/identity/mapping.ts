/**
 * Who a federated sign-in makes a person, and when an existing account may be linked (ADR 033).
 * Plain rules over plain values: app/services/identity/helpers/federated-sign-in.server.ts reads
 * the provider and its domains and asks these.
 */

export const FEDERATION_KINDS = ["entree", "surfconext", "entra", "google", "oidc", "saml"] as const;
export type FederationKind = (typeof FEDERATION_KINDS)[number];
export const PROTOCOLS = ["oidc", "saml"] as const;
export type Protocol = (typeof PROTOCOLS)[number];
export const MEMBER_ROLES = ["member", "admin"] as const;
export type MemberRole = (typeof MEMBER_ROLES)[number];

export type ProviderPolicy = {
  organisationId: string | null;
  defaultRole: MemberRole;
  trustedForLinking: boolean;
  disabled: boolean;
  /** The provider's e-mail domains, each with the organisation it names (a federation's school), or null. */
  domains: ReadonlyArray<{ domain: string; organisationId: string | null }>;
};

/** What better-auth is about to do with the identity (its `validateUserInfo` actions). */
export type FederatedAction = "create-user" | "link-account" | "sign-in";

/** Codes better-auth puts in the error address; /inloggen turns them into a Dutch message (app/domain/identity/errors.ts). */
export type RefusalCode = "sso_provider_disabled" | "sso_unknown_domain" | "sso_link_refused";

/** The part after the last @, lower case; null when there is none. */
export function emailDomain(email: string): string | null {
  const at = email.lastIndexOf("@");
  if (at < 1 || at === email.length - 1) return null;
  return email.slice(at + 1).trim().toLowerCase();
}

/** A domain as an administrator may type it: letters, digits, hyphens, dots, at least one dot, no @. */
export function isDomainName(value: string): boolean {
  return /^(?=.{3,253}$)([a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,63}$/.test(value);
}

/**
 * Whether the sign-in may go on. A new person needs an address at one of the provider's domains
 * (the administrator's mapping is what makes them someone here); an existing password account
 * is linked only with proof from both sides: the identity provider asserts the address is
 * verified, and the administrator marked the provider as speaking for that domain.
 * (better-auth itself also requires the local account's address to be verified.)
 */
export function federatedSignInRefusal(
  policy: ProviderPolicy,
  action: FederatedAction,
  identity: { email: string; emailVerified: boolean },
): RefusalCode | null {
  if (policy.disabled) return "sso_provider_disabled";
  if (action === "sign-in") return null;
  const domain = emailDomain(identity.email);
  const mapped = domain !== null && policy.domains.some((d) => d.domain === domain);
  if (!mapped) return action === "link-account" ? "sso_link_refused" : "sso_unknown_domain";
  if (action === "link-account" && !(identity.emailVerified && policy.trustedForLinking)) return "sso_link_refused";
  return null;
}

/**
 * The organisation and role a person gets on their first federated sign-in: the domain's own
 * organisation (a federation's school), else the provider's (one organisation's own Entra or
 * Google), else none — a federation's domain without an organisation signs people in without a
 * membership, which a coordinator can give later.
 */
export function membershipFor(policy: ProviderPolicy, email: string): { organisationId: string; role: MemberRole } | null {
  const domain = emailDomain(email);
  const row = domain === null ? undefined : policy.domains.find((d) => d.domain === domain);
  const organisationId = row?.organisationId ?? policy.organisationId;
  if (!organisationId) return null;
  return { organisationId, role: policy.defaultRole };
}

/** The provider id better-auth puts in its callback address: the administrator's name made safe, unique by a suffix. */
export function providerIdFor(name: string, suffix: string): string {
  const base = name
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40);
  return `${base || "idp"}-${suffix}`;
}
