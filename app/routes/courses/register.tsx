import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/register";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { parseEmployeeLines } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";
import { registerEmployees } from "~/services/courses/register-employees.server.ts";
import { registerForSession } from "~/services/courses/register-for-session.server.ts";
import { Alert, Button, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { CourseErrorPage } from "~/ui/course-error.tsx";
import { ErrorSummary, SelectField, TextArea } from "~/ui/form.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  try {
    const page = await getCourse(context.get(servicesContext), user, params.slug);
    const session = page.sessions.find((s) => s.id === params.id);
    if (!session) throw data("Deze sessie bestaat niet (meer).", { status: 404 });
    return { course: page.course, session, companies: page.companies, title: `${t("courses.register.title")} – ${page.course.title} | ${t("app.name")}` };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanmelden | Technohub" }];
}

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("self") }),
  z.object({ intent: z.literal("employees"), organisationId: z.string({ error: "Kies het bedrijf." }).uuid("Kies het bedrijf."), employees: z.string().default("") }),
]);

type ActionData = { errors: Record<string, string>; values: Record<string, string | string[]>; registered?: { email: string; status: string; position: number | null }[] };

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const parsed = parseForm(actionSchema, formData);
  if (!parsed.ok) return data<ActionData>({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    if (parsed.data.intent === "self") {
      const outcome = await registerForSession(services, user, params.id);
      throw redirect(`/aanmelding/${outcome.id}?${outcome.status === "confirmed" ? "aangemeld" : "wachtlijst"}`);
    }
    const lines = parseEmployeeLines(parsed.data.employees);
    if (!lines.ok) return data<ActionData>({ errors: { employees: lines.message }, values: formValues(formData) }, { status: 400 });
    const registered = await registerEmployees(services, user, { sessionId: params.id, organisationId: parsed.data.organisationId, employees: lines.employees });
    return data<ActionData>({ errors: {}, values: {}, registered });
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "forbidden" && error.kind !== "not_found") {
      return data<ActionData>({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: error.kind === "conflict" ? 409 : 400 });
    }
    throwAsResponse(error, translator(user.locale));
  }
}

export default function Register({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { course, session, companies } = loaderData;
  const values = actionData?.values ?? {};
  const errors = actionData?.errors;
  const label = formatSessionTime(session.startsAt, session.endsAt, locale);
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
      {actionData?.registered ? (
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
      {companies.length && session.open ? (
        <section className="th-stack" aria-labelledby="medewerkers">
          <Heading level={2} id="medewerkers">
            {t("courses.register.employeesTitle")}
          </Heading>
          <Paragraph>{t("courses.register.employeesIntro")}</Paragraph>
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

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <CourseErrorPage error={error} />;
}
