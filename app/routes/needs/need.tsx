import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/need";
import { requestContext, servicesContext } from "~/context.ts";
import { needFormSchema } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getNeed } from "~/services/needs/get-need.server.ts";
import { setNeedStatus, updateNeed } from "~/services/needs/save-need.server.ts";
import { Alert, Badge, Button, DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { CourseErrorPage } from "~/ui/course-error.tsx";
import { NeedForm } from "~/ui/need-form.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = { toegevoegd: "needs.page.created", opgeslagen: "needs.page.saved", gesloten: "needs.page.closed", heropend: "needs.page.reopened" };

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  try {
    const page = await getNeed(context.get(servicesContext), user, params.id);
    const search = new URL(request.url).searchParams;
    const notice = Object.keys(NOTICES).find((k) => search.has(k));
    return { ...page, notice: notice ? NOTICES[notice]! : null, title: `${t("needs.page.title")} | ${t("app.name")}` };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Opleidingsbehoefte | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  const intent = formData.get("intent");
  try {
    if (intent === "close" || intent === "reopen") {
      await setNeedStatus(services, user, params.id, intent === "close" ? "closed" : "open");
      throw redirect(`/behoeften/${params.id}?${intent === "close" ? "gesloten" : "heropend"}`);
    }
    const parsed = parseForm(needFormSchema, formData);
    if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
    await updateNeed(services, user, params.id, parsed.data);
    throw redirect(`/behoeften/${params.id}?opgeslagen`);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    throwAsResponse(error, translator(user.locale));
  }
}

export default function NeedPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { need, company, canEdit, courses, companies, notice } = loaderData;
  const values = actionData?.values ?? {
    organisationId: need.organisationId,
    topic: need.topic,
    description: need.description,
    employeeCount: String(need.employeeCount),
    level: need.level,
    periodStart: need.periodStart,
    periodEnd: need.periodEnd,
    preferredFormat: need.preferredFormat,
    place: need.place ?? "",
  };
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to="/behoeften">← {t("needs.back")}</Link>
      </Paragraph>
      <Heading level={1}>
        {t(`courses.topic.${need.topic}`)} – {company.name}
      </Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      <DataList
        items={[
          { label: t("needs.form.description"), value: need.description },
          { label: t("needs.form.employees"), value: String(need.employeeCount) },
          { label: t("needs.form.level"), value: t(`courses.level.${need.level}`) },
          { label: t("needs.page.period"), value: `${formatDate(need.periodStart, locale)} – ${formatDate(need.periodEnd, locale)}` },
          { label: t("needs.form.format"), value: t(`courses.format.${need.preferredFormat}`) },
          ...(need.place ? [{ label: t("needs.form.place"), value: need.place }] : []),
          { label: t("needs.page.status"), value: <Badge>{t(`needs.status.${need.status}`)}</Badge> },
        ]}
      />
      <section className="th-stack" aria-labelledby="aanbod">
        <Heading level={2} id="aanbod">
          {t("needs.page.courses")}
        </Heading>
        {courses.length === 0 ? <Paragraph>{t("needs.page.noCourses")}</Paragraph> : null}
        <UnorderedList>
          {courses.map((c) => (
            <li key={c.slug} className="utrecht-unordered-list__item">
              <Link to={`/cursussen/${c.slug}`}>{c.title}</Link> ({c.providerName})
            </li>
          ))}
        </UnorderedList>
      </section>
      {canEdit ? (
        <>
          <Form method="post">
            <input type="hidden" name="intent" value={need.status === "open" ? "close" : "reopen"} />
            <Button appearance="secondary">{need.status === "open" ? t("needs.page.close") : t("needs.page.reopen")}</Button>
          </Form>
          <section className="th-stack" aria-labelledby="bewerken">
            <Heading level={2} id="bewerken">
              {t("needs.page.edit")}
            </Heading>
            <NeedForm key={JSON.stringify(values)} values={values} errors={actionData?.errors} companies={companies} submitLabel={t("needs.page.save")} cancelTo="/behoeften" />
          </section>
        </>
      ) : null}
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <CourseErrorPage error={error} back="/behoeften" backLabel="needs.back" />;
}
