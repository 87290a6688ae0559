import { z } from "zod";

/**
 * The SAML 2.0 part of the administrator's provider form. A federation gives its IdP as metadata
 * (Entree Federatie and SURFconext publish it at a fixed address, refreshed when their
 * certificate rolls over); a single IdP may also be typed by hand: entity id, SSO address and
 * signing certificate. One of the two is needed; the metadata wins when both are given.
 */

const optional = (v: unknown) => (typeof v === "string" && v.trim() !== "" ? v.trim() : null);

/** Our entity id at the IdP: the address of our SP metadata (better-auth serves it), as the federations ask. */
export function serviceProviderEntityId(baseUrl: string, providerId: string): string {
  return `${baseUrl}/api/auth/sso/saml2/sp/metadata?providerId=${encodeURIComponent(providerId)}`;
}

/** 100 KB, better-auth's own limit for metadata (DEFAULT_MAX_SAML_METADATA_SIZE). */
export const MAX_METADATA_CHARS = 102_400;

const PEM = /^-----BEGIN CERTIFICATE-----\s*[A-Za-z0-9+/=\s]+\s*-----END CERTIFICATE-----$/;

/** A certificate as administrators paste it: PEM, or the bare base64 the metadata carries. */
export function normaliseCertificate(value: string): string | null {
  const text = value.trim();
  const body = PEM.test(text)
    ? text.replace(/-----(BEGIN|END) CERTIFICATE-----/g, "").replace(/\s+/g, "")
    : /^[A-Za-z0-9+/=\s]+$/.test(text)
      ? text.replace(/\s+/g, "")
      : null;
  if (!body || body.length < 100) return null;
  const lines = body.match(/.{1,64}/g)!;
  return `-----BEGIN CERTIFICATE-----\n${lines.join("\n")}\n-----END CERTIFICATE-----`;
}

export const samlSettingsShape = {
  samlMetadata: z.preprocess(optional, z.string().max(MAX_METADATA_CHARS, "identity.saml.metadata.tooLarge").nullable()),
  samlMetadataUrl: z.preprocess(
    optional,
    z.url({ protocol: /^https?$/, error: "identity.saml.metadataUrl.invalid" }).max(500, "identity.tooLong").nullable(),
  ),
  samlEntityId: z.preprocess(optional, z.string().max(500, "identity.tooLong").nullable()),
  samlSsoUrl: z.preprocess(optional, z.url({ protocol: /^https?$/, error: "identity.saml.ssoUrl.invalid" }).max(500, "identity.tooLong").nullable()),
  samlCertificate: z.preprocess(
    (v) => {
      const text = optional(v);
      return text === null ? null : (normaliseCertificate(text) ?? "invalid");
    },
    z.string().refine((v) => v !== "invalid", { error: "identity.saml.certificate.invalid" }).nullable(),
  ),
};

export type SamlSettings = {
  samlMetadata: string | null;
  samlMetadataUrl: string | null;
  samlEntityId: string | null;
  samlSsoUrl: string | null;
  samlCertificate: string | null;
};

/**
 * What is missing for the IdP to be known, as a field and its message key; null when enough is
 * given. Without metadata, all three typed fields are needed.
 */
export function missingSamlSetting(settings: SamlSettings): { field: keyof SamlSettings; key: string } | null {
  if (settings.samlMetadata || settings.samlMetadataUrl) return null;
  if (!settings.samlEntityId && !settings.samlSsoUrl && !settings.samlCertificate) {
    return { field: "samlMetadataUrl", key: "identity.saml.source.required" };
  }
  if (!settings.samlEntityId) return { field: "samlEntityId", key: "identity.saml.entityId.required" };
  if (!settings.samlSsoUrl) return { field: "samlSsoUrl", key: "identity.saml.ssoUrl.required" };
  if (!settings.samlCertificate) return { field: "samlCertificate", key: "identity.saml.certificate.required" };
  return null;
}
