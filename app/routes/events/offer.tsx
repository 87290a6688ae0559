import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/offer";
import { servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { EVENT_LEVELS } from "~/domain/events/instance.ts";
import { formValues, optionalText, parseForm, requiredText, stringList } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { updateSlot } from "~/services/events/update-slot.server.ts";
import { withdrawSlot } from "~/services/events/withdraw-slot.server.ts";
import { loadRegistration } from "~/services/events/load-registration.server.ts";
import { registerSlot } from "~/services/events/register-slot.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { formFailure, throwHttpError, translatorOf } from "../proposal-responses.server.ts";

const optionalCount = z.preprocess(
  (v) => (typeof v === "string" && v.trim() === "" ? null : v),
  z.coerce.number({ error: "events.error.capacity" }).int("events.error.capacity").nullable(),
);

const slotSchema = z.object({
  hostOrganisationId: z.uuid({ error: "form.required" }),
  window: requiredText(100, "events.error.window"),
  capacityPupils: optionalCount,
  maxGroups: optionalCount,
  levels: stringList(z.enum(EVENT_LEVELS)).pipe(z.array(z.string()).min(1, "events.error.levelsMissing")),
  sector: optionalText(100),
  activity: requiredText(500),
  street: optionalText(200),
  postcode: optionalText(20),
  place: optionalText(100),
  accessibilityNotes: optionalText(1000),
});

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = requireUser(context, request);
  try {
    const registration = await loadRegistration(context.get(servicesContext), actor, params.slug, "host", new URL(request.url).searchParams.get("wijzig"));
    return { ...registration, saved: new URL(request.url).searchParams.has("opgeslagen"), withdrawn: new URL(request.url).searchParams.has("ingetrokken"), changed: new URL(request.url).searchParams.has("gewijzigd"), title: translatorOf(context)("events.offer.title", { name: registration.event.name }) };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Bezoekmoment aanbieden"} | Technohub` }];
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requireUser(context, request);
  const formData = await request.formData();
  if (formData.get("intent") === "withdraw") {
    const id = z.uuid().safeParse(formData.get("slotId"));
    if (!id.success) throw data("Not found", { status: 404 });
    try {
      await withdrawSlot(context.get(servicesContext), actor, params.slug, id.data);
    } catch (error) {
      // Refused (registration closed, schedule published): the message goes above the list.
      if (error instanceof DomainError && error.kind === "conflict") return data({ errors: { withdraw: error.message } as Record<string, string>, values: {} }, { status: STATUS.conflict });
      throwHttpError(error, context);
    }
    throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanbieden?ingetrokken=1`);
  }
  const parsed = parseForm(slotSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    const editId = formData.get("intent") === "update" ? String(formData.get("id") ?? "") : null;
    const input = {
      slug: params.slug,
      ...parsed.data,
      sector: parsed.data.sector ?? null,
      street: parsed.data.street ?? null,
      postcode: parsed.data.postcode ?? null,
      place: parsed.data.place ?? null,
      accessibilityNotes: parsed.data.accessibilityNotes ?? "",
    };
    if (editId) await updateSlot(context.get(servicesContext), actor, editId, input);
    else await registerSlot(context.get(servicesContext), actor, input);
  } catch (error) {
    return formFailure(error, context, formValues(formData));
  }
  throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanbieden?${formData.get("intent") === "update" ? "gewijzigd" : "opgeslagen"}=1`);
}

export default function OfferPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event, phase, organisations, slots } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? loaderData.editing ?? {}) as Record<string, string | string[] | undefined>;
  const editingId = actionData ? (typeof values.id === "string" && values.id ? values.id : null) : ((loaderData.editing?.id as string | undefined) ?? null);
  const editingOrg = editingId ? organisations.find((o) => o.id === values.hostOrganisationId) : undefined;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const windowLabel = new Map(event.windows.map((w) => [w.key, `${w.label} (${w.start}–${w.end})`]));
  const levelOptions = (event.targetLevels.length ? event.targetLevels : [...EVENT_LEVELS]).map((l) => ({ value: l, label: t(`events.level.${l}`) }));
  const labels = {
    hostOrganisationId: t("events.offer.organisation"),
    window: t("events.offer.window"),
    capacityPupils: t("events.offer.capacityPupils"),
    maxGroups: t("events.offer.maxGroups"),
    levels: t("events.offer.levels"),
    activity: t("events.offer.activity"),
    place: t("events.offer.place"),
  };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.offer.intro")}</Paragraph>
      {loaderData.saved ? (
        <Alert type="ok">
          <Paragraph>{t("events.offer.saved")}</Paragraph>
        </Alert>
      ) : null}
      {phase !== "open" ? (
        <Alert type="warning">
          <Paragraph>{t(`events.detail.phase.${phase}`)}</Paragraph>
        </Alert>
      ) : organisations.length === 0 ? (
        <Paragraph>{t("events.detail.noCompany")}</Paragraph>
      ) : (
        <>
          <ErrorSummary errors={errors} labels={labels} />
          <Form method="post" noValidate className="th-stack" key={editingId ?? "new"}>
            {editingId ? (
              <>
                <input type="hidden" name="intent" value="update" />
                <input type="hidden" name="id" value={editingId} />
                <input type="hidden" name="hostOrganisationId" value={editingOrg?.id ?? ""} />
                <Paragraph>{t("events.manage.editing", { name: editingOrg?.name ?? "" })}</Paragraph>
              </>
            ) : (
            <SelectField
              name="hostOrganisationId"
              label={labels.hostOrganisationId}
              options={organisations.map((o) => ({ value: o.id, label: o.place ? `${o.name} (${o.place})` : o.name }))}
              defaultValue={text("hostOrganisationId") || organisations[0]!.id}
              error={errors.hostOrganisationId}
            />
            )}
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
              description={t("events.offer.capacityHint")}
              inputMode="numeric"
              defaultValue={text("capacityPupils")}
              error={errors.capacityPupils}
            />
            <TextField name="maxGroups" label={labels.maxGroups} inputMode="numeric" defaultValue={text("maxGroups")} error={errors.maxGroups} />
            <CheckboxGroup
              name="levels"
              legend={labels.levels}
              options={levelOptions}
              selected={Array.isArray(values.levels) ? values.levels : values.levels ? [values.levels] : []}
              error={errors.levels}
            />
            <TextArea name="activity" label={labels.activity} defaultValue={text("activity")} error={errors.activity} rows={3} />
            <TextField name="sector" label={t("events.offer.sector")} defaultValue={text("sector")} error={errors.sector} />
            <Paragraph>{t("events.offer.addressHint")}</Paragraph>
            <TextField name="street" label={t("events.offer.street")} defaultValue={text("street")} autoComplete="street-address" />
            <TextField name="postcode" label={t("events.offer.postcode")} defaultValue={text("postcode")} autoComplete="postal-code" />
            <TextField name="place" label={labels.place} defaultValue={text("place")} error={errors.place} autoComplete="address-level2" />
            <TextArea
              name="accessibilityNotes"
              label={t("events.offer.accessibility")}
              description={t("events.offer.accessibilityHint")}
              defaultValue={text("accessibilityNotes")}
              rows={3}
            />
            <ButtonGroup>
              <Button>{editingId ? t("events.manage.saveChanges") : t("events.offer.submit")}</Button>
              {editingId ? <Link to={`/evenementen/${event.slug}/aanbieden`}>{t("events.manage.cancelEdit")}</Link> : null}
            </ButtonGroup>
          </Form>
        </>
      )}
      <Heading level={2}>{t("events.offer.mine")}</Heading>
      {loaderData.changed ? (
        <Alert type="ok">
          <Paragraph>{t("events.manage.saved")}</Paragraph>
        </Alert>
      ) : null}
      {loaderData.withdrawn ? (
        <Alert type="ok">
          <Paragraph>{t("events.manage.withdrawn")}</Paragraph>
        </Alert>
      ) : null}
      {errors.withdraw ? (
        <Alert type="error">
          <Paragraph>{t(errors.withdraw)}</Paragraph>
        </Alert>
      ) : null}
      {slots.length === 0 ? (
        <Paragraph>{t("events.offer.none")}</Paragraph>
      ) : (
        <Table>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th className="utrecht-table__header-cell">{labels.hostOrganisationId}</th>
              <th className="utrecht-table__header-cell">{labels.window}</th>
              <th className="utrecht-table__header-cell">{labels.activity}</th>
              <th className="utrecht-table__header-cell">{labels.capacityPupils}</th>
              <th className="utrecht-table__header-cell">{labels.maxGroups}</th>
              {phase === "open" ? <th className="utrecht-table__header-cell">{t("events.manage.actions")}</th> : null}
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {slots.map((s) => (
              <tr className="utrecht-table__row" key={s.id}>
                <td className="utrecht-table__cell">{s.hostName}</td>
                <td className="utrecht-table__cell">{windowLabel.get(s.window) ?? s.window}</td>
                <td className="utrecht-table__cell">{s.activity}</td>
                <td className="utrecht-table__cell">{s.capacityPupils ?? "–"}</td>
                <td className="utrecht-table__cell">{s.maxGroups ?? "–"}</td>
                {phase === "open" ? (
                  <td className="utrecht-table__cell">
                    <Link to={`/evenementen/${event.slug}/aanbieden?wijzig=${s.id}`} aria-label={t("events.manage.editLabel", { name: `${windowLabel.get(s.window) ?? s.window}, ${s.activity}` })}>
                      {t("events.manage.change")}
                    </Link>
                    <Form method="post">
                      <input type="hidden" name="intent" value="withdraw" />
                      <input type="hidden" name="slotId" value={s.id} />
                      <Button appearance="secondary" aria-label={t("events.manage.withdrawLabel", { name: `${windowLabel.get(s.window) ?? s.window}, ${s.activity}` })}>
                        {t("events.manage.withdraw")}
                      </Button>
                    </Form>
                  </td>
                ) : null}
              </tr>
            ))}
          </tbody>
        </Table>
      )}
      <Paragraph>
        <Link to={`/evenementen/${event.slug}`}>{event.name}</Link>
      </Paragraph>
    </div>
  );
}
