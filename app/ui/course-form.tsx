import type { ReactNode } from "react";
import { Form } from "react-router";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS, TARGET_GROUPS } from "~/domain/courses/vocabulary.ts";
import { Button, ButtonGroup, ButtonLink } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

type Values = Record<string, string | string[] | undefined>;
const str = (v: string | string[] | undefined) => (Array.isArray(v) ? (v[0] ?? "") : (v ?? ""));
const arr = (v: string | string[] | undefined) => (Array.isArray(v) ? v : v ? [v] : []);

/** The course form (new and edit); works without JavaScript. */
export function CourseForm({
  values,
  errors,
  providers,
  networks,
  cancelTo,
  published,
  children,
}: {
  values: Values;
  errors?: Record<string, string>;
  providers: { id: string; name: string }[];
  networks: { id: string; name: string }[];
  cancelTo: string;
  published: boolean;
  children?: ReactNode;
}) {
  const t = useT();
  const e = (field: string) => errors?.[field] ?? null;
  const labels = {
    providerId: t("courses.form.provider"),
    title: t("courses.form.title"),
    summary: t("courses.form.summary"),
    topics: t("courses.form.topics"),
    targetGroups: t("courses.form.targetGroups"),
    level: t("courses.form.level"),
    format: t("courses.form.format"),
    price: t("courses.form.price"),
  };
  return (
    <Form method="post" className="th-stack" noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      {children}
      {/* From the loader as originNeedIds, from a refused form as typed (originNeedIds[]). */}
      {arr(values.originNeedIds ?? values["originNeedIds[]"]).map((id) => (
        <input key={id} type="hidden" name="originNeedIds[]" value={id} />
      ))}
      <SelectField name="providerId" label={labels.providerId} options={providers.map((p) => ({ value: p.id, label: p.name }))} defaultValue={str(values.providerId)} error={e("providerId")} />
      <SelectField
        name="networkId"
        label={t("courses.form.network")}
        description={t("courses.form.networkHint")}
        placeholder={t("courses.form.noNetwork")}
        options={networks.map((n) => ({ value: n.id, label: n.name }))}
        defaultValue={str(values.networkId)}
        error={e("networkId")}
      />
      <TextField name="title" label={labels.title} defaultValue={str(values.title)} error={e("title")} maxLength={200} required />
      <TextField name="summary" label={labels.summary} description={t("courses.form.summaryHint")} defaultValue={str(values.summary)} error={e("summary")} maxLength={300} required />
      <TextArea name="description" label={t("courses.form.description")} defaultValue={str(values.description)} error={e("description")} rows={8} />
      <CheckboxGroup name="topics" legend={labels.topics} options={COURSE_TOPICS.map((v) => ({ value: v, label: t(`courses.topic.${v}`) }))} selected={arr(values.topics ?? values["topics[]"])} error={e("topics")} />
      <CheckboxGroup
        name="targetGroups"
        legend={labels.targetGroups}
        options={TARGET_GROUPS.map((v) => ({ value: v, label: t(`courses.targetGroup.${v}`) }))}
        selected={arr(values.targetGroups ?? values["targetGroups[]"])}
        error={e("targetGroups")}
      />
      <SelectField name="level" label={labels.level} options={COURSE_LEVELS.map((v) => ({ value: v, label: t(`courses.level.${v}`) }))} defaultValue={str(values.level) || "none"} error={e("level")} />
      <SelectField name="format" label={labels.format} options={COURSE_FORMATS.map((v) => ({ value: v, label: t(`courses.format.${v}`) }))} defaultValue={str(values.format)} error={e("format")} />
      <TextField name="duration" label={t("courses.form.duration")} description={t("courses.form.durationHint")} defaultValue={str(values.duration)} error={e("duration")} maxLength={200} />
      <TextField name="price" label={labels.price} description={t("courses.form.priceHint")} defaultValue={str(values.price)} error={e("price")} inputMode="decimal" className="th-narrow-input" />
      <TextField name="leadsTo" label={t("courses.form.leadsTo")} description={t("courses.form.leadsToHint")} defaultValue={str(values.leadsTo)} error={e("leadsTo")} maxLength={200} />
      <ButtonGroup>
        {published ? (
          <Button name="intent" value="draft">
            {t("courses.form.save")}
          </Button>
        ) : (
          <>
            <Button name="intent" value="publish">
              {t("courses.form.publish")}
            </Button>
            <Button name="intent" value="draft" appearance="secondary">
              {t("courses.form.saveDraft")}
            </Button>
          </>
        )}
        <ButtonLink to={cancelTo} appearance="subtle">
          {t("courses.form.cancel")}
        </ButtonLink>
      </ButtonGroup>
    </Form>
  );
}
