import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/slot";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { EVENT_LEVELS } from "~/domain/events/instance.ts";
import { formInput, optionalText, requiredText, stringList } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { updateSlot } from "~/services/events/update-slot.server.ts";
import { withdrawSlot } from "~/services/events/withdraw-slot.server.ts";
import { getEntries } from "~/services/events/get-entries.server.ts";
import { registerSlot } from "~/services/events/register-slot.server.ts";
import { verifyEventAccess } from "~/services/events/verify-event-access.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { EntryFormArea, entryFormState, EntryListNotices, EntryOrganisationField, EntryRowActions, useEntryFormKey } from "./entry-page.tsx";

// Bounded here as in the domain (checkSlot), so no number beyond the int column reaches it.
const optionalCount = (max: number, message: string) =>
  z.preprocess((v) => (typeof v === "string" && v.trim() === "" ? null : v), z.coerce.number({ error: message }).int(message).min(1, message).max(max, message).nullable());

const slotSchema = z.object({
  hostOrganisationId: z.uuid({ error: "form.required" }),
  window: requiredText(100, "events.error.window"),
  capacityPupils: optionalCount(2000, "events.error.capacity"),
  maxGroups: optionalCount(100, "events.error.maxGroups"),
  levels: stringList(z.enum(EVENT_LEVELS)).pipe(z.array(z.string()).min(1, "events.error.levelsMissing")),
  sector: optionalText(100),
  activity: requiredText(500),
  street: optionalText(200),
  postcode: optionalText(20),
  place: optionalText(100),
  accessibilityNotes: optionalText(1000),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const search = new URL(request.url).searchParams;
  const entries = await getEntries(context.get(servicesContext), actor, { slug: params.slug, who: "host", editId: search.get("wijzig") });
  return { ...entries, saved: search.has("opgeslagen"), withdrawn: search.has("ingetrokken"), changed: search.has("gewijzigd"), title: translator(actor.locale)("events.slot.title", { name: entries.event.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Bezoekmoment aanbieden"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Members of a host company use this page; anyone else hears 403 before the form is read.
  await verifyEventAccess(services, actor, { slug: params.slug, as: "host" });
  const intent = form.get("intent");
  if (intent === "withdraw") {
    const id = z.uuid().safeParse(form.get("slotId"));
    if (!id.success) throw notFound();
    // Refused (entry closed, schedule published): the message goes above the list.
    await withdrawSlot(services, actor, { slug: params.slug, slotId: id.data });
    throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanbieden?ingetrokken=1`);
  }
  // The slot being changed comes from a hidden field: one that is no id of theirs is not found.
  const editId = intent === "update" ? z.uuid().safeParse(form.get("id")) : null;
  if (editId && !editId.success) throw notFound();
  const slot = formInput(slotSchema, form);
  const input = {
    slug: params.slug,
    ...slot,
    sector: slot.sector ?? null,
    street: slot.street ?? null,
    postcode: slot.postcode ?? null,
    place: slot.place ?? null,
    accessibilityNotes: slot.accessibilityNotes ?? "",
  };
  if (editId) await updateSlot(services, actor, { ...input, slotId: editId.data });
  else await registerSlot(services, actor, input);
  throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanbieden?${editId ? "gewijzigd" : "opgeslagen"}=1`);
});

export default function SlotPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event, phase, organisations, slots } = loaderData;
  const { withdrawError, errors, editingId, text, list } = entryFormState(actionData, loaderData.editing);
  const formKey = useEntryFormKey(editingId);
  const windowLabel = new Map(event.windows.map((w) => [w.key, `${labelOf(t, `events.window.${w.label.toLowerCase()}`, w.label)} (${w.start}–${w.end})`]));
  const levelOptions = (event.targetLevels.length ? event.targetLevels : [...EVENT_LEVELS]).map((l) => ({ value: l, label: t(`events.level.${l}`) }));
  const labels = {
    hostOrganisationId: t("events.slot.organisation"),
    window: t("events.slot.window"),
    capacityPupils: t("events.slot.capacityPupils"),
    maxGroups: t("events.slot.maxGroups"),
    levels: t("events.slot.levels"),
    activity: t("events.slot.activity"),
    place: t("events.slot.place"),
  };
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.slot.intro")}</Paragraph>
      <EntryFormArea
        saved={loaderData.saved}
        savedMessage={t("events.slot.saved")}
        phase={phase}
        organisationCount={organisations.length}
        noOrganisationMessage={t("events.detail.noCompany")}
      >
        <ErrorSummary errors={errors} labels={labels} />
        <Form method="post" noValidate className="th-stack" key={formKey}>
          <EntryOrganisationField
            name="hostOrganisationId"
            label={labels.hostOrganisationId}
            organisations={organisations}
            editingId={editingId}
            value={text("hostOrganisationId")}
            error={errors.hostOrganisationId}
          />
          <SelectField
            name="window"
            label={labels.window}
            options={event.windows.map((w) => ({ value: w.key, label: windowLabel.get(w.key)! }))}
            defaultValue={text("window")}
            error={errors.window}
          />
          <TextField
            name="capacityPupils"
            label={labels.capacityPupils}
            description={t("events.slot.capacityHint")}
            inputMode="numeric"
            defaultValue={text("capacityPupils")}
            error={errors.capacityPupils}
          />
          <TextField name="maxGroups" label={labels.maxGroups} inputMode="numeric" defaultValue={text("maxGroups")} error={errors.maxGroups} />
          <CheckboxGroup
            name="levels"
            legend={labels.levels}
            options={levelOptions}
            selected={list("levels")}
            error={errors.levels}
          />
          <TextArea name="activity" label={labels.activity} defaultValue={text("activity")} error={errors.activity} rows={3} />
          <TextField name="sector" label={t("events.slot.sector")} defaultValue={text("sector")} error={errors.sector} />
          <Paragraph>{t("events.slot.addressHint")}</Paragraph>
          <TextField name="street" label={t("events.slot.street")} defaultValue={text("street")} autoComplete="street-address" />
          <TextField name="postcode" label={t("events.slot.postcode")} defaultValue={text("postcode")} autoComplete="postal-code" />
          <TextField name="place" label={labels.place} defaultValue={text("place")} error={errors.place} autoComplete="address-level2" />
          <TextArea
            name="accessibilityNotes"
            label={t("events.slot.accessibility")}
            description={t("events.slot.accessibilityHint")}
            defaultValue={text("accessibilityNotes")}
            rows={3}
          />
          <ButtonGroup>
            <Button>{editingId ? t("events.manage.saveChanges") : t("events.slot.submit")}</Button>
            {editingId ? <Link to={`/evenementen/${event.slug}/aanbieden`}>{t("events.manage.cancelEdit")}</Link> : null}
          </ButtonGroup>
        </Form>
      </EntryFormArea>
      <Heading level={2}>{t("events.slot.mine")}</Heading>
      <EntryListNotices changed={loaderData.changed} withdrawn={loaderData.withdrawn} withdrawError={withdrawError} />
      {slots.length === 0 ? (
        <Paragraph>{t("events.slot.none")}</Paragraph>
      ) : (
        <Table
          caption={t("events.slot.mine")}
          captionHidden
          stack
          rows={slots}
          rowKey={(s) => s.id}
          columns={[
            { header: labels.hostOrganisationId, cell: (s) => s.hostName },
            { header: labels.window, rowHeader: true, cell: (s) => windowLabel.get(s.window) ?? s.window },
            { header: labels.activity, cell: (s) => s.activity },
            { header: labels.capacityPupils, cell: (s) => s.capacityPupils ?? "–" },
            { header: labels.maxGroups, cell: (s) => s.maxGroups ?? "–" },
            phase === "open" && {
              header: t("events.manage.actions"),
              cell: (s) => <EntryRowActions pageHref={`/evenementen/${event.slug}/aanbieden`} id={s.id} idField="slotId" name={`${windowLabel.get(s.window) ?? s.window}, ${s.activity}`} />,
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
