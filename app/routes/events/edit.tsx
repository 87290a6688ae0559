import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/edit";
import { servicesContext } from "~/context.ts";
import { EVENT_STATUSES } from "~/domain/events/event-rules.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { updateEventStatus } from "~/services/events/update-event-status.server.ts";
import { getEventForm } from "~/services/events/get-event-form.server.ts";
import { updateEvent } from "~/services/events/update-event.server.ts";
import { verifyEventAccess } from "~/services/events/verify-event-access.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { EventForm, eventFormSchema, valuesOf } from "./event-form.tsx";

const statusSchema = z.object({ to: z.enum(EVENT_STATUSES, { error: "events.manage.error.statusChange" }) });

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const form = await getEventForm(context.get(servicesContext), actor, { slug: params.slug });
  const search = new URL(request.url).searchParams;
  const notice = search.has("aangemaakt") ? "created" : search.has("opgeslagen") ? "saved" : search.has("status") ? "statusChanged" : null;
  return { ...form, notice, title: translator(actor.locale)("events.manage.editTitle", { name: form.event.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Evenement bewerken"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the event's coordinators: others hear 403 before the form is read.
  await verifyEventAccess(services, actor, { slug: params.slug, as: "coordinator" });
  const base = `/evenementen/${encodeURIComponent(params.slug)}/bewerken`;
  if (form.get("intent") === "status") {
    await updateEventStatus(services, actor, { slug: params.slug, status: formInput(statusSchema, form).to });
    throw redirect(`${base}?status=1`);
  }
  await updateEvent(services, actor, { slug: params.slug, ...formInput(eventFormSchema, form) });
  throw redirect(`${base}?opgeslagen=1`);
});

export default function EditEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event } = loaderData;
  // The status buttons and the event form post here; the refused one is known by its `intent`.
  const statusRefused = actionData?.values.intent === "status";
  const statusError = statusRefused ? (actionData.errors._form ?? actionData.errors.to) : undefined;
  const formErrors: Record<string, string> = actionData && !statusRefused ? actionData.errors : {};
  const values = actionData && !statusRefused ? actionData.values : valuesOf({ ...event, startsOn: event.startsOn ?? "" });
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
        <Paragraph>{t("events.manage.entries", { slots: loaderData.slotCount, groups: loaderData.groupCount })}</Paragraph>
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
