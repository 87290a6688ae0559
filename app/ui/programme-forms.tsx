/**
 * Fields of the programme editor, shared by the create and edit pages of
 * programmes, goals, projects and milestones. Each field shows its message
 * beside it and keeps what was typed; the pages wrap them in their own form.
 */
import type { ReactNode } from "react";
import { Form } from "react-router";
import { Button, ButtonGroup, ButtonLink, Heading, Paragraph } from "~/ui/components.tsx";
import { CheckboxGroup, TextArea, TextField } from "~/ui/form.tsx";
import { NetworkField, type NetworkInForm } from "~/ui/network-choice.tsx";
import { useT } from "~/ui/use-t.ts";

export type FormValues = Record<string, string | string[] | undefined>;
type Errors = Record<string, string> | undefined;

const text = (values: FormValues, name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
const list = (values: FormValues, name: string) => {
  const v = values[name] ?? values[`${name}[]`];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** `network`: a new programme's network and the page that chooses it again; the edit form has none. */
export function ProgrammeFields({ values, errors, network }: { values: FormValues; errors: Errors; network?: { choice: NetworkInForm; path: string } }) {
  const t = useT();
  return (
    <>
      {network ? <NetworkField choice={network.choice} path={network.path} label={t("programmes.form.network")} value={text(values, "networkId")} error={errors?.networkId} /> : null}
      <TextField name="name" label={t("programmes.form.name")} defaultValue={text(values, "name")} error={errors?.name} required />
      <TextArea name="description" label={t("programmes.form.description")} defaultValue={text(values, "description")} error={errors?.description} rows={4} />
      <TextField name="funders" label={t("programmes.form.funders")} description={t("programmes.form.fundersHelp")} defaultValue={text(values, "funders")} error={errors?.funders} />
      <TextField name="startsOn" type="date" label={t("programmes.form.startsOn")} defaultValue={text(values, "startsOn")} error={errors?.startsOn} className="th-input-short" required />
      <TextField name="endsOn" type="date" label={t("programmes.form.endsOn")} defaultValue={text(values, "endsOn")} error={errors?.endsOn} className="th-input-short" required />
    </>
  );
}

export function GoalFields({ values, errors }: { values: FormValues; errors: Errors }) {
  const t = useT();
  return (
    <>
      <TextField name="title" label={t("programmes.goal.title")} defaultValue={text(values, "title")} error={errors?.title} required />
      <TextField name="indicator" label={t("programmes.goal.indicator")} description={t("programmes.goal.indicatorHelp")} defaultValue={text(values, "indicator")} error={errors?.indicator} />
      <TextField name="target" label={t("programmes.goal.target")} description={t("programmes.goal.targetHelp")} defaultValue={text(values, "target")} error={errors?.target} />
    </>
  );
}

export function ProjectFields({ values, errors, goals }: { values: FormValues; errors: Errors; goals: { id: string; position: number; title: string }[] }) {
  const t = useT();
  return (
    <>
      <TextField name="title" label={t("programmes.project.title")} defaultValue={text(values, "title")} error={errors?.title} required />
      <TextArea name="description" label={t("programmes.project.description")} defaultValue={text(values, "description")} error={errors?.description} rows={4} />
      <CheckboxGroup
        name="goals"
        legend={t("programmes.project.goalsLegend")}
        options={goals.map((g) => ({ value: g.id, label: t("programmes.goal.heading", { nr: g.position, title: g.title }) }))}
        selected={list(values, "goals")}
        error={errors?.goals}
      />
    </>
  );
}

export function MilestoneFields({ values, errors }: { values: FormValues; errors: Errors }) {
  const t = useT();
  return (
    <>
      <TextField name="title" label={t("programmes.milestone.title")} error={errors?.title} defaultValue={text(values, "title")} required />
      <TextField name="dueOn" type="date" label={t("programmes.milestone.dueOn")} error={errors?.dueOn} defaultValue={text(values, "dueOn")} className="th-input-short" required />
    </>
  );
}

/**
 * The second step of a removal, so it works without JavaScript: the page
 * asks, names what goes with it, and only the button here removes.
 */
export function ConfirmRemoval({
  title,
  question,
  confirmLabel,
  cancelTo,
  hidden,
}: {
  title: string;
  question: ReactNode;
  confirmLabel: string;
  cancelTo: string;
  hidden: Record<string, string>;
}) {
  const t = useT();
  return (
    <section className="th-card th-stack th-confirm" aria-labelledby="verwijderen">
      <Heading level={2} id="verwijderen">
        {title}
      </Heading>
      <Paragraph>{question}</Paragraph>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="remove" />
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <ButtonGroup>
          <Button danger>{confirmLabel}</Button>
          <ButtonLink to={cancelTo} appearance="subtle">
            {t("programmes.edit.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>
    </section>
  );
}

/** The first step of a removal: a link to the same page asking for confirmation. */
export function RemovalLink({ to, label }: { to: string; label: string }) {
  return (
    <section className="th-stack" aria-label={label}>
      <ButtonLink to={to} appearance="secondary">
        {label}
      </ButtonLink>
    </section>
  );
}
