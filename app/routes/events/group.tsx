import { Form, redirect } from "react-router";
import { UUID_PATTERN } from "~/domain/common/ids.ts";
import { z } from "zod";
import type { Route } from "./+types/group";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { EVENT_LEVELS, MAX_PREFERENCES } from "~/domain/events/instance.ts";
import { formInput, requiredText, stringList } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { updateGroup } from "~/services/events/update-group.server.ts";
import { withdrawGroup } from "~/services/events/withdraw-group.server.ts";
import { getEntries } from "~/services/events/get-entries.server.ts";
import { registerGroup } from "~/services/events/register-group.server.ts";
import { verifyEventAccess } from "~/services/events/verify-event-access.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { EntryFormArea, entryFormState, EntryListNotices, EntryOrganisationField, EntryRowActions, useEntryFormKey } from "./entry-page.tsx";

// A wish is a host (by id) or a sector (by name), as the select lists them.
const preference = z.preprocess(
  (v) => (typeof v === "string" && v !== "" ? v : undefined),
  z
    .string({ error: "events.error.preference" })
    .regex(new RegExp(`^(h:${UUID_PATTERN.source.slice(1, -1)}|s:.{1,100})$`, "i"), "events.error.preference")
    .optional(),
);

const groupSchema = z.object({
  schoolOrganisationId: z.uuid({ error: "form.required" }),
  label: requiredText(60),
  size: z.coerce.number({ error: "events.error.size" }).int("events.error.size").min(1, "events.error.size").max(200, "events.error.size"),
  level: z.enum(EVENT_LEVELS, { error: "form.required" }),
  windows: stringList(z.string().max(100, "events.error.window")).pipe(z.array(z.string()).max(50, "events.error.window")),
  pref1: preference,
  pref2: preference,
  pref3: preference,
  pref4: preference,
  pref5: preference,
  maxKm: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.coerce.number({ error: "events.error.maxKm" }).int("events.error.maxKm").min(1, "events.error.maxKm").max(300, "events.error.maxKm").nullable(),
  ),
  girlsOnly: stringList(),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const search = new URL(request.url).searchParams;
  const entries = await getEntries(context.get(servicesContext), actor, { slug: params.slug, who: "school", editId: search.get("wijzig") });
  return { ...entries, saved: search.has("opgeslagen"), withdrawn: search.has("ingetrokken"), changed: search.has("gewijzigd"), title: translator(actor.locale)("events.group.title", { name: entries.event.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Klas aanmelden"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Members of a school use this page; anyone else hears 403 before the form is read.
  await verifyEventAccess(services, actor, { slug: params.slug, as: "school" });
  const intent = form.get("intent");
  if (intent === "withdraw") {
    const id = z.uuid().safeParse(form.get("groupId"));
    if (!id.success) throw notFound();
    // Refused (entry closed, schedule published): the message goes above the list.
    await withdrawGroup(services, actor, { slug: params.slug, groupId: id.data });
    throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanmelden?ingetrokken=1`);
  }
  // The class being changed comes from a hidden field: one that is no id of theirs is not found.
  const editId = intent === "update" ? z.uuid().safeParse(form.get("id")) : null;
  if (editId && !editId.success) throw notFound();
  const d = formInput(groupSchema, form);
  const preferences = [d.pref1, d.pref2, d.pref3, d.pref4, d.pref5]
    .filter((p): p is string => !!p)
    .map((p) => (p.startsWith("h:") ? { hostId: p.slice(2) } : { sector: p.slice(2) }));
  const input = {
    slug: params.slug,
    schoolOrganisationId: d.schoolOrganisationId,
    label: d.label,
    size: d.size,
    level: d.level,
    windows: d.windows,
    preferences,
    maxKm: d.maxKm,
    girlsOnlyConfirmed: d.girlsOnly.includes("ja"),
  };
  if (editId) await updateGroup(services, actor, { ...input, groupId: editId.data });
  else await registerGroup(services, actor, input);
  throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanmelden?${editId ? "gewijzigd" : "opgeslagen"}=1`);
});

export default function GroupPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event, phase, organisations, groups, hosts, sectors } = loaderData;
  const { withdrawError, errors, editingId, text, list } = entryFormState(actionData, loaderData.editing);
  const formKey = useEntryFormKey(editingId);
  const prefOptions = [
    ...hosts.map((h) => ({ value: `h:${h.id}`, label: t("events.group.host", { name: h.name }) })),
    ...sectors.map((s) => ({ value: `s:${s}`, label: t("events.group.sector", { name: s }) })),
  ];
  const hostName = new Map(hosts.map((h) => [h.id, h.name]));
  const levels = event.targetLevels.length ? event.targetLevels : [...EVENT_LEVELS];
  const labels = {
    schoolOrganisationId: t("events.group.school"),
    label: t("events.group.label"),
    size: t("events.group.size"),
    level: t("events.group.level"),
    windows: t("events.group.windows"),
    preferences: t("events.group.preferences"),
    maxKm: t("events.group.maxKm"),
    girlsOnlyConfirmed: t("events.group.girlsOnlyLegend"),
  };
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.group.intro")}</Paragraph>
      <EntryFormArea
        saved={loaderData.saved}
        savedMessage={t("events.group.saved")}
        phase={phase}
        organisationCount={organisations.length}
        noOrganisationMessage={t("events.detail.noSchool")}
      >
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" noValidate className="th-stack" key={formKey}>
          <EntryOrganisationField
            name="schoolOrganisationId"
            label={labels.schoolOrganisationId}
            organisations={organisations}
            editingId={editingId}
            value={text("schoolOrganisationId")}
            error={errors.schoolOrganisationId}
          />
          <TextField name="label" label={labels.label} description={t("events.group.labelHint")} defaultValue={text("label")} error={errors.label} />
          <TextField name="size" label={labels.size} inputMode="numeric" defaultValue={text("size")} error={errors.size} />
          <SelectField
            name="level"
            label={labels.level}
            options={levels.map((l) => ({ value: l, label: t(`events.level.${l}`) }))}
            defaultValue={text("level")}
            error={errors.level}
          />
          <CheckboxGroup
            name="windows"
            legend={`${labels.windows} ${t("events.group.windowsHint")}`}
            options={event.windows.map((w) => ({ value: w.key, label: `${labelOf(t, `events.window.${w.label.toLowerCase()}`, w.label)} (${w.start}–${w.end})` }))}
            selected={list("windows")}
            error={errors.windows}
          />
          {/* The id is where the error summary's link for the preferences lands. */}
          <fieldset
            id="f-preferences"
            className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset th-stack"
            aria-describedby={errors.preferences ? "f-preferences-hint f-preferences-error" : "f-preferences-hint"}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{labels.preferences}</legend>
            <div className="utrecht-form-field-description" id="f-preferences-hint">
              {t("events.group.preferencesHint")}
            </div>
            {errors.preferences ? (
              <div className="utrecht-form-field-error-message" id="f-preferences-error">
                {t(errors.preferences)}
              </div>
            ) : null}
            {Array.from({ length: MAX_PREFERENCES }, (_, i) => (
              <SelectField
                key={i}
                name={`pref${i + 1}`}
                label={t("events.group.preference", { n: i + 1 })}
                placeholder={t("events.group.noPreference")}
                options={prefOptions}
                defaultValue={text(`pref${i + 1}`)}
              />
            ))}
          </fieldset>
          <TextField
            name="maxKm"
            label={labels.maxKm}
            description={t("events.group.maxKmHint", { km: event.defaultMaxKm })}
            inputMode="numeric"
            defaultValue={text("maxKm")}
            error={errors.maxKm}
          />
          {event.girlsOnly ? (
            <CheckboxGroup
              name="girlsOnly"
              legend={labels.girlsOnlyConfirmed}
              options={[{ value: "ja", label: t("events.group.girlsOnly") }]}
              selected={list("girlsOnly")}
              error={errors.girlsOnlyConfirmed}
            />
          ) : null}
          <ButtonGroup>
            <Button>{editingId ? t("events.manage.saveChanges") : t("events.group.submit")}</Button>
            {editingId ? <Link to={`/evenementen/${event.slug}/aanmelden`}>{t("events.manage.cancelEdit")}</Link> : null}
          </ButtonGroup>
        </Form>
      </EntryFormArea>
      <Heading level={2}>{t("events.group.mine")}</Heading>
      <EntryListNotices changed={loaderData.changed} withdrawn={loaderData.withdrawn} withdrawError={withdrawError} />
      {groups.length === 0 ? (
        <Paragraph>{t("events.group.none")}</Paragraph>
      ) : (
        <Table
          caption={t("events.group.mine")}
          captionHidden
          stack
          rows={groups}
          rowKey={(g) => g.id}
          columns={[
            { header: labels.schoolOrganisationId, cell: (g) => g.schoolName },
            { header: labels.label, rowHeader: true, cell: (g) => g.label },
            { header: labels.size, cell: (g) => g.size },
            { header: labels.level, cell: (g) => t(`events.level.${g.level}`) },
            { header: t("events.group.preferencesColumn"), cell: (g) => g.preferences.map((p) => ("hostId" in p ? (hostName.get(p.hostId) ?? "?") : p.sector)).join(", ") || "–" },
            phase === "open" && {
              header: t("events.manage.actions"),
              cell: (g) => <EntryRowActions pageHref={`/evenementen/${event.slug}/aanmelden`} id={g.id} idField="groupId" name={`${g.label}, ${g.schoolName}`} />,
            },
          ]}
        />
      )}
      <Paragraph>
        <Link to={`/evenementen/${event.slug}`}>{event.name}</Link>
      </Paragraph>
    </div>
  );
}
