import { Form, redirect } from "react-router";
import type { Route } from "./+types/sessions";
import { requestContext, servicesContext } from "~/context.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { sessionFormSchema } from "~/domain/courses/forms.ts";
import { translator } from "~/i18n/index.ts";
import { confirmationStep, formInput, isConfirmed } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { cancelSession } from "~/services/courses/cancel-session.server.ts";
import { createSession } from "~/services/courses/create-session.server.ts";
import { listCourseSessions } from "~/services/courses/list-course-sessions.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Alert, Badge, Button, ButtonGroup, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ConfirmStep } from "~/ui/confirm.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = {
  gepubliceerd: "courses.page.published",
  opgeslagen: "courses.sessions.savedDraft",
  toegevoegd: "courses.sessions.added",
  geannuleerd: "courses.sessions.cancelled",
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const page = await listCourseSessions(context.get(servicesContext), user, { slug: params.slug });
  const search = new URL(request.url).searchParams;
  const notice = Object.keys(NOTICES).find((k) => search.has(k));
  // How many people the cancellation mailed: "the participants have been e-mailed" when nobody was registered told nothing true.
  // An address without the number (an older link) cannot say how many were told: no notice then
  // (the table shows the session cancelled), rather than "nobody" or a count it does not know.
  const count = notice === "geannuleerd" ? /^\d+$/.exec(search.get("geannuleerd") ?? "") : null;
  const mailed = count ? Number(count[0]) : null;
  // The session just added (from the redirect): the add form starts empty again for the next one.
  const added = search.get("toegevoegd") ?? "";
  return { ...page, added, notice: mailed === 0 ? "courses.sessions.cancelledNobody" : notice && !(notice === "geannuleerd" && mailed === null) ? NOTICES[notice]! : null, noticeCount: mailed ?? undefined, title: `${t("courses.sessions.title")}: ${page.course.title} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Sessies | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read: only the provider's people manage sessions.
  await verifyCourseAccess(services, user, { kind: "course", slug: params.slug });
  if (form.get("intent") === "cancel") {
    const sessionId = form.get("sessionId");
    // Cancelling mails everyone registered and cannot be undone: one tap on a phone must not do it.
    if (!isConfirmed(form)) return confirmationStep(form, { sessionId: typeof sessionId === "string" ? sessionId : "" });
    const { cancelled } = await cancelSession(services, user, { slug: params.slug, sessionId: typeof sessionId === "string" ? sessionId : "" });
    throw redirect(`/cursussen/${params.slug}/sessies?geannuleerd=${cancelled}`);
  }
  const input = formInput(sessionFormSchema, form);
  const { id } = await createSession(services, user, { slug: params.slug, session: input });
  // Post/redirect/get: a reload does not add it again, and the address names the new session so
  // the form is rendered anew (empty), with JavaScript too.
  throw redirect(`/cursussen/${params.slug}/sessies?toegevoegd=${id}`);
});

export default function Sessions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { course, sessions, hubs, notice, added } = loaderData;
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string>;
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const toCancel = actionData && "confirm" in actionData ? sessions.find((s) => s.id === actionData.confirm.details.sessionId) : undefined;
  const labels = {
    date: t("courses.sessions.date"),
    startTime: t("courses.sessions.startTime"),
    endTime: t("courses.sessions.endTime"),
    capacity: t("courses.sessions.capacity"),
    deadline: t("courses.sessions.deadline"),
    place: t("courses.sessions.place"),
  };
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/cursussen/${course.slug}`}>← {course.title}</Link> · <Link to="/opleider">{t("courses.provider.title")}</Link>
      </Paragraph>
      <Heading level={1}>{t("courses.sessions.title")}</Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice, loaderData.noticeCount === undefined ? undefined : { count: loaderData.noticeCount })}</Paragraph>
        </Alert>
      ) : null}
      {toCancel && actionData && "confirm" in actionData ? (
        <ConfirmStep
          id="annuleren"
          title={t("courses.sessions.cancelConfirm.title", { when: formatSessionTime(toCancel.startsAt, toCancel.endsAt, locale) })}
          fields={actionData.confirm.fields}
          confirmLabel={t("courses.sessions.cancelConfirm.submit")}
          cancelTo={`/cursussen/${course.slug}/sessies`}
          cancelLabel={t("courses.sessions.cancelConfirm.back")}
        >
          <Paragraph>
            {toCancel.placesTaken + toCancel.waiting === 0
              ? t("courses.sessions.cancelConfirm.nobody")
              : t("courses.sessions.cancelConfirm.people", { count: toCancel.placesTaken + toCancel.waiting })}
          </Paragraph>
        </ConfirmStep>
      ) : null}
      {course.status === "draft" ? <Alert type="warning">{t("courses.page.status.draft")}</Alert> : null}
      {sessions.length === 0 ? (
        <Paragraph>{t("courses.sessions.none")}</Paragraph>
      ) : (
        <Table
          caption={t("courses.sessions.caption")}
          rows={sessions}
          rowKey={(s) => s.id}
          stack
          columns={[
            { header: t("courses.page.when"), rowHeader: true, cell: (s) => formatSessionTime(s.startsAt, s.endsAt, locale) },
            { header: t("courses.page.where"), cell: (s) => s.location },
            {
              header: t("courses.sessions.numbers"),
              cell: (s) =>
                s.status === "cancelled" ? (
                  <Badge>{t("courses.page.cancelled")}</Badge>
                ) : (
                  // "minimum 0" read as a rule; without a minimum the cell says nothing about one.
                  t(s.minParticipants > 0 ? "courses.sessions.numbersText" : "courses.sessions.numbersTextNoMin", { taken: s.placesTaken, capacity: s.capacity, waiting: s.waiting, min: s.minParticipants })
                ),
            },
            {
              header: t("courses.page.action"),
              cell: (s) => {
                const label = formatSessionTime(s.startsAt, s.endsAt, locale);
                return (
                  <ButtonGroup>
                    <Link to={`/cursussen/${course.slug}/sessies/${s.id}/deelnemers`}>
                      {t("courses.sessions.participants")}
                      <span className="th-visually-hidden">: {label}</span>
                    </Link>
                    {s.status === "scheduled" ? (
                      <Form method="post" noValidate>
                        <input type="hidden" name="intent" value="cancel" />
                        <input type="hidden" name="sessionId" value={s.id} />
                        <Button appearance="subtle" danger aria-label={`${t("courses.sessions.cancel")}: ${label}`}>
                          {t("courses.sessions.cancel")}
                        </Button>
                      </Form>
                    ) : null}
                  </ButtonGroup>
                );
              },
            },
          ]}
        />
      )}
      <section className="th-stack th-narrow" aria-labelledby="nieuw">
        <Heading level={2} id="nieuw">
          {t("courses.sessions.add")}
        </Heading>
        {/* A new key after each add or refusal: React then shows the fresh defaults (or what was typed), not the inputs it kept. */}
        <Form method="post" className="th-stack" noValidate key={`${added}|${JSON.stringify(values)}`}>
          <input type="hidden" name="intent" value="add" />
          <ErrorSummary errors={errors} labels={labels} />
          <TextField name="date" type="date" label={labels.date} defaultValue={values.date} error={errors?.date} required />
          <TextField name="startTime" type="time" label={labels.startTime} defaultValue={values.startTime ?? "09:00"} error={errors?.startTime} required />
          <TextField name="endTime" type="time" label={labels.endTime} defaultValue={values.endTime ?? "16:30"} error={errors?.endTime} required />
          <TextField name="endDate" type="date" label={t("courses.sessions.endDate")} description={t("courses.sessions.endDateHint")} defaultValue={values.endDate} error={errors?.endDate} />
          {hubs.length ? (
            <SelectField
              name="locationId"
              label={t("courses.sessions.hub")}
              placeholder={t("courses.sessions.otherAddress")}
              options={hubs.map((h) => ({ value: h.id, label: `${h.name} (${t(`courses.hubKind.${h.kind}`)})` }))}
              defaultValue={values.locationId}
              error={errors?.locationId}
            />
          ) : null}
          <TextField name="address" label={t("courses.sessions.address")} description={t("courses.sessions.addressHint")} defaultValue={values.address} error={errors?.address} maxLength={200} />
          <TextField name="place" label={labels.place} defaultValue={values.place} error={errors?.place} maxLength={100} />
          <TextField name="capacity" label={labels.capacity} inputMode="numeric" defaultValue={values.capacity} error={errors?.capacity} className="th-narrow-input" required />
          <TextField name="minParticipants" label={t("courses.sessions.min")} inputMode="numeric" defaultValue={values.minParticipants} error={errors?.minParticipants} className="th-narrow-input" />
          <TextField name="deadline" type="date" label={labels.deadline} defaultValue={values.deadline} error={errors?.deadline} required />
          <div>
            <Button>{t("courses.sessions.addSubmit")}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
