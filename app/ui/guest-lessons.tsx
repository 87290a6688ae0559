import { useEffect, useRef } from "react";
import { Form } from "react-router";
import { formatDate, labelOf } from "~/i18n/index.ts";
import type { MatchReason } from "~/domain/guest-lessons/matching.ts";
import { reasonTexts } from "~/domain/guest-lessons/reasons.ts";
import { LESSON_LEVELS, OFFER_KINDS, OFFER_LANGUAGES, OFFER_LOCATIONS, REQUEST_PLACES, WEEKDAYS, topicGroups } from "~/domain/guest-lessons/vocabulary.ts";
import { Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { Checkboxes, CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { FoldOnPhone, foldOnPhone } from "~/ui/fold-on-phone.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export type FormValues = Record<string, string | string[]>;
export type TopicOption = { slug: string; name: string; groupName: string };

const text = (values: FormValues, name: string) => {
  const v = values[name];
  return Array.isArray(v) ? (v[0] ?? "") : (v ?? "");
};
const list = (values: FormValues, name: string) => {
  const v = values[`${name}[]`] ?? values[name];
  return Array.isArray(v) ? v : v ? [v] : [];
};

/** "12 km · vmbo-kader · lassen · reageert meestal binnen 2 dagen" */
export function useReasons(topicNames: Record<string, string>, reader: "school" | "company" = "school") {
  const t = useT();
  const locale = useLocale();
  return (reasons: readonly MatchReason[]) =>
    reasonTexts(reasons, {
      t,
      reader,
      topicName: (slug) => topicNames[slug] ?? slug,
      shortDate: (iso) => formatDate(`${iso}T12:00:00Z`, locale, { day: "numeric", month: "short" }),
      fullDate: (iso) => formatDate(`${iso}T12:00:00Z`, locale, { day: "2-digit", month: "2-digit", year: "numeric" }),
    }).join(" · ");
}

export function Reasons({ reasons, topicNames, reader }: { reasons: readonly MatchReason[]; topicNames: Record<string, string>; reader?: "school" | "company" }) {
  const t = useT();
  const format = useReasons(topicNames, reader);
  if (reasons.length === 0) return null;
  return (
    <p className="utrecht-paragraph th-reasons">
      <span className="th-visually-hidden">{t("guestLessons.reasons.label")}: </span>
      {format(reasons)}
    </p>
  );
}

/** Groups without a chosen topic: folded on a phone, so the form is not a wall of 33 rows of 44 px. */
const UNCHOSEN_TOPIC_GROUPS = "#f-topics details:not([data-chosen])";

/**
 * The topics in their groups (metaal, installatie, …), each a `<details>`: open as the server
 * sends them, so every box works without JavaScript and a wide screen shows them all; folded on
 * a phone before the first paint unless a topic in it is chosen (FoldOnPhone; after a client-side
 * render, the effect). Each group's summary says how many of its topics are chosen.
 */
function TopicCheckboxes({ topics, selected, error, legend }: { topics: TopicOption[]; selected: string[]; error?: string; legend: string }) {
  const t = useT();
  const root = useRef<HTMLDivElement>(null);
  useEffect(() => foldOnPhone(root.current, UNCHOSEN_TOPIC_GROUPS), []);
  return (
    <div className="th-topic-choices" ref={root}>
      <CheckboxGroup name="topics" legend={legend} selected={selected} error={error}>
        <div className="th-topic-groups">
          {topicGroups(topics).map(({ group, members }) => {
            const chosen = members.filter((tp) => selected.includes(tp.slug)).length;
            const id = `f-topics-groep-${group.replace(/[^a-z0-9-]/gi, "-")}`;
            return (
              <details key={group} className="th-topic-group" open data-chosen={chosen > 0 ? "" : undefined}>
                <summary className="th-topic-group__summary">
                  <span id={id}>{labelOf(t, `guestLessons.topicGroup.${group}`, group)}</span>
                  {chosen > 0 ? <span className="th-topic-group__chosen"> ({t("guestLessons.topicGroup.chosen", { count: chosen })})</span> : null}
                </summary>
                <div className="th-topic-group__choices" role="group" aria-labelledby={id}>
                  <Checkboxes name="topics" options={members.map((tp) => ({ value: tp.slug, label: tp.name }))} selected={selected} />
                </div>
              </details>
            );
          })}
        </div>
      </CheckboxGroup>
      <FoldOnPhone selector={UNCHOSEN_TOPIC_GROUPS} />
    </div>
  );
}

export function OfferForm({
  values,
  errors,
  organisations,
  topics,
  editing,
  cancelTo,
}: {
  values: FormValues;
  errors?: Record<string, string>;
  organisations: { id: string; name: string }[];
  topics: TopicOption[];
  editing: boolean;
  cancelTo: string;
}) {
  const t = useT();
  const e = errors ?? {};
  const labels = {
    organisationId: t("offerForm.organisation"),
    kind: t("offerForm.kind"),
    title: t("offerForm.title"),
    description: t("offerForm.description"),
    topics: t("offerForm.topics"),
    tags: t("offerForm.tags"),
    levels: t("offerForm.levels"),
    groupSizeMin: t("offerForm.groupSizeMin"),
    groupSizeMax: t("offerForm.groupSizeMax"),
    durationMinutes: t("offerForm.duration"),
    locations: t("offerForm.locations"),
    travelRadiusKm: t("offerForm.radius"),
    weekdays: t("offerForm.weekdays"),
    periodFrom: t("offerForm.periodFrom"),
    periodUntil: t("offerForm.periodUntil"),
    blackoutDates: t("offerForm.blackout"),
    maxPerMonth: t("offerForm.maxPerMonth"),
    contactName: t("offerForm.contactName"),
    contactEmail: t("offerForm.contactEmail"),
    preparationTips: t("offerForm.preparationTips"),
  };
  return (
    <Form method="post" className="th-stack" noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      {editing ? (
        <input type="hidden" name="organisationId" value={text(values, "organisationId")} />
      ) : (
        <SelectField
          name="organisationId"
          label={labels.organisationId}
          options={organisations.map((o) => ({ value: o.id, label: o.name }))}
          defaultValue={text(values, "organisationId")}
          error={e.organisationId}
        />
      )}
      <SelectField
        name="kind"
        label={labels.kind}
        placeholder={t("guestLessons.choose")}
        options={OFFER_KINDS.map((k) => ({ value: k, label: t(`guestLessons.kind.${k}`) }))}
        defaultValue={text(values, "kind")}
        error={e.kind}
      />
      <TextField name="title" label={labels.title} defaultValue={text(values, "title")} error={e.title} maxLength={150} />
      <TextArea name="description" label={labels.description} defaultValue={text(values, "description")} error={e.description} />
      <TopicCheckboxes topics={topics} selected={list(values, "topics")} error={e.topics} legend={labels.topics} />
      <TextField name="tags" label={labels.tags} description={t("offerForm.tagsHint")} defaultValue={text(values, "tags")} error={e.tags} />
      <CheckboxGroup
        name="levels"
        legend={labels.levels}
        options={LESSON_LEVELS.map((l) => ({ value: l, label: t(`guestLessons.level.${l}`) }))}
        selected={list(values, "levels")}
        error={e.levels}
      />
      <div className="th-field-row">
        <TextField name="groupSizeMin" label={labels.groupSizeMin} inputMode="numeric" defaultValue={text(values, "groupSizeMin")} error={e.groupSizeMin} />
        <TextField name="groupSizeMax" label={labels.groupSizeMax} inputMode="numeric" defaultValue={text(values, "groupSizeMax")} error={e.groupSizeMax} />
        <TextField name="durationMinutes" label={labels.durationMinutes} inputMode="numeric" defaultValue={text(values, "durationMinutes")} error={e.durationMinutes} />
      </div>
      <CheckboxGroup
        name="locations"
        legend={labels.locations}
        options={OFFER_LOCATIONS.map((l) => ({ value: l, label: t(`guestLessons.location.${l}`) }))}
        selected={list(values, "locations")}
        error={e.locations}
      />
      <TextField
        name="travelRadiusKm"
        label={labels.travelRadiusKm}
        description={t("offerForm.radiusHint")}
        inputMode="numeric"
        defaultValue={text(values, "travelRadiusKm")}
        error={e.travelRadiusKm}
      />
      <CheckboxGroup
        name="weekdays"
        legend={labels.weekdays}
        options={WEEKDAYS.map((d) => ({ value: String(d), label: t(`guestLessons.weekday.${d}`) }))}
        selected={list(values, "weekdays")}
        error={e.weekdays}
      />
      <div className="th-field-row">
        <TextField name="periodFrom" type="date" label={labels.periodFrom} description={t("offerForm.periodHint")} defaultValue={text(values, "periodFrom")} error={e.periodFrom} />
        <TextField name="periodUntil" type="date" label={labels.periodUntil} defaultValue={text(values, "periodUntil")} error={e.periodUntil} />
      </div>
      <TextField name="blackoutDates" label={labels.blackoutDates} description={t("offerForm.blackoutHint")} defaultValue={text(values, "blackoutDates")} error={e.blackoutDates} />
      <TextField
        name="maxPerMonth"
        label={labels.maxPerMonth}
        description={t("offerForm.maxPerMonthHint")}
        inputMode="numeric"
        defaultValue={text(values, "maxPerMonth")}
        error={e.maxPerMonth}
      />
      <SelectField
        name="language"
        label={t("offerForm.language")}
        options={OFFER_LANGUAGES.map((l) => ({ value: l, label: t(`guestLessons.language.${l}`) }))}
        defaultValue={text(values, "language") || "nl"}
      />
      <TextField name="contactName" label={labels.contactName} defaultValue={text(values, "contactName")} error={e.contactName} />
      <TextField
        name="contactEmail"
        type="email"
        label={labels.contactEmail}
        description={t("offerForm.contactHint")}
        defaultValue={text(values, "contactEmail")}
        error={e.contactEmail}
      />
      <TextArea name="preparationTips" label={labels.preparationTips} defaultValue={text(values, "preparationTips")} error={e.preparationTips} />
      <ButtonGroup>
        <Button type="submit" name="intent" value="publish">
          {t("offerForm.savePublish")}
        </Button>
        <Button type="submit" name="intent" value="save" appearance="secondary">
          {editing ? t("offerForm.save") : t("offerForm.saveDraft")}
        </Button>
        <Link to={cancelTo}>{t("offerForm.cancel")}</Link>
      </ButtonGroup>
    </Form>
  );
}

export function RequestForm({
  values,
  errors,
  schools,
  topics,
  direct,
  addressee,
  cancelTo,
  submitLabel,
}: {
  values: FormValues;
  errors?: Record<string, string>;
  schools: { id: string; name: string }[];
  topics: TopicOption[];
  direct: { id: string } | null;
  /** The organisation the request goes to: the teacher picks which of its offers (the request is then direct to it). */
  addressee?: { name: string; offers: { id: string; title: string; kind: string }[] } | null;
  cancelTo: string;
  /** The create form sends the request; the edit form saves changes. */
  submitLabel?: string;
}) {
  const t = useT();
  const e = errors ?? {};
  const labels: Record<string, string> = {
    schoolOrganisationId: t("requestForm.school"),
    kind: t("requestForm.kind"),
    title: t("requestForm.subject"),
    topics: t("requestForm.topics"),
    freeText: t("requestForm.freeText"),
    level: t("requestForm.level"),
    pupils: t("requestForm.pupils"),
    groups: t("requestForm.groups"),
    periodFrom: t("requestForm.periodFrom"),
    periodUntil: t("requestForm.periodUntil"),
    place: t("requestForm.place"),
    placeName: t("requestForm.placeName"),
    maxTravelKm: t("requestForm.maxTravel"),
    notes: t("requestForm.notes"),
    ...(addressee ? { directOfferId: t("requestForm.addressee.offer", { name: addressee.name }) } : {}),
  };
  for (const n of [1, 2, 3]) {
    labels[`date${n}`] = t("requestForm.date", { n });
    labels[`time${n}`] = t("requestForm.startTime", { n });
  }
  return (
    <Form method="post" className="th-stack" noValidate>
      <ErrorSummary errors={errors} labels={labels} />
      <SelectField
        name="schoolOrganisationId"
        label={labels.schoolOrganisationId}
        options={schools.map((s) => ({ value: s.id, label: s.name }))}
        defaultValue={text(values, "schoolOrganisationId")}
        error={e.schoolOrganisationId}
      />
      {direct ? (
        <>
          <input type="hidden" name="mode" value="direct" />
          <input type="hidden" name="directOfferId" value={direct.id} />
        </>
      ) : addressee ? (
        <>
          <input type="hidden" name="mode" value="direct" />
          <SelectField
            name="directOfferId"
            label={labels.directOfferId}
            description={t("requestForm.addressee.offerHint", { name: addressee.name })}
            options={addressee.offers.map((o) => ({ value: o.id, label: `${o.title} (${t(`guestLessons.kind.${o.kind}`)})` }))}
            defaultValue={text(values, "directOfferId")}
            error={e.directOfferId}
          />
        </>
      ) : (
        <input type="hidden" name="mode" value="open" />
      )}
      <SelectField
        name="kind"
        label={labels.kind}
        placeholder={t("guestLessons.choose")}
        options={OFFER_KINDS.map((k) => ({ value: k, label: t(`guestLessons.kind.${k}`) }))}
        defaultValue={text(values, "kind")}
        error={e.kind}
      />
      <TextField name="title" label={labels.title} defaultValue={text(values, "title")} error={e.title} maxLength={150} />
      <TopicCheckboxes topics={topics} selected={list(values, "topics")} error={e.topics} legend={t("requestForm.topics")} />
      <TextArea name="freeText" label={labels.freeText} rows={3} defaultValue={text(values, "freeText")} error={e.freeText} />
      <SelectField
        name="level"
        label={labels.level}
        placeholder={t("guestLessons.choose")}
        options={LESSON_LEVELS.map((l) => ({ value: l, label: t(`guestLessons.level.${l}`) }))}
        defaultValue={text(values, "level")}
        error={e.level}
      />
      <div className="th-field-row">
        <TextField name="pupils" label={labels.pupils} inputMode="numeric" defaultValue={text(values, "pupils")} error={e.pupils} />
        <TextField name="groups" label={labels.groups} inputMode="numeric" defaultValue={text(values, "groups") || "1"} error={e.groups} />
      </div>
      <fieldset className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-stack">
        <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("requestForm.dates")}</legend>
        <Paragraph>{t("requestForm.datesHint")}</Paragraph>
        {[1, 2, 3].map((n) => (
          <div className="th-field-row" key={n}>
            <TextField name={`date${n}`} type="date" label={labels[`date${n}`] ?? ""} defaultValue={text(values, `date${n}`)} error={e[`date${n}`]} />
            <TextField name={`time${n}`} type="time" label={labels[`time${n}`] ?? ""} defaultValue={text(values, `time${n}`)} error={e[`time${n}`]} />
          </div>
        ))}
        <div className="th-field-row">
          <TextField name="periodFrom" type="date" label={labels.periodFrom} defaultValue={text(values, "periodFrom")} error={e.periodFrom} />
          <TextField name="periodUntil" type="date" label={labels.periodUntil} defaultValue={text(values, "periodUntil")} error={e.periodUntil} />
        </div>
      </fieldset>
      <SelectField
        name="place"
        label={labels.place}
        options={REQUEST_PLACES.map((p) => ({ value: p, label: t(`guestLessons.place.${p}`) }))}
        defaultValue={text(values, "place") || "any"}
        error={e.place}
      />
      <TextField name="placeName" label={labels.placeName} description={t("requestForm.placeNameHint")} defaultValue={text(values, "placeName")} error={e.placeName} />
      <TextField name="maxTravelKm" label={labels.maxTravelKm} inputMode="numeric" defaultValue={text(values, "maxTravelKm")} error={e.maxTravelKm} />
      <TextArea name="notes" label={labels.notes} rows={3} defaultValue={text(values, "notes")} error={e.notes} />
      <ButtonGroup>
        <Button type="submit">{submitLabel ?? t("requestForm.submit")}</Button>
        <Link to={cancelTo}>{t("requestForm.cancel")}</Link>
      </ButtonGroup>
    </Form>
  );
}
