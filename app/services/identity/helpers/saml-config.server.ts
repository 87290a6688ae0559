import { X509Certificate } from "node:crypto";
import * as samlify from "~/lib/saml/samlify.server.ts";
import { invalid } from "~/domain/errors.ts";
import { emailAttributeOf, federationAttributePassThrough, type Federation } from "~/domain/identity/federation-attributes.ts";
import { MAX_METADATA_CHARS, missingSamlSetting, serviceProviderEntityId, type SamlSettings } from "~/domain/identity/saml-settings.ts";

const REDIRECT = "urn:oasis:names:tc:SAML:2.0:bindings:HTTP-Redirect";
/** samlify names a binding by its short name when it looks one up. */
const REDIRECT_SHORT = "redirect";

/** The plugin's `samlConfig` (its JSON column) and what we keep beside it. */
export type SamlProviderConfig = {
  samlConfig: Record<string, unknown>;
  /** The IdP's entity id: the plugin's `issuer` column. */
  idpEntityId: string;
  /** Whether the IdP takes a LogoutRequest, so signing out ends its session too. */
  singleLogout: boolean;
};

/**
 * Fetches an IdP's metadata from its published address. Federations publish theirs at a fixed
 * https address; an address on this machine or a private network only when SSO_PRIVATE_ISSUERS
 * names it (`reachable`, against SSRF).
 */
export async function fetchSamlMetadata(url: string, reachable: (url: string) => boolean): Promise<string> {
  if (!reachable(url)) throw invalid("identity.issuer.private", "samlMetadataUrl");
  let res: Response;
  try {
    res = await fetch(url, { redirect: "error", signal: AbortSignal.timeout(10_000), headers: { accept: "application/samlmetadata+xml, application/xml" } });
  } catch {
    throw invalid("identity.saml.metadataUrl.unreachable", "samlMetadataUrl");
  }
  const text = res.ok ? await res.text() : "";
  if (!res.ok || text.length === 0) throw invalid("identity.saml.metadataUrl.unreachable", "samlMetadataUrl");
  if (text.length > MAX_METADATA_CHARS) throw invalid("identity.saml.metadata.tooLarge", "samlMetadataUrl");
  return text;
}

function first(value: string | string[] | object | undefined): string | null {
  if (typeof value === "string") return value || null;
  if (Array.isArray(value)) return typeof value[0] === "string" ? value[0] : null;
  return null;
}

/**
 * Reads IdP metadata the way the plugin will at sign-in (samlify): it must name its entity, an
 * SSO address for the HTTP-Redirect binding and a signing certificate, or it is refused beside
 * the field it came from.
 */
export function readIdpMetadata(xml: string, field: keyof SamlSettings) {
  try {
    const idp = samlify.IdentityProvider({ metadata: xml });
    const entityId = idp.entityMeta.getEntityID();
    const sso = first(idp.entityMeta.getSingleSignOnService(REDIRECT_SHORT));
    const certificate = first(idp.entityMeta.getX509Certificate("signing"));
    if (!entityId || !sso || !certificate) throw new Error("incomplete");
    const slo = first(idp.entityMeta.getSingleLogoutService(REDIRECT_SHORT));
    return { entityId, sso, singleLogout: slo !== null };
  } catch {
    throw invalid("identity.saml.metadata.invalid", field);
  }
}

function checkCertificate(pem: string) {
  try {
    new X509Certificate(pem);
  } catch {
    throw invalid("identity.saml.certificate.invalid", "samlCertificate");
  }
}

/**
 * The plugin's SAML configuration from the administrator's fields: the IdP by metadata (pasted,
 * or fetched from its address now) or typed by hand; assertions must be signed; every federation
 * attribute passed on to provisioning (app/domain/identity/federation-attributes.ts).
 */
export async function samlConfigFor(
  settings: SamlSettings,
  context: { baseUrl: string; providerId: string; federation: Federation; reachable: (url: string) => boolean },
): Promise<SamlProviderConfig> {
  const missing = missingSamlSetting(settings);
  if (missing) throw invalid(missing.key, missing.field);
  const metadata = settings.samlMetadata ?? (settings.samlMetadataUrl ? await fetchSamlMetadata(settings.samlMetadataUrl, context.reachable) : null);

  let idpMetadata: Record<string, unknown>;
  let idpEntityId: string;
  let entryPoint: string;
  let singleLogout: boolean;
  if (metadata) {
    const read = readIdpMetadata(metadata, settings.samlMetadata ? "samlMetadata" : "samlMetadataUrl");
    idpMetadata = { metadata };
    idpEntityId = read.entityId;
    entryPoint = read.sso;
    singleLogout = read.singleLogout;
  } else {
    checkCertificate(settings.samlCertificate!);
    idpEntityId = settings.samlEntityId!;
    entryPoint = settings.samlSsoUrl!;
    singleLogout = false;
    idpMetadata = {
      entityID: idpEntityId,
      cert: settings.samlCertificate,
      singleSignOnService: [{ Binding: REDIRECT, Location: entryPoint }],
    };
  }

  return {
    idpEntityId,
    singleLogout,
    samlConfig: {
      issuer: serviceProviderEntityId(context.baseUrl, context.providerId),
      entryPoint,
      idpMetadata,
      // Entree and SURFconext sign the assertion; an unsigned one is refused (ADR 033).
      wantAssertionsSigned: true,
      authnRequestsSigned: false,
      identifierFormat: "urn:oasis:names:tc:SAML:2.0:nameid-format:persistent",
      callbackUrl: "/",
      mapping: {
        email: emailAttributeOf(context.federation),
        firstName: "givenName",
        lastName: "sn",
        name: "displayName",
        extraFields: federationAttributePassThrough(),
      },
    },
  };
}
