import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/edit";
import { servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { EVENT_STATUSES } from "~/domain/events/event-rules.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { changeEventStatus } from "~/services/events/change-event-status.server.ts";
import { loadEventForm } from "~/services/events/load-event-form.server.ts";
import { updateEvent } from "~/services/events/update-event.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { formFailure, throwHttpError, translatorOf } from "../proposal-responses.server.ts";
import { EventForm, eventFormSchema, valuesOf } from "./event-form.tsx";

const statusSchema = z.object({ to: z.enum(EVENT_STATUSES, { error: "events.manage.error.statusChange" }) });

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = requireUser(context, request);
  try {
    const form = await loadEventForm(context.get(servicesContext), actor, params.slug);
    const search = new URL(request.url).searchParams;
    const notice = search.has("aangemaakt") ? "created" : search.has("opgeslagen") ? "saved" : search.has("status") ? "statusChanged" : null;
    return { ...form, notice, title: translatorOf(context)("events.manage.editTitle", { name: form.event.name }) };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Evenement bewerken"} | Technohub` }];
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const base = `/evenementen/${encodeURIComponent(params.slug)}/bewerken`;
  if (formData.get("intent") === "status") {
    const parsed = parseForm(statusSchema, formData);
    if (!parsed.ok) return data({ errors: { status: parsed.errors.to ?? "events.manage.error.statusChange" }, values: null }, { status: 400 });
    try {
      await changeEventStatus(services, actor, params.slug, parsed.data.to);
    } catch (error) {
      if (error instanceof DomainError && (error.kind === "conflict" || error.kind === "invalid")) {
        return data({ errors: { status: error.message } as Record<string, string>, values: null }, { status: STATUS[error.kind] });
      }
      throwHttpError(error, context);
    }
    throw redirect(`${base}?status=1`);
  }
  const parsed = parseForm(eventFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values as Record<string, string | string[]> | null }, { status: 400 });
  try {
    await updateEvent(services, actor, params.slug, parsed.data);
  } catch (error) {
    return formFailure(error, context, formValues(formData));
  }
  throw redirect(`${base}?opgeslagen=1`);
}

export default function EditEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const { status: statusError, ...formErrors } = errors;
  const values = actionData?.values ?? valuesOf({ ...event, startsOn: event.startsOn ?? "" });
  const notice = loaderData.notice;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(`events.manage.${notice}`)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        <Link to={`/evenementen/${event.slug}`}>{t("events.manage.back")}</Link>
      </Paragraph>

      <section aria-labelledby="status" className="th-stack">
        <Heading level={2} id="status">
          {t("events.manage.status")}
        </Heading>
        <Paragraph>{t("events.manage.statusNow", { status: t(`events.status.${event.status}`) })}</Paragraph>
        <Paragraph>{t("events.manage.registrations", { slots: loaderData.slotCount, groups: loaderData.groupCount })}</Paragraph>
        {statusError ? <ErrorSummary errors={{ status: statusError }} labels={{ status: t("events.manage.status") }} /> : null}
        {loaderData.nextStatuses.length ? (
          <ButtonGroup>
            {loaderData.nextStatuses.map((to) => (
              <Form method="post" key={to}>
                <input type="hidden" name="intent" value="status" />
                <input type="hidden" name="to" value={to} />
                <Button appearance={to === "open" ? "primary" : "secondary"}>{t(`events.manage.to.${to}`)}</Button>
              </Form>
            ))}
          </ButtonGroup>
        ) : (
          <Paragraph>{t("events.manage.noStatusChange")}</Paragraph>
        )}
        <Paragraph>{t("events.manage.statusHint")}</Paragraph>
      </section>

      <Heading level={2}>{t("events.manage.edit")}</Heading>
      <EventForm values={values} errors={formErrors} submitLabel={t("events.manage.save")} />
    </div>
  );
}
