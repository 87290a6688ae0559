import { NETWORK_KINDS, PROVINCES } from "~/domain/networks/vocabulary.ts";
import { SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

/** The fields of a network an administrator sets, for creating and for correcting one. */
export function NetworkFields({ values, errors }: { values: Record<string, string | null | undefined>; errors: Record<string, string> }) {
  const t = useT();
  return (
    <>
      <TextField name="name" label={t("admin.networks.name")} defaultValue={values.name ?? ""} error={errors.name} required autoComplete="off" />
      <SelectField
        name="kind"
        label={t("admin.networks.kind")}
        options={NETWORK_KINDS.map((k) => ({ value: k, label: t(`networks.kind.${k}`) }))}
        defaultValue={values.kind ?? "pps"}
        error={errors.kind}
      />
      <TextArea name="summary" label={t("admin.networks.summary")} defaultValue={values.summary ?? ""} error={errors.summary} rows={3} />
      <SelectField
        name="province"
        label={t("networks.field.province")}
        placeholder={t("admin.networks.noProvince")}
        options={PROVINCES.map((p) => ({ value: p, label: p }))}
        defaultValue={values.province ?? ""}
        error={errors.province}
      />
      <TextField name="contactEmail" type="email" label={t("admin.networks.contactEmail")} defaultValue={values.contactEmail ?? ""} error={errors.contactEmail} autoComplete="off" />
      <TextField name="website" type="url" label={t("admin.networks.website")} defaultValue={values.website ?? ""} error={errors.website} autoComplete="off" />
    </>
  );
}
