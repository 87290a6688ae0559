import { Form, redirect } from "react-router";
import type { Route } from "./+types/participants";
import { requestContext, servicesContext } from "~/context.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listSessionRegistrations } from "~/services/courses/list-session-registrations.server.ts";
import { recordAttendance } from "~/services/courses/record-attendance.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Alert, Button, ButtonGroup, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const page = await listSessionRegistrations(services, user, { slug: params.slug, sessionId: params.id, bounded: true });
  const started = page.session.startsAt.getTime() <= services.clock.now().getTime();
  return {
    course: { slug: page.course.slug, title: page.course.title },
    session: { id: page.session.id, startsAt: page.session.startsAt, endsAt: page.session.endsAt, location: page.session.location, capacity: page.session.capacity, status: page.session.status },
    // Names and addresses of the participants: the provider's people run this session and see them.
    registrations: page.registrations,
    total: page.total,
    started,
    saved: new URL(request.url).searchParams.has("opgeslagen"),
    title: `${t("courses.participants.title")}: ${page.course.title} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Deelnemers | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read.
  await verifyCourseAccess(services, user, { kind: "course", slug: params.slug });
  // Ticks are registration ids of this session; anything else cannot be one and is left out.
  const attended = form.getAll("attended[]").filter(isUuid);
  await recordAttendance(services, user, { slug: params.slug, sessionId: params.id, attendedIds: attended });
  throw redirect(`/cursussen/${params.slug}/sessies/${params.id}/deelnemers?opgeslagen`);
});

export default function Participants({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { course, session, registrations, started, saved } = loaderData;
  const base = `/cursussen/${course.slug}/sessies/${session.id}`;
  const attendable = registrations.filter((r) => r.status === "confirmed" || r.status === "attended" || r.status === "no_show");
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/cursussen/${course.slug}/sessies`}>← {t("courses.sessions.title")}</Link>
      </Paragraph>
      <Heading level={1}>{t("courses.participants.title")}</Heading>
      <Paragraph lead>
        {course.title}: {formatSessionTime(session.startsAt, session.endsAt, locale)}, {session.location}
      </Paragraph>
      {saved ? (
        <Alert type="ok">
          <Paragraph>{t("courses.participants.saved")}</Paragraph>
        </Alert>
      ) : null}
      {actionData?.errors._form ? (
        <Alert type="error">
          <Paragraph>{t(actionData.errors._form)}</Paragraph>
        </Alert>
      ) : null}
      <ButtonGroup>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={`${base}/export/csv`} download>
          {t("courses.participants.csv")}
        </a>
        <a className="utrecht-button-link utrecht-button-link--secondary-action" href={`${base}/export/xlsx`} download>
          {t("courses.participants.xlsx")}
        </a>
      </ButtonGroup>
      {registrations.length === 0 ? <Paragraph>{t("courses.participants.none")}</Paragraph> : null}
      {loaderData.total > registrations.length ? (
        <Paragraph role="status">{t("courses.participants.firstShown", { shown: registrations.length, total: loaderData.total })}</Paragraph>
      ) : null}
      {registrations.length ? (
        <Form method="post" className="th-stack">
          <Table
            caption={t("courses.participants.caption", { count: loaderData.total })}
            rows={registrations}
            rowKey={(r) => r.id}
            stack
            columns={[
              { header: t("courses.participants.name"), rowHeader: true, cell: (r) => r.name },
              { header: t("courses.participants.email"), cell: (r) => r.email, className: "th-break" },
              { header: t("courses.participants.company"), cell: (r) => r.company ?? "" },
              {
                header: t("courses.registration.status"),
                cell: (r) => (
                  <>
                    {r.status === "waitlisted" ? t("courses.page.mineWaiting", { n: r.position ?? "" }) : t(`courses.registrationStatus.${r.status}`)}
                    {r.status === "attended" ? (
                      <>
                        {" · "}
                        <a className="utrecht-link" href={`/aanmelding/${r.id}/bewijs-van-deelname`}>
                          {t("courses.participants.certificate")}
                          <span className="th-visually-hidden">: {r.name}</span>
                        </a>
                      </>
                    ) : null}
                  </>
                ),
              },
              started && {
                header: t("courses.participants.present"),
                cell: (r) =>
                  attendable.includes(r) ? (
                    <input
                      className="utrecht-checkbox utrecht-checkbox--html-input"
                      type="checkbox"
                      name="attended[]"
                      value={r.id}
                      defaultChecked={r.status === "attended"}
                      aria-label={`${t("courses.participants.present")}: ${r.name}`}
                    />
                  ) : null,
              },
            ]}
          />
          {started && attendable.length && session.status === "scheduled" ? (
            <div>
              <Button>{t("courses.participants.saveAttendance")}</Button>
            </div>
          ) : null}
        </Form>
      ) : null}
      {!started ? <Paragraph className="th-muted">{t("courses.participants.attendanceLater")}</Paragraph> : null}
    </div>
  );
}
