import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appointment";
import { servicesContext, type SessionUser } from "~/context.ts";
import type { AppServices } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { formInput, optionalText, requiredText, stringList } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { CLOCK_TIME } from "~/domain/guest-lessons/agreed-time.ts";
import { answerAppointment } from "~/services/guest-lessons/answer-appointment.server.ts";
import { answerDateProposal } from "~/services/guest-lessons/answer-date-proposal.server.ts";
import { proposeDate } from "~/services/guest-lessons/propose-date.server.ts";
import { cancelAppointment } from "~/services/guest-lessons/cancel-appointment.server.ts";
import { confirmAppointment } from "~/services/guest-lessons/confirm-appointment.server.ts";
import { confirmTookPlace } from "~/services/guest-lessons/confirm-took-place.server.ts";
import { declineAppointment } from "~/services/guest-lessons/decline-appointment.server.ts";
import { evaluateAppointment } from "~/services/guest-lessons/evaluate-appointment.server.ts";
import { getAppointment } from "~/services/guest-lessons/get-appointment.server.ts";
import { getAppointmentParty } from "~/services/guest-lessons/get-appointment-party.server.ts";
import { postMessage } from "~/services/guest-lessons/post-message.server.ts";
import { reportNoShow } from "~/services/guest-lessons/report-no-show.server.ts";
import { updateCalendarConsent } from "~/services/guest-lessons/update-calendar-consent.server.ts";
import { Alert, Badge, Button, DataList, ExternalLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, SelectField, TextArea, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const count = (message: string) => z.coerce.number({ error: message }).int(message).min(0, message).max(2000, message);
const optionalCount = (message: string) => z.preprocess((v) => (v === "" || v === undefined ? null : v), count(message).nullable());
const side = z.enum(["school", "provider"]).optional();
const MARKS = ["clearPurpose", "learningGoals", "twoWayInteraction", "reflectionAfterwards"] as const;

const actionSchema = z.discriminatedUnion("intent", [
  z.object({
    intent: z.literal("schedule"),
    date: optionalText(10),
    otherDate: optionalText(10),
    startTime: z.preprocess((v) => (v === "" ? undefined : v), z.string().regex(CLOCK_TIME, "appointments.error.time").optional()),
  }),
  z.object({
    intent: z.literal("propose_date"),
    proposalDate: requiredText(10, "appointments.error.date"),
    proposalTime: z.string({ error: "appointments.error.time" }).regex(CLOCK_TIME, "appointments.error.time"),
  }),
  z.object({ intent: z.literal("agree_date") }),
  z.object({ intent: z.literal("reject_proposal"), proposalReason: requiredText(1000, "appointments.error.reason") }),
  z.object({ intent: z.literal("accept") }),
  z.object({ intent: z.literal("decline"), declineReason: requiredText(1000, "appointments.error.reason") }),
  z.object({ intent: z.literal("cancel"), cancelReason: requiredText(1000, "appointments.error.reason") }),
  z.object({ intent: z.literal("confirm_took_place"), pupilsReached: count("appointments.error.pupilsReached"), as: side }),
  z.object({ intent: z.literal("report_no_show"), noShowReason: requiredText(1000, "appointments.error.reason") }),
  z.object({
    intent: z.literal("evaluate"),
    rating: z.coerce.number({ error: "appointments.error.rating" }).int().min(1, "appointments.error.rating").max(5, "appointments.error.rating"),
    evalPupils: optionalCount("appointments.error.pupilsReached"),
    comment: optionalText(2000),
    marks: stringList(z.enum(MARKS)),
    as: side,
  }),
  z.object({ intent: z.literal("confirm_coming") }),
  z.object({ intent: z.literal("message"), body: requiredText(4000, "appointments.error.message") }),
  z.object({ intent: z.literal("calendar"), show: z.enum(["1", "0"]).transform((v) => v === "1"), as: side }),
], { error: "guestLessons.choose" });
type ActionInput = z.infer<typeof actionSchema>;

/** Each form on the page maps to one use-case. */
function perform(services: AppServices, user: SessionUser, id: string, input: ActionInput) {
  switch (input.intent) {
    case "schedule":
      return answerAppointment(services, user, { appointmentId: id, date: input.otherDate ?? input.date ?? null, startTime: input.startTime ?? null });
    case "accept":
      return answerAppointment(services, user, { appointmentId: id, date: null });
    case "propose_date":
      return proposeDate(services, user, { appointmentId: id, date: input.proposalDate, startTime: input.proposalTime });
    case "agree_date":
      return answerDateProposal(services, user, { appointmentId: id, agree: true });
    case "reject_proposal":
      return answerDateProposal(services, user, { appointmentId: id, agree: false, reason: input.proposalReason });
    case "decline":
      return declineAppointment(services, user, { appointmentId: id, reason: input.declineReason });
    case "cancel":
      return cancelAppointment(services, user, { appointmentId: id, reason: input.cancelReason });
    case "confirm_took_place":
      return confirmTookPlace(services, user, { appointmentId: id, pupilsReached: input.pupilsReached, as: input.as });
    case "report_no_show":
      return reportNoShow(services, user, { appointmentId: id, reason: input.noShowReason });
    case "evaluate":
      return evaluateAppointment(services, user, {
        appointmentId: id,
        rating: input.rating,
        pupilsReached: input.evalPupils,
        comment: input.comment ?? "",
        as: input.as,
        ...Object.fromEntries(MARKS.map((m) => [m, input.marks.includes(m)])),
      });
    case "confirm_coming":
      return confirmAppointment(services, user, { appointmentId: id });
    case "message":
      return postMessage(services, user, { appointmentId: id, body: input.body });
    case "calendar":
      return updateCalendarConsent(services, user, { appointmentId: id, show: input.show, as: input.as });
  }
}

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const view = await getAppointment(context.get(servicesContext), user, { appointmentId: params.id });
  // The page names people by name only: the accounts behind the request, a cancellation, each
  // event and evaluation, and the offer's contact stay on the server.
  const { requestedById: _requestedBy, cancelledById: _cancelledBy, ...appointment } = view.appointment;
  const { contactUserId: _contactUser, contactEmail: _contactEmail, ...offer } = view.names.offer;
  return {
    ...view,
    appointment,
    names: { ...view.names, offer },
    events: view.events.map(({ actorId: _actor, ...e }) => e),
    evaluations: view.evaluations.map(({ authorId: _author, ...e }) => e),
    saved: savedNotice(new URL(request.url).searchParams.get("opgeslagen")),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.names.offer.title ?? "Afspraak"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Someone outside the appointment learns nothing about it, whatever the form holds.
  await getAppointmentParty(services, user, { appointmentId: params.id });
  const input = formInput(actionSchema, form);
  await perform(services, user, params.id, input);
  // The address names what was done, so the notice can say it (and a reload says it again, nothing more).
  throw redirect(`/afspraken/${params.id}?opgeslagen=${input.intent}`);
});

/** "Opgeslagen." told nobody what happened; each answer now says what it did and who hears of it. */
const SAVED_INTENTS = new Set<string>(actionSchema.options.map((o) => o.shape.intent.value));
function savedNotice(intent: string | null): string | null {
  if (intent === null) return null;
  return SAVED_INTENTS.has(intent) ? `appointments.saved.${intent}` : "appointments.detail.saved";
}

function Section({ id, title, children }: { id: string; title: string; children: React.ReactNode }) {
  return (
    <section aria-labelledby={id} className="th-stack th-appointment-section">
      <Heading level={2} id={id}>
        {title}
      </Heading>
      {children}
    </section>
  );
}

type View = Route.ComponentProps["loaderData"];
type Appointment = View["appointment"];
/** What every form on the page needs: its own refusal and values (a refusal belongs to the form that was sent), and how dates read. */
type Forms = {
  errorsFor: (intent: string) => Record<string, string> | undefined;
  valuesFor: (intent: string) => Record<string, string>;
  day: (d: string) => string;
};

/** What the appointment is: state, sides, date and time, place, class, reasons. */
function Details({ view, day, time }: { view: View; day: Forms["day"]; time: (d: Date | string) => string }) {
  const t = useT();
  const { appointment: a, names } = view;
  return (
    <DataList
      items={[
        { label: t("appointments.detail.state"), value: <Badge>{t(`appointments.state.${a.state}`)}</Badge> },
        { label: t("appointments.detail.school"), value: names.school.name },
        {
          label: t("appointments.detail.provider"),
          value: (
            <>
              {names.provider.name}
              {view.reliability && view.reliability.received > 0 ? (
                <span className="th-muted" data-testid="provider-reliability">
                  {" "}
                  ({t("appointments.detail.reliability", { answered: view.reliability.answered, received: view.reliability.received })}
                  {view.reliability.medianHours !== null ? `, ${t("appointments.detail.medianHours", { hours: view.reliability.medianHours })}` : ""})
                </span>
              ) : null}
            </>
          ),
        },
        ...(a.date ? [{ label: t("appointments.detail.date"), value: day(a.date) }] : []),
        ...(a.startsAt && a.endsAt ? [{ label: t("appointments.detail.time"), value: `${time(a.startsAt)}–${time(a.endsAt)}` }] : []),
        ...(a.location ? [{ label: t("appointments.detail.where"), value: t(`appointments.where.${a.location}`) }] : []),
        ...(a.pupils ? [{ label: t("appointments.detail.class"), value: t("appointments.detail.classValue", { pupils: a.pupils, level: a.level ?? "" }) }] : []),
        ...(!a.date && a.proposedOptions.length
          ? [{ label: t("appointments.detail.options"), value: a.proposedOptions.map((o) => `${day(o.date)}${o.startTime ? ` ${o.startTime}${o.endTime ? `–${o.endTime}` : ""}` : ""}`).join("; ") }]
          : []),
        ...(a.providerProposal
          ? [{ label: t("appointments.proposal.label"), value: t("appointments.proposal.value", { date: day(a.providerProposal.date), time: a.providerProposal.startTime ?? "" }) }]
          : []),
        ...(a.pupilsReached !== null ? [{ label: t("appointments.detail.pupilsReached"), value: String(a.pupilsReached) }] : []),
        ...(a.declineReason ? [{ label: t("appointments.detail.reason"), value: a.declineReason }] : []),
        ...(a.cancelReason ? [{ label: t("appointments.detail.reason"), value: a.cancelReason }] : []),
      ]}
    />
  );
}

/** "Inplannen": one of the school's dates, or another. */
function ScheduleForm({ a, forms }: { a: Appointment; forms: Forms }) {
  const t = useT();
  const { day, valuesFor } = forms;
  const scheduleErrors = forms.errorsFor("schedule");
  return (
    <Form method="post" className="th-stack th-card" noValidate>
      <input type="hidden" name="intent" value="schedule" />
      {a.proposedOptions.length > 0 ? (
        // The id is where the error summary's link for the date lands.
        <fieldset id="f-date" className="utrecht-form-fieldset utrecht-form-fieldset--html-fieldset" aria-describedby={scheduleErrors?.date ? "f-date-error" : undefined}>
          <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">{t("appointments.form.date")}</legend>
          {scheduleErrors?.date ? <div className="utrecht-form-field-error-message" id="f-date-error">{t(scheduleErrors.date)}</div> : null}
          {a.proposedOptions.map((o, i) => (
            <div className="utrecht-form-field utrecht-form-field--radio" key={o.date}>
              <input
                className="utrecht-radio-button utrecht-radio-button--html-input"
                type="radio"
                id={`f-date-${i}`}
                name="date"
                value={o.date}
                defaultChecked={i === 0}
              />
              <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`f-date-${i}`}>
                {day(o.date)}
                {o.startTime ? ` ${o.startTime}${o.endTime ? `–${o.endTime}` : ""}` : ""}
              </label>
            </div>
          ))}
        </fieldset>
      ) : null}
      {/* Another date than the school's is a proposal the school agrees to (ProposalForm); only a request with a period has its date agreed in the thread. */}
      {a.proposedOptions.length === 0 ? (
        <TextField
          name="otherDate"
          type="date"
          label={t("appointments.form.otherDatePeriod")}
          description={t("appointments.form.otherDatePeriodHelp")}
          defaultValue={valuesFor("schedule").otherDate}
          error={scheduleErrors?.date}
          required
        />
      ) : null}
      <TextField
        name="startTime"
        type="time"
        label={t("appointments.form.startTime")}
        description={t("appointments.form.startTimeHelp")}
        defaultValue={valuesFor("schedule").startTime}
        error={scheduleErrors?.startTime}
      />
      <Button>{t("appointments.action.schedule")}</Button>
    </Form>
  );
}

/** The company's other date and time: proposed before the date is fixed, for the school to agree to. */
function ProposalForm({ a, forms }: { a: Appointment; forms: Forms }) {
  const t = useT();
  const errors = forms.errorsFor("propose_date");
  const values = forms.valuesFor("propose_date");
  return (
    <Form method="post" className="th-stack th-card" noValidate>
      <input type="hidden" name="intent" value="propose_date" />
      {a.providerProposal ? (
        <Paragraph>{t("appointments.proposal.waiting", { date: forms.day(a.providerProposal.date), time: a.providerProposal.startTime ?? "" })}</Paragraph>
      ) : null}
      <Paragraph>{t("appointments.proposal.intro")}</Paragraph>
      <TextField name="proposalDate" type="date" label={t("appointments.proposal.date")} defaultValue={values.proposalDate} error={errors?.proposalDate} required />
      <TextField name="proposalTime" type="time" label={t("appointments.proposal.time")} defaultValue={values.proposalTime} error={errors?.proposalTime} required />
      <Button appearance="secondary">{t("appointments.proposal.send")}</Button>
    </Form>
  );
}

/** The school's answer to the company's proposal: agree (scheduled at that time) or not, with a reason. */
function ProposalAnswer({ view, forms }: { view: View; forms: Forms }) {
  const t = useT();
  const p = view.appointment.providerProposal;
  if (!p) return null;
  return (
    <div className="th-stack th-card">
      <Paragraph>{t("appointments.proposal.question", { provider: view.names.provider.name, date: forms.day(p.date), time: p.startTime ?? "" })}</Paragraph>
      <Form method="post" noValidate>
        <input type="hidden" name="intent" value="agree_date" />
        <Button>{t("appointments.proposal.agree")}</Button>
      </Form>
      <Form method="post" className="th-stack" noValidate>
        <input type="hidden" name="intent" value="reject_proposal" />
        <TextArea name="proposalReason" label={t("appointments.proposal.reason")} rows={2} defaultValue={forms.valuesFor("reject_proposal").proposalReason} error={forms.errorsFor("reject_proposal")?.proposalReason} />
        <Button appearance="secondary">{t("appointments.proposal.reject")}</Button>
      </Form>
    </div>
  );
}

/** What the actor may do now: schedule, accept, decline, confirm, report a no-show, cancel. */
function Actions({ view, forms }: { view: View; forms: Forms }) {
  const t = useT();
  const { appointment: a, actions } = view;
  const { errorsFor, valuesFor } = forms;
  return (
    <Section id="actions" title={t("appointments.detail.actions")}>
      {actions.includes("agree_date") ? <ProposalAnswer view={view} forms={forms} /> : null}
      {actions.includes("schedule") ? <ScheduleForm a={a} forms={forms} /> : null}
      {actions.includes("propose_date") ? <ProposalForm a={a} forms={forms} /> : null}
      {actions.includes("accept") ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="accept" />
          <Button appearance="secondary">{t("appointments.action.accept")}</Button>
        </Form>
      ) : null}
      {actions.includes("decline") ? (
        <Form method="post" className="th-stack th-card" noValidate>
          <input type="hidden" name="intent" value="decline" />
          <TextArea name="declineReason" label={t("appointments.form.reason")} description={t("appointments.form.reasonHelp")} rows={2} defaultValue={valuesFor("decline").declineReason} error={errorsFor("decline")?.declineReason} />
          <Button appearance="secondary">{t("appointments.action.decline")}</Button>
        </Form>
      ) : null}
      {view.canConfirmComing ? (
        <Form method="post" noValidate>
          <input type="hidden" name="intent" value="confirm_coming" />
          <Button>{t("appointments.action.confirmComing")}</Button>
        </Form>
      ) : null}
      {actions.includes("confirm_took_place") || view.canConfirmTookPlace.length > 0 ? (
        <Form method="post" className="th-stack th-card" noValidate>
          <input type="hidden" name="intent" value="confirm_took_place" />
          <TextField name="pupilsReached" type="number" min={0} inputMode="numeric" label={t("appointments.form.pupilsReached")} defaultValue={valuesFor("confirm_took_place").pupilsReached ?? (a.pupils ? String(a.pupils) : "")} error={errorsFor("confirm_took_place")?.pupilsReached} />
          <Button>{t("appointments.action.confirm_took_place")}</Button>
        </Form>
      ) : null}
      {actions.includes("report_no_show") ? (
        <Form method="post" className="th-stack th-card" noValidate>
          <input type="hidden" name="intent" value="report_no_show" />
          <TextArea name="noShowReason" label={t("appointments.form.reason")} rows={2} defaultValue={valuesFor("report_no_show").noShowReason} error={errorsFor("report_no_show")?.noShowReason} />
          <Button appearance="secondary">{t("appointments.action.report_no_show")}</Button>
        </Form>
      ) : null}
      {actions.includes("cancel") ? (
        <Form method="post" className="th-stack th-card" noValidate>
          <input type="hidden" name="intent" value="cancel" />
          <TextArea name="cancelReason" label={t("appointments.form.reason")} description={t("appointments.form.reasonHelp")} rows={2} defaultValue={valuesFor("cancel").cancelReason} error={errorsFor("cancel")?.cancelReason} />
          <Button appearance="secondary" danger>
            {t("appointments.action.cancel")}
          </Button>
        </Form>
      ) : null}
    </Section>
  );
}

/** The evaluations given, and the form for a side that has not yet evaluated. */
function Evaluation({ view, forms }: { view: View; forms: Forms }) {
  const t = useT();
  const a = view.appointment;
  const { errorsFor, valuesFor } = forms;
  return (
    <Section id="evaluation" title={t("appointments.evaluation.title")}>
      {view.evaluations.map((e) => (
        <Paragraph key={e.id}>
          {t("appointments.evaluation.done", { side: t(`appointments.evaluation.side.${e.side}`), rating: e.rating })}
          {e.comment ? ` – ${e.comment}` : ""}
        </Paragraph>
      ))}
      {view.canEvaluate.slice(0, 1).map((evaluatingSide) => (
        <Form method="post" className="th-stack th-card" noValidate key={evaluatingSide}>
          <input type="hidden" name="intent" value="evaluate" />
          <input type="hidden" name="as" value={evaluatingSide} />
          <Paragraph>{t("appointments.evaluation.intro")}</Paragraph>
          <SelectField
            name="rating"
            label={t("appointments.evaluation.rating")}
            options={["5", "4", "3", "2", "1"].map((v) => ({ value: v, label: v }))}
            placeholder=""
            defaultValue={valuesFor("evaluate").rating}
            error={errorsFor("evaluate")?.rating}
            required
          />
          {evaluatingSide === "school" ? (
            <CheckboxGroup
              name="marks"
              legend={t("appointments.evaluation.marks")}
              options={MARKS.map((m) => ({ value: m, label: t(`appointments.evaluation.${m}`) }))}
              selected={[]}
            />
          ) : null}
          <TextField name="evalPupils" type="number" min={0} inputMode="numeric" label={t("appointments.form.pupilsReached")} defaultValue={valuesFor("evaluate").evalPupils ?? (a.pupilsReached !== null ? String(a.pupilsReached) : "")} error={errorsFor("evaluate")?.evalPupils} />
          <TextArea name="comment" label={t("appointments.evaluation.comment")} rows={3} defaultValue={valuesFor("evaluate").comment} />
          <Button>{t("appointments.evaluation.save")}</Button>
        </Form>
      ))}
    </Section>
  );
}

/** Whether the appointment shows in the network's public calendar, and my side's say in it. */
function NetworkCalendar({ calendar }: { calendar: NonNullable<View["calendar"]> }) {
  const t = useT();
  return (
    <Section id="calendar" title={t("appointments.networkCalendar.title")}>
      <Paragraph>{t(`appointments.networkCalendar.status.${calendar.status}`, { network: calendar.network.name })}</Paragraph>
      {calendar.status === "shown" ? (
        <Paragraph>
          <Link to={`/netwerken/${calendar.network.slug}/agenda`}>{t("appointments.networkCalendar.link", { network: calendar.network.name })}</Link>
        </Paragraph>
      ) : null}
      {calendar.canChange ? (
        <Form method="post" className="th-stack" noValidate>
          <input type="hidden" name="intent" value="calendar" />
          <input type="hidden" name="as" value={calendar.side} />
          <input type="hidden" name="show" value={calendar.mine ? "0" : "1"} />
          <Paragraph className="th-muted">{t("appointments.networkCalendar.help")}</Paragraph>
          <Button appearance="secondary">{t(calendar.mine ? "appointments.networkCalendar.withdraw" : "appointments.networkCalendar.agree")}</Button>
        </Form>
      ) : null}
    </Section>
  );
}

/** The messages between the sides (and the coordinator), and a new one. */
function Thread({ messages, forms }: { messages: View["messages"]; forms: Forms }) {
  const t = useT();
  const locale = useLocale();
  const { errorsFor, valuesFor } = forms;
  return (
    <Section id="thread" title={t("appointments.thread.title")}>
      {messages.length === 0 ? <Paragraph>{t("appointments.thread.empty")}</Paragraph> : null}
      <ol className="th-thread">
        {messages.map((m) => (
          <li key={m.id} className="th-thread__message">
            <p className="utrecht-paragraph th-muted">
              {m.author ?? "—"} ({t(`appointments.thread.side.${m.side}`)}), {formatDate(m.createdAt, locale, { dateStyle: "medium", timeStyle: "short" })}
            </p>
            <p className="utrecht-paragraph th-thread__body">{m.body}</p>
          </li>
        ))}
      </ol>
      <Form method="post" className="th-stack" noValidate>
        <input type="hidden" name="intent" value="message" />
        <TextArea name="body" label={t("appointments.form.message")} rows={3} defaultValue={valuesFor("message").body} error={errorsFor("message")?.body} />
        <Button appearance="secondary">{t("appointments.form.send")}</Button>
      </Form>
    </Section>
  );
}

/** Every change of state, with its reason. */
function History({ events }: { events: View["events"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <Section id="history" title={t("appointments.detail.history")}>
      <ol className="utrecht-ordered-list">
        {events.map((e) => (
          <li key={e.id} className="utrecht-ordered-list__item">
            {formatDate(e.at, locale, { dateStyle: "medium", timeStyle: "short" })}: {t(`appointments.state.${e.toState}`)}
            {e.reason ? ` – ${e.reason}` : ""}
          </li>
        ))}
      </ol>
    </Section>
  );
}

export default function AppointmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { appointment: a, names, actions } = loaderData;
  // Each form on the page posts its intent; a refusal belongs to the form that was sent.
  const sent = actionData?.values?.intent;
  const forms: Forms = {
    errorsFor: (intent) => (sent === intent ? actionData?.errors : undefined),
    valuesFor: (intent) => (sent === intent ? (actionData?.values as Record<string, string>) : {}),
    day: (d) => formatDate(`${d}T12:00:00Z`, locale, { dateStyle: "full" }),
  };
  const time = (d: Date | string) => formatDate(d, locale, { timeStyle: "short" });
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to="/afspraken">{t("appointments.detail.back")}</Link>
      </Paragraph>
      <Heading level={1}>{t("appointments.detail.title", { offer: names.offer.title })}</Heading>
      {loaderData.saved && !actionData ? <Alert type="ok">{t(loaderData.saved)}</Alert> : null}
      {/* Without proposed dates the date's error is shown beside the other-date field (ScheduleForm). */}
      <ErrorSummary errors={actionData?.errors} targets={a.proposedOptions.length === 0 ? { date: "f-otherDate" } : undefined} />
      <Details view={loaderData} day={forms.day} time={time} />
      {a.lateCancellation ? <Alert type="warning">{t("appointments.detail.late")}</Alert> : null}
      {a.noShow ? <Alert type="warning">{t("appointments.detail.noShow")}</Alert> : null}
      {loaderData.providerConfirmed ? <Alert type="ok">{t("appointments.detail.confirmed")}</Alert> : null}
      {loaderData.canDownloadIcs ? (
        <Paragraph>
          <ExternalLink href={`/afspraken/${a.id}/agenda.ics`}>{t("appointments.detail.ics")}</ExternalLink>
        </Paragraph>
      ) : null}

      {actions.length > 0 || loaderData.canConfirmComing || loaderData.canConfirmTookPlace.length > 0 ? <Actions view={loaderData} forms={forms} /> : null}

      {loaderData.evaluations.length > 0 || loaderData.canEvaluate.length > 0 ? <Evaluation view={loaderData} forms={forms} /> : null}

      {loaderData.calendar ? <NetworkCalendar calendar={loaderData.calendar} /> : null}

      <Thread messages={loaderData.messages} forms={forms} />

      <History events={loaderData.events} />
    </div>
  );
}
