import { useEffect, useState, type ReactNode } from "react";
import { Form } from "react-router";
import { ECONOMIC_SECTORS, EDUCATION_LEVELS, PROVINCES } from "~/domain/networks/vocabulary.ts";
import { COMPANY_KINDS, LEVEL_KINDS, ORGANISATION_KINDS, SECTOR_KINDS, SIZE_CLASSES } from "~/domain/organisations/vocabulary.ts";
import { Button, ButtonGroup, Link } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { labelOf } from "~/i18n/index.ts";
import { useT } from "~/ui/use-t.ts";

export type OrganisationFormValues = Record<string, string | string[] | undefined>;

/** "educationLevels.1" → "educationLevels": a list's message belongs beside the list. */
export function foldFieldErrors(errors: Record<string, string> | undefined | null): Record<string, string> {
  const folded: Record<string, string> = {};
  for (const [field, message] of Object.entries(errors ?? {})) folded[field.replace(/\.\d+$/, "")] ??= message;
  return folded;
}

function Fieldset({ legend, children, hidden, kinds }: { legend: ReactNode; children: ReactNode; hidden?: boolean; kinds?: string }) {
  return (
    <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-stack" hidden={hidden} data-kinds={kinds}>
      <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{legend}</legend>
      {children}
    </fieldset>
  );
}

/**
 * The organisation form for adding and editing. Without JavaScript it shows
 * the fields of every kind, grouped in fieldsets that say whom they are for;
 * with JavaScript the groups that do not fit the chosen kind are hidden.
 */
export function OrganisationForm({
  values,
  errors: rawErrors,
  submitLabel,
  cancelTo,
  children,
}: {
  values: OrganisationFormValues;
  errors?: Record<string, string> | null;
  submitLabel: string;
  cancelTo?: string;
  children?: ReactNode;
}) {
  const t = useT();
  const errors = foldFieldErrors(rawErrors);
  const text = (name: string) => {
    const v = values[name];
    return typeof v === "string" ? v : undefined;
  };
  const levels = values["educationLevels[]"] ?? values.educationLevels;
  const selectedLevels = Array.isArray(levels) ? levels : typeof levels === "string" ? [levels] : [];

  const [kind, setKind] = useState(text("kind") ?? "");
  const [hydrated, setHydrated] = useState(false);
  useEffect(() => setHydrated(true), []);
  const hide = (kinds: readonly string[]) => hydrated && kind !== "" && !kinds.includes(kind);

  const labels: Record<string, string> = {
    name: t("organisations.form.name"),
    kind: t("organisations.form.kind"),
    description: t("organisations.form.description"),
    educationLevels: t("organisations.form.educationLevels"),
    sector: t("organisations.form.sector"),
    sizeClass: t("organisations.form.sizeClass"),
    kvkNumber: t("organisations.form.kvkNumber"),
    brin: t("organisations.form.brin"),
    branchNumber: t("organisations.form.branchNumber"),
    street: t("organisations.form.street"),
    postcode: t("organisations.form.postcode"),
    place: t("organisations.form.place"),
    province: t("organisations.form.province"),
    website: t("organisations.form.website"),
    email: t("organisations.form.email"),
  };

  return (
    <Form method="post" noValidate className="th-stack th-organisation-form">
      <ErrorSummary errors={errors} labels={labels} />
      {children}
      <Fieldset legend={t("organisations.form.basics")}>
        <TextField name="name" label={labels.name} required autoComplete="organization" defaultValue={text("name")} error={errors.name} />
        <SelectField
          name="kind"
          label={labels.kind}
          required
          placeholder={t("organisations.form.kindPlaceholder")}
          options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
          defaultValue={text("kind") ?? ""}
          onChange={(event) => setKind(event.currentTarget.value)}
          error={errors.kind}
        />
        <div hidden={hide(SECTOR_KINDS)} data-kinds={SECTOR_KINDS.join(" ")}>
          <SelectField
            name="sector"
            label={labels.sector}
            placeholder={t("organisations.form.sectorPlaceholder")}
            options={ECONOMIC_SECTORS.map((s) => ({ value: s, label: labelOf(t, `networks.economicSector.${s}`, s) }))}
            defaultValue={text("sector") ?? ""}
            error={errors.sector}
          />
        </div>
        <TextArea
          name="description"
          label={labels.description}
          description={t("organisations.form.descriptionHint")}
          defaultValue={text("description")}
          error={errors.description}
        />
      </Fieldset>

      <Fieldset legend={t("organisations.form.schoolOnly")} hidden={hide(LEVEL_KINDS)} kinds={LEVEL_KINDS.join(" ")}>
        <CheckboxGroup
          name="educationLevels"
          legend={labels.educationLevels}
          options={EDUCATION_LEVELS.map((level) => ({ value: level, label: level }))}
          selected={selectedLevels}
          error={errors.educationLevels}
        />
        <TextField
          name="brin"
          label={labels.brin}
          description={t("organisations.form.brinHint")}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          className="th-input-short"
          defaultValue={text("brin")}
          error={errors.brin}
        />
        <TextField
          name="branchNumber"
          label={labels.branchNumber}
          description={t("organisations.form.branchNumberHint")}
          inputMode="numeric"
          autoComplete="off"
          className="th-input-short"
          defaultValue={text("branchNumber")}
          error={errors.branchNumber}
        />
      </Fieldset>

      <Fieldset legend={t("organisations.form.companyOnly")} hidden={hide(COMPANY_KINDS)} kinds={COMPANY_KINDS.join(" ")}>
        <SelectField
          name="sizeClass"
          label={labels.sizeClass}
          placeholder={t("organisations.form.sizePlaceholder")}
          options={SIZE_CLASSES.map((s) => ({ value: s, label: s }))}
          defaultValue={text("sizeClass") ?? ""}
          error={errors.sizeClass}
        />
        <TextField
          name="kvkNumber"
          label={labels.kvkNumber}
          description={t("organisations.form.kvkHint")}
          inputMode="numeric"
          autoComplete="off"
          defaultValue={text("kvkNumber")}
          error={errors.kvkNumber}
        />
      </Fieldset>

      <Fieldset legend={t("organisations.form.address")}>
        <p className="utrecht-paragraph th-muted">{t("organisations.form.addressHint")}</p>
        <TextField name="street" label={labels.street} autoComplete="street-address" defaultValue={text("street")} error={errors.street} />
        <TextField
          name="postcode"
          label={labels.postcode}
          description={t("organisations.form.postcodeHint")}
          autoComplete="postal-code"
          className="th-input-short"
          defaultValue={text("postcode")}
          error={errors.postcode}
        />
        <TextField name="place" label={labels.place} required autoComplete="address-level2" defaultValue={text("place")} error={errors.place} />
        <SelectField
          name="province"
          label={labels.province}
          placeholder={t("organisations.form.provincePlaceholder")}
          options={PROVINCES.map((p) => ({ value: p, label: p }))}
          defaultValue={text("province") ?? ""}
          error={errors.province}
        />
      </Fieldset>

      <Fieldset legend={t("organisations.form.contact")}>
        <TextField name="website" label={labels.website} type="url" inputMode="url" autoComplete="url" defaultValue={text("website")} error={errors.website} />
        <TextField
          name="email"
          label={labels.email}
          description={t("organisations.form.emailHint")}
          type="email"
          inputMode="email"
          autoComplete="email"
          spellCheck={false}
          defaultValue={text("email")}
          error={errors.email}
        />
      </Fieldset>

      <ButtonGroup>
        <Button>{submitLabel}</Button>
        {cancelTo ? <Link to={cancelTo}>{t("organisations.edit.cancel")}</Link> : null}
      </ButtonGroup>
    </Form>
  );
}
