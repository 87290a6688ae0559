import { sql } from "drizzle-orm";
import { boolean, check, index, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { user } from "./auth.ts";
import { organisation } from "./organisations.ts";

/**
 * better-auth's SSO plugin keeps one row per identity provider here (names as its drizzle
 * adapter expects: model `ssoProvider`). `oidc_config` / `saml_config` are the plugin's JSON
 * text, the client secret included; only the identity services write this table (the plugin's
 * own registration endpoints are switched off, see app/auth/auth.server.ts). `domain` is the
 * plugin's single domain; ours, several per provider, are in `identity_provider_domain`.
 */
export const ssoProvider = pgTable("sso_provider", {
  id: text("id").primaryKey(),
  issuer: text("issuer").notNull(),
  oidcConfig: text("oidc_config"),
  samlConfig: text("saml_config"),
  userId: text("user_id").references(() => user.id, { onDelete: "set null" }),
  providerId: text("provider_id").notNull().unique(),
  organizationId: text("organization_id"),
  domain: text("domain").notNull(),
});

/**
 * Ours beside the plugin's row: what the provider is (a federation such as Entree or
 * SURFconext, or one organisation's own Entra or Google), which organisation and role a person
 * gets on first sign-in, whether an existing password account may be linked, and whether it
 * is switched off. Mapping rules: app/domain/identity/mapping.ts (ADR 033).
 */
export const identityProvider = pgTable(
  "identity_provider",
  {
    providerId: text("provider_id")
      .primaryKey()
      .references(() => ssoProvider.providerId, { onDelete: "cascade" }),
    name: text("name").notNull(),
    protocol: text("protocol", { enum: ["oidc", "saml"] }).notNull(),
    kind: text("kind", { enum: ["entree", "surfconext", "entra", "google", "oidc", "saml"] }).notNull(),
    /** Null for a federation: then each domain names its organisation (or none). */
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
    defaultRole: text("default_role", { enum: ["member", "admin"] }).notNull().default("member"),
    /** The administrator's word that this provider speaks for its domains: only then is a password account linked. */
    trustedForLinking: boolean("trusted_for_linking").notNull().default(false),
    /** OpenID Connect: where signing out ends the provider's session too (from its discovery document), if it has one. */
    endSessionEndpoint: text("end_session_endpoint"),
    /** SAML: where the IdP publishes its metadata, fetched again daily (certificate rollover); null when pasted or typed. */
    samlMetadataUrl: text("saml_metadata_url"),
    samlMetadataFetchedAt: timestamp("saml_metadata_fetched_at", { withTimezone: true }),
    /** SAML: the IdP takes a LogoutRequest, so signing out ends its session too. */
    samlSingleLogout: boolean("saml_single_logout").notNull().default(false),
    disabledAt: timestamp("disabled_at", { withTimezone: true }),
    createdAt: timestamp("created_at", { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp("updated_at", { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [index("identity_provider_organisation_idx").on(t.organisationId)],
);

/** The e-mail domains a provider signs in; one provider per domain, so the sign-in page can pick it. */
export const identityProviderDomain = pgTable(
  "identity_provider_domain",
  {
    domain: text("domain").primaryKey(),
    providerId: text("provider_id")
      .notNull()
      .references(() => identityProvider.providerId, { onDelete: "cascade" }),
    /** A federation's domain names its own organisation; null falls back to the provider's. */
    organisationId: uuid("organisation_id").references(() => organisation.id, { onDelete: "set null" }),
  },
  (t) => [
    index("identity_provider_domain_provider_idx").on(t.providerId),
    check("identity_provider_domain_lower", sql`${t.domain} = lower(${t.domain})`),
  ],
);
