import { FEDERATION_KINDS, MEMBER_ROLES, PROTOCOLS } from "~/domain/identity/mapping.ts";
import { SelectField, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { SamlFields } from "./saml-fields.tsx";

export type ProviderValues = Record<string, string | string[] | null | undefined>;

const text = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v.join(" ") : (v ?? ""));

/** The fields' labels, for the summary of a refused form. */
export function providerFieldLabels(t: (key: string) => string): Record<string, string> {
  return {
    name: t("identity.field.name"),
    issuer: t("identity.field.issuer"),
    clientId: t("identity.field.clientId"),
    clientSecret: t("identity.field.clientSecret"),
    domains: t("identity.field.domains"),
    organisation: t("identity.field.organisation"),
    samlMetadataUrl: t("identity.saml.field.metadataUrl"),
    samlMetadata: t("identity.saml.field.metadata"),
    samlEntityId: t("identity.saml.field.entityId"),
    samlSsoUrl: t("identity.saml.field.ssoUrl"),
    samlCertificate: t("identity.saml.field.certificate"),
  };
}

/**
 * The fields of an identity provider, for adding and for changing one: what every provider has,
 * then OpenID Connect's settings and SAML's, each in a fieldset of its own; `protocol` says which
 * is read (without JavaScript both are shown; ADR 033).
 */
export function ProviderFields({
  values,
  errors,
  editing,
  spMetadataUrl = null,
}: {
  values: ProviderValues;
  errors: Record<string, string>;
  editing: boolean;
  spMetadataUrl?: string | null;
}) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t("identity.field.name")} defaultValue={text(values.name)} error={errors.name} required autoComplete="off" />
      <SelectField
        name="protocol"
        label={t("identity.field.protocol")}
        options={PROTOCOLS.map((p) => ({ value: p, label: t(`identity.protocol.${p}`) }))}
        defaultValue={text(values.protocol) || "oidc"}
        error={errors.protocol}
      />
      <SelectField
        name="kind"
        label={t("identity.field.kind")}
        options={FEDERATION_KINDS.map((k) => ({ value: k, label: t(`identity.kind.${k}`) }))}
        defaultValue={text(values.kind) || "oidc"}
        error={errors.kind}
      />
      <TextField name="domains" label={t("identity.field.domains")} description={t("identity.field.domainsHint")} defaultValue={Array.isArray(values.domains) ? values.domains.join(", ") : text(values.domains)} error={errors.domains} required autoComplete="off" spellCheck={false} />
      <TextField name="organisation" label={t("identity.field.organisation")} description={t("identity.field.organisationHint")} defaultValue={text(values.organisation)} error={errors.organisation} autoComplete="off" spellCheck={false} />
      <SelectField
        name="defaultRole"
        label={t("identity.field.role")}
        options={MEMBER_ROLES.map((r) => ({ value: r, label: t(`identity.role.${r}`) }))}
        defaultValue={text(values.defaultRole) || "member"}
        error={errors.defaultRole}
      />
      <div className="utrecht-form-field utrecht-form-field--checkbox">
        <input id="f-trustedForLinking" type="checkbox" name="trustedForLinking" value="1" defaultChecked={values.trustedForLinking === "1" || values.trustedForLinking === "true"} className="utrecht-checkbox utrecht-checkbox--html-input" />{" "}
        <label htmlFor="f-trustedForLinking" className="utrecht-form-label utrecht-form-label--checkbox">
          {t("identity.field.trusted")}
        </label>
      </div>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-stack">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("identity.oidc.legend")}</legend>
        <TextField name="issuer" type="url" label={t("identity.field.issuer")} description={<span className="th-break">{t("identity.field.issuerHint")}</span>} defaultValue={text(values.issuer)} error={errors.issuer} autoComplete="off" spellCheck={false} />
        <TextField name="clientId" label={t("identity.field.clientId")} defaultValue={text(values.clientId)} error={errors.clientId} autoComplete="off" spellCheck={false} />
        <TextField
          name="clientSecret"
          type="password"
          label={t("identity.field.clientSecret")}
          description={t(editing ? "identity.field.clientSecretKeep" : "identity.field.clientSecretHint")}
          error={errors.clientSecret}
          autoComplete="new-password"
        />
        <TextField name="scopes" label={t("identity.field.scopes")} description={t("identity.field.scopesHint")} defaultValue={text(values.scopes) || "openid email profile"} error={errors.scopes} autoComplete="off" spellCheck={false} />
      </fieldset>
      <SamlFields values={values} errors={errors} spMetadataUrl={spMetadataUrl} />
    </>
  );
}
