import { Form, redirect } from "react-router";
import type { Route } from "./+types/register";
import { requestContext, servicesContext, type AppServices, type SessionUser } from "~/context.ts";
import { formatPrice, formatSessionTime } from "~/domain/courses/format.ts";
import { parseEmployeeLines, registerFormSchema } from "~/domain/courses/forms.ts";
import { forbidden, invalid, notFound } from "~/domain/errors.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { confirmationStep, formInput, isConfirmed } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";
import { registerEmployees } from "~/services/courses/register-employees.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { Alert, Button, DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ConfirmStep } from "~/ui/confirm.tsx";
import { ErrorSummary, SelectField, TextArea } from "~/ui/form.tsx";
import { OrganisationSearch } from "~/ui/organisation-search.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/** The course and the session of this address (the session must belong to the course), or 404. */
async function courseSession(services: AppServices, user: SessionUser, slug: string, sessionId: string, companyQuery?: string) {
  const page = await getCourse(services, user, { slug, companyQuery });
  const session = page.sessions.find((s) => s.id === sessionId);
  if (!session) throw notFound("courses.error.sessionGone");
  return { course: page.course, provider: page.provider, session, companies: page.companies, companyQuery: page.companyQuery, companySearchable: page.companySearchable, mayRegisterEmployees: page.mayRegisterEmployees };
}

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const companyQuery = new URL(request.url).searchParams.get("organisatie") ?? undefined;
  const found = await courseSession(context.get(servicesContext), user, params.slug, params.id, companyQuery);
  const { course, provider, session, companies, mayRegisterEmployees } = found;
  return { course, provider, session, companies, companyQuery: found.companyQuery, companySearchable: found.companySearchable, mayRegisterEmployees, title: `${t("courses.register.title")} – ${course.title} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanmelden | Technohub" }];
}

type Registered = { email: string; status: string; position: number | null }[];

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Before the form is read: the session exists on this course, and registering employees is for a company's people.
  const { course, session, mayRegisterEmployees } = await courseSession(services, user, params.slug, params.id);
  if (form.get("intent") === "employees" && !mayRegisterEmployees) throw forbidden();
  const input = formInput(registerFormSchema, form);
  // A paid course is booked in two steps: first the price and the terms, then "Bevestigen en
  // aanmelden". A confirmation of another price than today's is shown again with the new one. A
  // session that takes no registrations is refused at once (by the use-case), without a step.
  const confirmed = course.priceCents === 0 || !session.open || (isConfirmed(form) && input.prijs === course.priceCents);
  const acceptedPriceCents = course.priceCents === 0 ? 0 : input.prijs;
  if (input.intent === "self") {
    if (!confirmed) return confirmationStep(form, { participants: 1 }, { prijs: String(course.priceCents) });
    const outcome = await registerForSession(services, user, { sessionId: params.id, acceptedPriceCents });
    throw redirect(`/aanmelding/${outcome.id}?${outcome.status === "confirmed" ? "aangemeld" : "wachtlijst"}`);
  }
  const lines = parseEmployeeLines(input.employees);
  if (!lines.ok) throw invalid(lines.message, "employees", lines.line ? { line: lines.line } : undefined);
  if (!confirmed) return confirmationStep(form, { participants: lines.employees.length }, { prijs: String(course.priceCents) });
  const registered: Registered = await registerEmployees(services, user, {
    sessionId: params.id,
    organisationId: input.organisationId,
    employees: lines.employees,
    acceptedPriceCents,
  });
  return { errors: {} as Record<string, string>, values: {} as Record<string, string | string[]>, registered };
});

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { course, session, companies, mayRegisterEmployees } = loaderData;
  const values = actionData && "values" in actionData ? actionData.values : {};
  const errors = actionData && "errors" in actionData ? actionData.errors : undefined;
  const label = formatSessionTime(session.startsAt, session.endsAt, locale);
  if (actionData && "confirm" in actionData) return <ConfirmRegistration data={loaderData} step={actionData.confirm} />;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={`/cursussen/${course.slug}`}>← {course.title}</Link>
      </Paragraph>
      <Heading level={1}>{t("courses.register.title")}</Heading>
      <Paragraph lead>
        {course.title}: {label}, {session.location}.
      </Paragraph>
      <Paragraph>{session.placesLeft > 0 ? t("courses.placesLeftOf", { n: session.placesLeft, capacity: session.capacity }) : t("courses.register.full")}</Paragraph>
      <ErrorSummary errors={errors} labels={{ employees: t("courses.register.employees"), organisationId: t("courses.register.company") }} />
      {actionData && "registered" in actionData ? (
        <Alert type="ok">
          <Paragraph>{t("courses.register.employeesDone")}</Paragraph>
          <UnorderedList>
            {actionData.registered.map((r) => (
              <li key={r.email} className="utrecht-unordered-list__item">
                {r.email}: {r.status === "waitlisted" ? t("courses.page.mineWaiting", { n: r.position ?? "" }) : t("courses.register.held")}
              </li>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      {session.mine ? (
        <Paragraph>
          <Link to={`/aanmelding/${session.mine.id}`}>{t("courses.register.alreadyMine")}</Link>
        </Paragraph>
      ) : session.open ? (
        <section className="th-stack" aria-labelledby="zelf">
          <Heading level={2} id="zelf">
            {t("courses.register.self")}
          </Heading>
          <Form method="post">
            <input type="hidden" name="intent" value="self" />
            <Button>{session.placesLeft > 0 ? t("courses.page.register") : t("courses.page.joinWaitlist")}</Button>
          </Form>
        </section>
      ) : null}
      {mayRegisterEmployees && session.open ? (
        <section className="th-stack" aria-labelledby="medewerkers">
          <Heading level={2} id="medewerkers">
            {t("courses.register.employeesTitle")}
          </Heading>
          <Paragraph>{t("courses.register.employeesIntro")}</Paragraph>
          {loaderData.companySearchable ? (
            <OrganisationSearch query={loaderData.companyQuery} found={companies.length} label={t("courses.register.findCompany")} help={t("courses.register.findCompanyHelp")} />
          ) : null}
          <Form method="post" className="th-stack" noValidate>
            <input type="hidden" name="intent" value="employees" />
            <SelectField
              name="organisationId"
              label={t("courses.register.company")}
              options={companies.map((c) => ({ value: c.id, label: c.name }))}
              defaultValue={typeof values.organisationId === "string" ? values.organisationId : ""}
              error={errors?.organisationId}
            />
            <TextArea
              name="employees"
              label={t("courses.register.employees")}
              description={t("courses.register.employeesHint")}
              defaultValue={typeof values.employees === "string" ? values.employees : ""}
              error={errors?.employees}
              rows={6}
            />
            <div>
              <Button>{t("courses.register.employeesSubmit")}</Button>
            </div>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

type ConfirmData = Route.ComponentProps["loaderData"];

/**
 * The second step of a paid registration: course, session, price and the cancellation terms, and
 * "Bevestigen en aanmelden", which posts the first step's form again with the confirmation.
 */
function ConfirmRegistration({ data, step }: { data: ConfirmData; step: { fields: [string, string][]; details: { participants: number } } }) {
  const t = useT();
  const locale = useLocale();
  const { course, provider, session } = data;
  const { participants } = step.details;
  const employees = step.fields.some(([name, value]) => name === "intent" && value === "employees");
  const items = [
    { label: t("courses.paid.course"), value: course.title },
    { label: t("courses.paid.session"), value: formatSessionTime(session.startsAt, session.endsAt, locale) },
    { label: t("courses.paid.location"), value: session.location },
    { label: t("courses.page.price"), value: formatPrice(course.priceCents, locale) },
    ...(employees
      ? [
          { label: t("courses.paid.participants"), value: String(participants) },
          { label: t("courses.paid.total"), value: formatPrice(course.priceCents * participants, locale) },
        ]
      : []),
    { label: t("courses.paid.terms"), value: t("courses.paid.termsText", { date: formatDate(session.registrationDeadline, locale), provider: provider.name }) },
  ];
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={`/cursussen/${course.slug}`}>← {course.title}</Link>
      </Paragraph>
      <Heading level={1}>{t("courses.register.title")}</Heading>
      <ConfirmStep
        id="bevestigen"
        title={t("courses.paid.title")}
        fields={step.fields}
        confirmLabel={employees ? t("courses.paid.submitEmployees") : t("courses.paid.submit")}
        cancelTo={`/cursussen/${course.slug}`}
        cancelLabel={t("courses.paid.back")}
      >
        <Paragraph>{t(employees ? "courses.paid.introEmployees" : "courses.paid.intro")}</Paragraph>
        <DataList items={items} />
        {session.placesLeft < participants ? <Paragraph>{t(employees ? "courses.paid.waitlistEmployees" : "courses.paid.waitlist")}</Paragraph> : null}
      </ConfirmStep>
    </div>
  );
}
