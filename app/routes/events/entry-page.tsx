/**
 * What the two entry pages of an event share: a school's classes (/aanmelden) and a host's visit
 * slots (/aanbieden). Each page is one form (new entry or a change to one) above a list of the
 * organisation's own entries, each with "change" and "withdraw"; both post to the same action.
 */
import type { ReactNode } from "react";
import { Form, useLocation } from "react-router";
import { Alert, Button, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

type FormValues = Record<string, string | string[] | undefined>;
type ActionAnswer = { values: FormValues; errors: Record<string, string> } | undefined;

/**
 * The form's values and errors, and which entry it changes. A withdrawal posts to the same action:
 * its refusal goes above the list, and the form keeps what it showed before.
 */
export function entryFormState(actionData: ActionAnswer, editing: FormValues | null) {
  const withdrawing = actionData?.values.intent === "withdraw";
  const answer = actionData && !withdrawing ? actionData : undefined;
  const values = answer?.values ?? editing ?? {};
  const editingId = answer ? (typeof values.id === "string" && values.id ? values.id : null) : ((editing?.id as string | undefined) ?? null);
  return {
    withdrawError: withdrawing ? actionData.errors._form : undefined,
    errors: answer?.errors ?? {},
    values,
    editingId,
    text: (name: string) => (typeof values[name] === "string" ? (values[name] as string) : ""),
    list: (name: string) => (Array.isArray(values[name]) ? values[name] : values[name] ? [values[name]] : []),
  };
}

/**
 * The form's React key. A change keeps its entry's key; a new entry's form starts empty after each
 * save (the redirect is a new location), or the browser keeps what was typed, and a second press
 * of the button would enter the same class or slot twice. A refused form stays as typed (no new location).
 */
export function useEntryFormKey(editingId: string | null): string {
  const location = useLocation();
  return editingId ?? `new-${location.key}`;
}

/**
 * Above the form: that the entry was saved; in place of the form, why it cannot be used (entry not
 * open, or no organisation of the person's to enter for). Only this area is a narrow column: the
 * list below it takes the page's width, or its headers break mid-word on a laptop.
 */
export function EntryFormArea(props: { saved: boolean; savedMessage: string; phase: string; organisationCount: number; noOrganisationMessage: string; children: ReactNode }) {
  const t = useT();
  return (
    <div className="th-stack th-narrow">
      {props.saved ? (
        <Alert type="ok">
          <Paragraph>{props.savedMessage}</Paragraph>
        </Alert>
      ) : null}
      {props.phase !== "open" ? (
        <Alert type="warning">
          <Paragraph>{t(`events.detail.phase.${props.phase}`)}</Paragraph>
        </Alert>
      ) : props.organisationCount === 0 ? (
        <Paragraph>{props.noOrganisationMessage}</Paragraph>
      ) : (
        props.children
      )}
    </div>
  );
}

type Organisation = { id: string; name: string; place: string | null };

/** Whose entry it is: chosen for a new one, fixed (hidden, and named) while one is changed. */
export function EntryOrganisationField(props: {
  name: string;
  label: string;
  organisations: Organisation[];
  editingId: string | null;
  value: string;
  error?: string;
}) {
  const t = useT();
  if (props.editingId) {
    const organisation = props.organisations.find((o) => o.id === props.value);
    return (
      <>
        <input type="hidden" name="intent" value="update" />
        <input type="hidden" name="id" value={props.editingId} />
        <input type="hidden" name={props.name} value={organisation?.id ?? ""} />
        <Paragraph>{t("events.manage.editing", { name: organisation?.name ?? "" })}</Paragraph>
      </>
    );
  }
  return (
    <SelectField
      name={props.name}
      label={props.label}
      options={props.organisations.map((o) => ({ value: o.id, label: o.place ? `${o.name} (${o.place})` : o.name }))}
      defaultValue={props.value || props.organisations[0]!.id}
      error={props.error}
    />
  );
}

/** What happened to the list: a change saved, an entry withdrawn, or a withdrawal refused. */
export function EntryListNotices(props: { changed: boolean; withdrawn: boolean; withdrawError?: string }) {
  const t = useT();
  return (
    <>
      {props.changed ? (
        <Alert type="ok">
          <Paragraph>{t("events.manage.saved")}</Paragraph>
        </Alert>
      ) : null}
      {props.withdrawn ? (
        <Alert type="ok">
          <Paragraph>{t("events.manage.withdrawn")}</Paragraph>
        </Alert>
      ) : null}
      {props.withdrawError ? (
        <Alert type="error">
          <Paragraph>{t(props.withdrawError)}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

/** "Change" and "withdraw" for one entry; `name` says which entry to a screen reader. */
export function EntryRowActions(props: { pageHref: string; id: string; idField: string; name: string }) {
  const t = useT();
  return (
    <>
      <Link to={`${props.pageHref}?wijzig=${props.id}`} aria-label={t("events.manage.editLabel", { name: props.name })}>
        {t("events.manage.change")}
      </Link>
      <Form method="post">
        <input type="hidden" name="intent" value="withdraw" />
        <input type="hidden" name={props.idField} value={props.id} />
        <Button appearance="secondary" aria-label={t("events.manage.withdrawLabel", { name: props.name })}>
          {t("events.manage.withdraw")}
        </Button>
      </Form>
    </>
  );
}
