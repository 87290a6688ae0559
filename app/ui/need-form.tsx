import { Form } from "react-router";
import { COURSE_LEVELS, COURSE_TOPICS, NEED_FORMATS } from "~/domain/courses/vocabulary.ts";
import { Button, ButtonGroup, ButtonLink } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

type Values = Record<string, string | string[] | undefined>;
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));

/** The training-need form (new and edit); works without JavaScript. */
export function NeedForm({
  values,
  errors,
  companies,
  submitLabel,
  cancelTo,
}: {
  values: Values;
  errors?: Record<string, string>;
  companies: { id: string; name: string }[];
  submitLabel: string;
  cancelTo: string;
}) {
  const t = useT();
  const e = (field: string) => errors?.[field] ?? null;
  const labels = {
    organisationId: t("courses.needs.form.company"),
    topic: t("courses.needs.form.topic"),
    description: t("courses.needs.form.description"),
    employeeCount: t("courses.needs.form.employees"),
    level: t("courses.needs.form.level"),
    periodStart: t("courses.needs.form.periodStart"),
    periodEnd: t("courses.needs.form.periodEnd"),
    preferredFormat: t("courses.needs.form.format"),
    place: t("courses.needs.form.place"),
  };
  return (
    <Form method="post" className="th-stack" noValidate>
      <input type="hidden" name="intent" value="save" />
      <ErrorSummary errors={errors} labels={labels} />
      <SelectField name="organisationId" label={labels.organisationId} options={companies.map((c) => ({ value: c.id, label: c.name }))} defaultValue={str(values.organisationId)} error={e("organisationId")} />
      <SelectField
        name="topic"
        label={labels.topic}
        placeholder={t("courses.needs.form.choose")}
        options={COURSE_TOPICS.map((v) => ({ value: v, label: t(`courses.topic.${v}`) }))}
        defaultValue={str(values.topic)}
        error={e("topic")}
      />
      <TextArea name="description" label={labels.description} description={t("courses.needs.form.descriptionHint")} defaultValue={str(values.description)} error={e("description")} required />
      <TextField name="employeeCount" label={labels.employeeCount} inputMode="numeric" defaultValue={str(values.employeeCount)} error={e("employeeCount")} className="th-narrow-input" required />
      <SelectField name="level" label={labels.level} options={COURSE_LEVELS.map((v) => ({ value: v, label: t(`courses.level.${v}`) }))} defaultValue={str(values.level) || "none"} error={e("level")} />
      <TextField name="periodStart" type="date" label={labels.periodStart} defaultValue={str(values.periodStart)} error={e("periodStart")} required />
      <TextField name="periodEnd" type="date" label={labels.periodEnd} defaultValue={str(values.periodEnd)} error={e("periodEnd")} required />
      <SelectField
        name="preferredFormat"
        label={labels.preferredFormat}
        options={NEED_FORMATS.map((v) => ({ value: v, label: t(`courses.format.${v}`) }))}
        defaultValue={str(values.preferredFormat) || "no_preference"}
        error={e("preferredFormat")}
      />
      <TextField name="place" label={labels.place} description={t("courses.needs.form.placeHint")} defaultValue={str(values.place)} error={e("place")} maxLength={100} />
      <ButtonGroup>
        <Button>{submitLabel}</Button>
        <ButtonLink to={cancelTo} appearance="subtle">
          {t("courses.form.cancel")}
        </ButtonLink>
      </ButtonGroup>
    </Form>
  );
}
