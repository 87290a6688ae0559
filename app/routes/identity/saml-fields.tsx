import { TextArea, TextField } from "~/ui/form.tsx";
import { Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

type Values = Record<string, string | string[] | null | undefined>;

const text = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v.join(" ") : (v ?? ""));

/**
 * The SAML 2.0 settings of a provider (ADR 033): the IdP's metadata (its published address, or
 * pasted), or by hand its entity id, SSO address and signing certificate. In a fieldset of their
 * own, so that without JavaScript the form shows which fields belong to which protocol.
 */
export function SamlFields({ values, errors, spMetadataUrl }: { values: Values; errors: Record<string, string>; spMetadataUrl?: string | null }) {
  const t = useT();
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-stack">
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("identity.saml.legend")}</legend>
      <Paragraph>{t("identity.saml.lead")}</Paragraph>
      {spMetadataUrl ? (
        <Paragraph>
          {t("identity.saml.spMetadata")} <code>{spMetadataUrl}</code>
        </Paragraph>
      ) : null}
      <TextField
        name="samlMetadataUrl"
        type="url"
        label={t("identity.saml.field.metadataUrl")}
        description={t("identity.saml.field.metadataUrlHint")}
        defaultValue={text(values.samlMetadataUrl)}
        error={errors.samlMetadataUrl}
        autoComplete="off"
        spellCheck={false}
      />
      <TextArea
        name="samlMetadata"
        label={t("identity.saml.field.metadata")}
        description={t("identity.saml.field.metadataHint")}
        defaultValue={text(values.samlMetadata)}
        error={errors.samlMetadata}
        spellCheck={false}
      />
      <TextField
        name="samlEntityId"
        label={t("identity.saml.field.entityId")}
        description={t("identity.saml.field.manualHint")}
        defaultValue={text(values.samlEntityId)}
        error={errors.samlEntityId}
        autoComplete="off"
        spellCheck={false}
      />
      <TextField name="samlSsoUrl" type="url" label={t("identity.saml.field.ssoUrl")} defaultValue={text(values.samlSsoUrl)} error={errors.samlSsoUrl} autoComplete="off" spellCheck={false} />
      <TextArea name="samlCertificate" label={t("identity.saml.field.certificate")} defaultValue={text(values.samlCertificate)} error={errors.samlCertificate} spellCheck={false} />
    </fieldset>
  );
}
