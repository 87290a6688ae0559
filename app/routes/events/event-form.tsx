/**
 * The event form shared by /evenementen/nieuw and /evenementen/:slug/bewerken:
 * its Zod schema (the domain rules give the messages beside each field) and
 * its fields. Windows are rows of plain inputs so the form works without JavaScript.
 */
import { Form } from "react-router";
import { z } from "zod";
import { EVENT_KINDS, eventDraftErrors, normaliseEventDraft, type EventDraft, type WindowDraft } from "~/domain/events/event-rules.ts";
import { EVENT_LEVELS } from "~/domain/events/instance.ts";
import { optionalText, requiredText, stringList } from "~/lib/forms.ts";
import { Button, Heading, Paragraph } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { NetworkField, type NetworkInForm } from "~/ui/network-choice.tsx";
import { useT } from "~/ui/use-t.ts";

/** Empty rows the form offers for new windows, besides the event's own. */
export const EXTRA_WINDOW_ROWS = 2;
const MAX_WINDOW_ROWS = 20;

const optionalDate = z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : typeof v === "string" ? v.trim() : v), z.string().nullable().default(null));
const optionalInt = (message: string) =>
  z.preprocess((v) => (v === undefined || (typeof v === "string" && v.trim() === "") ? null : v), z.coerce.number({ error: message }).int(message).nullable());

type RowWindow = WindowDraft & { row: number };

/** Filled rows of the windows table; a row keeps its number so its error lands beside it. */
function windowRows(raw: Record<string, unknown>): RowWindow[] {
  const startsOn = typeof raw.startsOn === "string" ? raw.startsOn.trim() : "";
  const windows: RowWindow[] = [];
  for (let row = 0; row < MAX_WINDOW_ROWS; row++) {
    const value = (part: string) => {
      const v = raw[`window${row}${part}`];
      return typeof v === "string" ? v.trim() : "";
    };
    const w = { key: value("Key"), label: value("Label"), date: value("Date"), start: value("Start"), end: value("End"), row };
    if (!w.key && !w.label && !w.start && !w.end) continue;
    windows.push({ ...w, date: w.date || startsOn });
  }
  return windows;
}

const fields = z.object({
  name: requiredText(200),
  kind: z.enum(EVENT_KINDS, { error: "form.required" }),
  description: optionalText(4000),
  startsOn: requiredText(10, "events.manage.error.date"),
  endsOn: optionalDate,
  windows: z.array(z.object({ key: z.string(), label: z.string(), date: z.string(), start: z.string(), end: z.string(), row: z.number() })),
  hostRegistrationOpensOn: optionalDate,
  hostRegistrationClosesOn: optionalDate,
  schoolRegistrationOpensOn: optionalDate,
  schoolRegistrationClosesOn: optionalDate,
  targetLevels: stringList(z.enum(EVENT_LEVELS)),
  girlsOnly: stringList(),
  minGroupSize: optionalInt("events.manage.error.minGroupSize"),
  defaultMaxKm: z.coerce.number({ error: "events.error.maxKm" }).int("events.error.maxKm"),
});

/** The form as an event draft, with the domain's rules applied as field errors. */
export const eventFormSchema = z
  .preprocess((raw) => ({ ...(raw as Record<string, unknown>), windows: windowRows(raw as Record<string, unknown>) }), fields)
  .transform((d) => {
    const draft: EventDraft = normaliseEventDraft({
      name: d.name,
      kind: d.kind,
      description: d.description ?? "",
      startsOn: d.startsOn,
      endsOn: d.endsOn,
      windows: d.windows.map(({ key, label, date, start, end }) => ({ key, label, date, start, end })),
      hostRegistrationOpensOn: d.hostRegistrationOpensOn,
      hostRegistrationClosesOn: d.hostRegistrationClosesOn,
      schoolRegistrationOpensOn: d.schoolRegistrationOpensOn,
      schoolRegistrationClosesOn: d.schoolRegistrationClosesOn,
      targetLevels: d.targetLevels,
      girlsOnly: d.girlsOnly.includes("ja"),
      minGroupSize: d.minGroupSize,
      defaultMaxKm: d.defaultMaxKm,
    });
    return { draft, rows: d.windows.map((w) => w.row) };
  })
  .superRefine(({ draft, rows }, ctx) => {
    for (const [field, message] of Object.entries(eventDraftErrors(draft))) {
      const window = /^window(\d+)$/.exec(field);
      ctx.addIssue({ code: "custom", message, path: [window ? `window${rows[Number(window[1])]}` : field] });
    }
  })
  .transform(({ draft }) => draft);

export type EventFormValues = Record<string, string | string[] | undefined>;

/** What the form shows for a stored event (the edit page before any post). */
export function valuesOf(event: Omit<EventDraft, "girlsOnly" | "minGroupSize" | "defaultMaxKm"> & { girlsOnly: boolean; minGroupSize: number | null; defaultMaxKm: number }): EventFormValues {
  const values: EventFormValues = {
    name: event.name,
    kind: event.kind,
    description: event.description,
    startsOn: event.startsOn ?? "",
    endsOn: event.endsOn ?? "",
    hostRegistrationOpensOn: event.hostRegistrationOpensOn ?? "",
    hostRegistrationClosesOn: event.hostRegistrationClosesOn ?? "",
    schoolRegistrationOpensOn: event.schoolRegistrationOpensOn ?? "",
    schoolRegistrationClosesOn: event.schoolRegistrationClosesOn ?? "",
    targetLevels: event.targetLevels,
    girlsOnly: event.girlsOnly ? ["ja"] : [],
    minGroupSize: event.minGroupSize == null ? "" : String(event.minGroupSize),
    defaultMaxKm: String(event.defaultMaxKm),
  };
  event.windows.forEach((w, i) => {
    values[`window${i}Key`] = w.key;
    values[`window${i}Label`] = w.label;
    values[`window${i}Date`] = w.date;
    values[`window${i}Start`] = w.start;
    values[`window${i}End`] = w.end;
  });
  return values;
}

/** How many window rows the form shows: every row posted or stored, plus empty ones. */
function rowCount(values: EventFormValues): number {
  let last = -1;
  for (const key of Object.keys(values)) {
    const m = /^window(\d+)(Key|Label|Date|Start|End)$/.exec(key);
    if (m && values[key]) last = Math.max(last, Number(m[1]));
  }
  return Math.min(last + 1 + EXTRA_WINDOW_ROWS, MAX_WINDOW_ROWS);
}

export function EventForm({
  values,
  errors,
  network,
  submitLabel,
}: {
  values: EventFormValues;
  errors: Record<string, string>;
  /** A new event's network and the page that chooses it again; an event's edit form has none. */
  network?: { choice: NetworkInForm; path: string };
  submitLabel: string;
}) {
  const t = useT();
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const list = (name: string) => (Array.isArray(values[name]) ? (values[name] as string[]) : values[name] ? [values[name] as string] : []);
  const rows = rowCount(values);
  const labels: Record<string, string> = {
    networkId: t("events.manage.network"),
    name: t("events.manage.name"),
    kind: t("events.manage.kind"),
    description: t("events.manage.description"),
    startsOn: t("events.manage.startsOn"),
    endsOn: t("events.manage.endsOn"),
    windows: t("events.manage.windows"),
    hostRegistrationOpensOn: t("events.manage.hostRegistrationOpensOn"),
    hostRegistrationClosesOn: t("events.manage.hostRegistrationClosesOn"),
    schoolRegistrationOpensOn: t("events.manage.schoolRegistrationOpensOn"),
    schoolRegistrationClosesOn: t("events.manage.schoolRegistrationClosesOn"),
    targetLevels: t("events.manage.targetLevels"),
    girlsOnly: t("events.manage.girlsOnly"),
    minGroupSize: t("events.manage.minGroupSize"),
    defaultMaxKm: t("events.manage.defaultMaxKm"),
  };
  for (let i = 0; i < rows; i++) labels[`window${i}`] = t("events.manage.window", { n: i + 1 });
  return (
    <>
      <ErrorSummary errors={errors} labels={labels} />
      <Form method="post" noValidate className="th-stack">
        {network ? <NetworkField choice={network.choice} path={network.path} label={t("events.manage.network")} value={text("networkId")} error={errors.networkId} /> : null}
        <TextField name="name" label={labels.name} defaultValue={text("name")} error={errors.name} />
        <SelectField
          name="kind"
          label={labels.kind}
          options={EVENT_KINDS.map((k) => ({ value: k, label: t(`events.kind.${k}`) }))}
          defaultValue={text("kind") || "techniekdag"}
          error={errors.kind}
        />
        <TextArea name="description" label={labels.description} defaultValue={text("description")} error={errors.description} />
        <TextField name="startsOn" type="date" label={labels.startsOn} defaultValue={text("startsOn")} error={errors.startsOn} />
        <TextField name="endsOn" type="date" label={labels.endsOn} description={t("events.manage.endsOnHint")} defaultValue={text("endsOn")} error={errors.endsOn} />

        <fieldset className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${errors.windows ? " utrecht-form-fieldset--invalid" : ""}`} id="f-windows">
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{labels.windows}</legend>
          <Paragraph>{t("events.manage.windowsHint")}</Paragraph>
          {errors.windows ? <div className="utrecht-form-field-error-message">{t(errors.windows)}</div> : null}
          {Array.from({ length: rows }, (_, i) => (
            <fieldset
              key={i}
              id={`f-window${i}`}
              className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-window-row${errors[`window${i}`] ? " utrecht-form-fieldset--invalid" : ""}`}
            >
              <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{labels[`window${i}`]}</legend>
              {errors[`window${i}`] ? <div className="utrecht-form-field-error-message">{t(errors[`window${i}`]!)}</div> : null}
              <input type="hidden" name={`window${i}Key`} value={text(`window${i}Key`)} />
              <TextField name={`window${i}Label`} label={`${t("events.manage.windowLabel")} (${labels[`window${i}`]})`} defaultValue={text(`window${i}Label`)} />
              <TextField name={`window${i}Date`} type="date" label={`${t("events.manage.windowDate")} (${labels[`window${i}`]})`} defaultValue={text(`window${i}Date`)} />
              <TextField name={`window${i}Start`} type="time" label={`${t("events.manage.windowStart")} (${labels[`window${i}`]})`} defaultValue={text(`window${i}Start`)} />
              <TextField name={`window${i}End`} type="time" label={`${t("events.manage.windowEnd")} (${labels[`window${i}`]})`} defaultValue={text(`window${i}End`)} />
            </fieldset>
          ))}
        </fieldset>

        <Heading level={2}>{t("events.manage.hostPeriod")}</Heading>
        <Paragraph>{t("events.manage.periodHint")}</Paragraph>
        <TextField name="hostRegistrationOpensOn" type="date" label={labels.hostRegistrationOpensOn} defaultValue={text("hostRegistrationOpensOn")} error={errors.hostRegistrationOpensOn} />
        <TextField name="hostRegistrationClosesOn" type="date" label={labels.hostRegistrationClosesOn} defaultValue={text("hostRegistrationClosesOn")} error={errors.hostRegistrationClosesOn} />
        <Heading level={2}>{t("events.manage.schoolPeriod")}</Heading>
        <TextField name="schoolRegistrationOpensOn" type="date" label={labels.schoolRegistrationOpensOn} defaultValue={text("schoolRegistrationOpensOn")} error={errors.schoolRegistrationOpensOn} />
        <TextField name="schoolRegistrationClosesOn" type="date" label={labels.schoolRegistrationClosesOn} defaultValue={text("schoolRegistrationClosesOn")} error={errors.schoolRegistrationClosesOn} />

        <CheckboxGroup
          name="targetLevels"
          legend={labels.targetLevels}
          options={EVENT_LEVELS.map((l) => ({ value: l, label: t(`events.level.${l}`) }))}
          selected={list("targetLevels")}
          error={errors.targetLevels}
        />
        <CheckboxGroup
          name="girlsOnly"
          legend={labels.girlsOnly}
          options={[{ value: "ja", label: t("events.manage.girlsOnlyOption") }]}
          selected={list("girlsOnly")}
          error={errors.girlsOnly}
        />
        <TextField name="minGroupSize" inputMode="numeric" label={labels.minGroupSize} description={t("events.manage.minGroupSizeHint")} defaultValue={text("minGroupSize")} error={errors.minGroupSize} />
        <TextField name="defaultMaxKm" inputMode="numeric" label={labels.defaultMaxKm} defaultValue={text("defaultMaxKm") || "25"} error={errors.defaultMaxKm} />
        <Button>{submitLabel}</Button>
      </Form>
    </>
  );
}
