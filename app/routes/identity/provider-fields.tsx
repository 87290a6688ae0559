import { FEDERATION_KINDS, MEMBER_ROLES } from "~/domain/identity/mapping.ts";
import { SelectField, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

export type ProviderValues = Record<string, string | string[] | null | undefined>;

const text = (v: string | string[] | null | undefined) => (Array.isArray(v) ? v.join(" ") : (v ?? ""));

/**
 * The fields of an identity provider, for adding and for changing one. `protocol` is a field of
 * its own so SAML can add its settings beside OpenID Connect's (ADR 033).
 */
export function ProviderFields({ values, errors, editing }: { values: ProviderValues; errors: Record<string, string>; editing: boolean }) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t("identity.field.name")} defaultValue={text(values.name)} error={errors.name} required autoComplete="off" />
      <SelectField
        name="protocol"
        label={t("identity.field.protocol")}
        options={[{ value: "oidc", label: t("identity.protocol.oidc") }]}
        defaultValue={text(values.protocol) || "oidc"}
        error={errors.protocol}
      />
      <SelectField
        name="kind"
        label={t("identity.field.kind")}
        options={FEDERATION_KINDS.filter((k) => k !== "saml").map((k) => ({ value: k, label: t(`identity.kind.${k}`) }))}
        defaultValue={text(values.kind) || "oidc"}
        error={errors.kind}
      />
      <TextField name="issuer" type="url" label={t("identity.field.issuer")} description={<span className="th-break">{t("identity.field.issuerHint")}</span>} defaultValue={text(values.issuer)} error={errors.issuer} required autoComplete="off" spellCheck={false} />
      <TextField name="clientId" label={t("identity.field.clientId")} defaultValue={text(values.clientId)} error={errors.clientId} required autoComplete="off" spellCheck={false} />
      <TextField
        name="clientSecret"
        type="password"
        label={t("identity.field.clientSecret")}
        description={t(editing ? "identity.field.clientSecretKeep" : "identity.field.clientSecretHint")}
        error={errors.clientSecret}
        required={!editing}
        autoComplete="new-password"
      />
      <TextField name="scopes" label={t("identity.field.scopes")} description={t("identity.field.scopesHint")} defaultValue={text(values.scopes) || "openid email profile"} error={errors.scopes} autoComplete="off" spellCheck={false} />
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
    </>
  );
}
