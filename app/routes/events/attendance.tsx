import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/attendance";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { labelOf, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getSchedule } from "~/services/events/get-schedule.server.ts";
import { recordAttendance } from "~/services/events/record-attendance.server.ts";
import { verifyEventAccess } from "~/services/events/verify-event-access.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

const attendanceSchema = z.object({
  status: z.enum(["present", "absent"], { error: "form.required" }),
  // Never more than the int column holds; the use-case bounds it by the group's size.
  pupilsPresent: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? null : v),
    z.coerce.number({ error: "events.error.pupilsPresent" }).int("events.error.pupilsPresent").min(0, "events.error.pupilsPresent").max(10_000, "events.error.pupilsPresent").nullable(),
  ),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const schedule = await getSchedule(context.get(servicesContext), actor, { slug: params.slug, orgSlug: params.orgSlug });
  return { ...schedule, saved: new URL(request.url).searchParams.has("opgeslagen"), title: translator(actor.locale)("events.attendance.title", { event: schedule.event.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Aanwezigheid"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Members of this host record attendance; anyone else hears 403 before the form is read.
  await verifyEventAccess(services, actor, { slug: params.slug, as: "attendance", orgSlug: params.orgSlug });
  const assignment = z.uuid().safeParse(form.get("assignmentId"));
  if (!assignment.success) throw notFound();
  await recordAttendance(services, actor, { slug: params.slug, assignmentId: assignment.data, ...formInput(attendanceSchema, form) });
  throw redirect(`/evenementen/${encodeURIComponent(params.slug)}/aanwezigheid/${encodeURIComponent(params.orgSlug)}?opgeslagen=1`);
});

export default function AttendancePage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { event, organisation, items } = loaderData;
  const groups = items.flatMap((item) => item.groups.map((g) => ({ ...g, window: labelOf(t, `events.window.${item.windowLabel.toLowerCase()}`, item.windowLabel) })));
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>
        {t("events.attendance.intro")} {t("events.attendance.fromStart")}
      </Paragraph>
      <ErrorSummary errors={actionData?.errors} />
      {loaderData.saved ? (
        <Alert type="ok">
          <Paragraph>{t("events.attendance.saved")}</Paragraph>
        </Alert>
      ) : null}
      {groups.length === 0 ? (
        <Paragraph>{t("events.schedule.empty")}</Paragraph>
      ) : (
        <Table
          caption={t("events.attendance.caption")}
          rows={groups}
          rowKey={(g) => g.assignmentId}
          columns={[
            {
              header: t("events.assignment.col.group"),
              rowHeader: true,
              cell: (g) => (
                <>
                  {g.window}: <strong>{g.label}</strong> ({g.schoolName}, {t("events.group.pupils", { count: g.size })})
                  {g.attendance ? (
                    <>
                      <br />
                      {t("events.attendance.recorded", {
                        status: `${t(`events.attendance.${g.attendance.status}`)}${g.attendance.pupilsPresent != null ? `, ${g.attendance.pupilsPresent}` : ""}`,
                      })}
                    </>
                  ) : null}
                </>
              ),
            },
            {
              header: t("events.attendance.status"),
              cell: (g) => {
                const name = `${g.label}, ${g.schoolName}`;
                return (
                  <Form method="post" className="th-assign-form">
                    <input type="hidden" name="assignmentId" value={g.assignmentId} />
                    <fieldset className="utrecht-form-fieldset">
                      <legend className="th-visually-hidden">{`${t("events.attendance.status")} ${name}`}</legend>
                      {(["present", "absent"] as const).map((s) => (
                        <span key={s} className="utrecht-form-field utrecht-form-field--radio">
                          <input
                            className="utrecht-radio-button utrecht-radio-button--html-input"
                            type="radio"
                            id={`att-${g.assignmentId}-${s}`}
                            name="status"
                            value={s}
                            defaultChecked={(g.attendance?.status ?? "present") === s}
                          />
                          <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`att-${g.assignmentId}-${s}`}>
                            {t(`events.attendance.${s}`)}
                          </label>
                        </span>
                      ))}
                    </fieldset>
                    <label className="utrecht-form-label" htmlFor={`pupils-${g.assignmentId}`}>
                      {t("events.attendance.pupils", { group: name })}
                    </label>
                    <input
                      className="utrecht-textbox utrecht-textbox--html-input th-narrow-input"
                      id={`pupils-${g.assignmentId}`}
                      name="pupilsPresent"
                      inputMode="numeric"
                      defaultValue={g.attendance?.pupilsPresent ?? g.size}
                    />
                    <Button appearance="secondary" aria-label={`${t("events.attendance.save")} (${name})`}>
                      {t("events.attendance.save")}
                    </Button>
                  </Form>
                );
              },
            },
          ]}
        />
      )}
      <Paragraph>
        <Link to={`/evenementen/${event.slug}/rooster/${organisation.slug}`}>{t("events.detail.schedule", { name: organisation.name })}</Link>
      </Paragraph>
    </div>
  );
}
