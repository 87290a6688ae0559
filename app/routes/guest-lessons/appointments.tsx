import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appointments";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listAppointments } from "~/services/guest-lessons/list-appointments.server.ts";
import { resetCalendarLink } from "~/services/guest-lessons/reset-calendar-link.server.ts";
import { Alert, Button, ExternalLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "appointments.title");

/** My appointments (school side and company side) by state, and my private calendar link. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  return listAppointments(context.get(servicesContext), user);
});

const resetSchema = z.object({ intent: z.literal("reset-calendar", { error: "guestLessons.choose" }) });

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  formInput(resetSchema, form);
  return { reset: true, links: await resetCalendarLink(context.get(servicesContext), user) };
});

type Group = Route.ComponentProps["loaderData"]["groups"][number];
type Links = Route.ComponentProps["loaderData"]["links"];

/** The appointments in one state, as a table: the offer, the other side, the date, what to do. */
function StateGroup({ group }: { group: Group }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby={`state-${group.state}`} className="th-stack">
      <Heading level={2} id={`state-${group.state}`}>
        {t(`appointments.state.${group.state}`)} ({group.items.length})
      </Heading>
      <Table
        caption={`${t(`appointments.state.${group.state}`)} (${group.items.length})`}
        captionHidden
        stack
        rows={group.items}
        rowKey={(item) => item.id}
        columns={[
          { header: t("appointments.col.offer"), rowHeader: true, cell: (item) => <Link to={`/afspraken/${item.id}`}>{item.offerTitle}</Link> },
          {
            header: t("appointments.col.with"),
            cell: (item) => (
              <>
                {item.side === "school" ? item.providerName : item.schoolName} <span className="th-muted">({t(`appointments.side.${item.side}`)})</span>
              </>
            ),
          },
          {
            header: t("appointments.col.date"),
            cell: (item) => (
              <>
                {item.date ? formatDate(`${item.date}T12:00:00Z`, locale) : t("appointments.noDate")}
                {item.startsAt ? ` ${formatDate(item.startsAt, locale, { timeStyle: "short" })}` : ""}
              </>
            ),
          },
          {
            header: t("appointments.col.todo"),
            // Each thing to do leads to its form on the appointment's page: evaluating to the evaluation, the rest to the actions.
            cell: (item) =>
              item.actions.map((a, i) => (
                <span key={a}>
                  {i > 0 ? " · " : ""}
                  <Link to={`/afspraken/${item.id}#${a === "evaluate" ? "evaluation" : "actions"}`}>{t(`appointments.action.${a}`)}</Link>
                </span>
              )),
          },
        ]}
      />
    </section>
  );
}

/** The private calendar feed: its address, a subscribe link, and a new secret. */
function CalendarFeed({ links, reset }: { links: Links; reset: boolean }) {
  const t = useT();
  return (
    <section aria-labelledby="calendar" className="th-stack">
      <Heading level={2} id="calendar">{t("appointments.calendar.title")}</Heading>
      <Paragraph>{t("appointments.calendar.body")}</Paragraph>
      {reset ? <Alert type="ok">{t("appointments.calendar.resetDone")}</Alert> : null}
      <TextField name="calendarLink" label={t("appointments.calendar.link")} value={links.https} readOnly key={links.https} />
      <Paragraph>
        <ExternalLink href={links.webcal}>{t("appointments.calendar.subscribe")}</ExternalLink>
      </Paragraph>
      <Form method="post">
        <input type="hidden" name="intent" value="reset-calendar" />
        <Button appearance="secondary">{t("appointments.calendar.reset")}</Button>
      </Form>
    </section>
  );
}

export default function Appointments({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const reset = actionData && "links" in actionData ? actionData : null;
  const links = reset?.links ?? loaderData.links;
  return (
    <div className="th-stack">
      <Heading level={1}>{t("appointments.title")}</Heading>
      <Paragraph>{t("appointments.intro")}</Paragraph>
      {loaderData.groups.length === 0 ? <Paragraph>{t("appointments.empty")}</Paragraph> : null}
      {loaderData.groups.map((group) => (
        <StateGroup key={group.state} group={group} />
      ))}
      <CalendarFeed links={links} reset={reset !== null} />
    </div>
  );
}
