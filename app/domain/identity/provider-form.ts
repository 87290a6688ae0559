import { z } from "zod";
import { FEDERATION_KINDS, isDomainName, MEMBER_ROLES, PROTOCOLS } from "./mapping.ts";
import { samlSettingsShape } from "./saml-settings.ts";

const trimmed = (v: unknown) => (typeof v === "string" ? v.trim() : v);
const optional = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Domains as an administrator types them: separated by commas, spaces or lines, any case, an @ before them forgiven. */
export function parseDomains(value: string): string[] {
  return [...new Set(value.split(/[\s,;]+/).map((d) => d.replace(/^@/, "").toLowerCase()).filter(Boolean))];
}

const domains = z.preprocess(
  (v) => (typeof v === "string" ? parseDomains(v) : v),
  z
    .array(z.string().refine(isDomainName, { error: "identity.domains.invalid" }), { error: "identity.domains.required" })
    .min(1, "identity.domains.required")
    .max(50, "identity.domains.tooMany"),
);

/** Scopes separated by spaces; `openid` is always asked, whatever the administrator typed. */
const scopes = z.preprocess(
  (v) => {
    const words = typeof v === "string" ? v.split(/[\s,]+/).filter(Boolean) : [];
    return [...new Set(["openid", ...(words.length ? words : ["email", "profile"])])];
  },
  z.array(z.string().regex(/^[\x21\x23-\x5B\x5D-\x7E]{1,100}$/, "identity.scopes.invalid")).max(20, "identity.scopes.invalid"),
);

/**
 * The administrator's form for an identity provider. `protocol` says which settings follow:
 * OpenID Connect now; SAML adds its own fields to this union (ADR 033).
 */
const common = {
  name: z.preprocess(trimmed, z.string({ error: "identity.name.required" }).min(1, "identity.name.required").max(120, "identity.tooLong")),
  kind: z.enum(FEDERATION_KINDS, { error: "identity.kind.required" }),
  domains,
  organisation: z.preprocess(optional, z.string().max(200, "identity.tooLong").nullable()),
  defaultRole: z.enum(MEMBER_ROLES, { error: "identity.role.required" }),
  trustedForLinking: z.preprocess((v) => v === "1" || v === "on", z.boolean()),
};

export const oidcProviderSchema = z.object({
  ...common,
  protocol: z.literal(PROTOCOLS[0]),
  issuer: z.preprocess(trimmed, z.url({ protocol: /^https?$/, error: "identity.issuer.invalid" }).max(500, "identity.tooLong")),
  clientId: z.preprocess(trimmed, z.string({ error: "identity.clientId.required" }).min(1, "identity.clientId.required").max(500, "identity.tooLong")),
  /** Empty on an edit keeps the stored secret: it is never shown again. */
  clientSecret: z.preprocess(optional, z.string().max(2000, "identity.tooLong").nullable()),
  scopes,
});

export const samlProviderSchema = z.object({
  ...common,
  protocol: z.literal(PROTOCOLS[1]),
  ...samlSettingsShape,
});

export const providerFormSchema = z.discriminatedUnion("protocol", [oidcProviderSchema, samlProviderSchema], { error: "identity.protocol.required" });
export type ProviderForm = z.infer<typeof providerFormSchema>;

/** The sign-in form: an address at the school or company. */
export const federatedSignInSchema = z.object({
  email: z.preprocess(trimmed, z.email({ error: "identity.signIn.emailInvalid" }).max(254, "identity.signIn.emailInvalid")),
  redirectTo: z.string().max(500).optional(),
});

/** The other way in on /inloggen/organisatie: a federation picked from the list, no address typed. */
export const federationSignInSchema = z.object({
  federation: z.string().min(1, "identity.signIn.unknownFederation").max(200, "identity.signIn.unknownFederation"),
  redirectTo: z.string().max(500).optional(),
});

/**
 * The providers offered by name on the sign-in page: the federations (Entree, SURFconext), one
 * hub for many schools whose teachers may not know which address their school registered. An
 * organisation's own Entra ID or Google is found by the address instead: listing every company's
 * would tell visitors who our members are.
 */
export const LISTED_FEDERATION_KINDS = ["entree", "surfconext"] as const;
