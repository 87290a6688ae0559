import { Form, redirect } from "react-router";
import type { Route } from "./+types/need";
import { requestContext, servicesContext } from "~/context.ts";
import { needFormSchema } from "~/domain/courses/forms.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getNeed } from "~/services/courses/get-need.server.ts";
import { updateNeed } from "~/services/courses/update-need.server.ts";
import { updateNeedStatus } from "~/services/courses/update-need-status.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Alert, Badge, Button, DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { NeedForm } from "~/ui/need-form.tsx";
import { OrganisationSearch } from "~/ui/organisation-search.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = { toegevoegd: "courses.needs.page.created", opgeslagen: "courses.needs.page.saved", gesloten: "courses.needs.page.closed", heropend: "courses.needs.page.reopened" };

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const search = new URL(request.url).searchParams;
  const page = await getNeed(context.get(servicesContext), user, { id: params.id, query: search.get("organisatie") ?? undefined });
  const notice = Object.keys(NOTICES).find((k) => search.has(k));
  return { ...page, notice: notice ? NOTICES[notice]! : null, title: `${t("courses.needs.page.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Opleidingsbehoefte | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read: providers and coordinators may read a need, only its company edits it.
  await verifyCourseAccess(services, user, { kind: "need", id: params.id });
  const intent = form.get("intent");
  if (intent === "close" || intent === "reopen") {
    await updateNeedStatus(services, user, { id: params.id, status: intent === "close" ? "closed" : "open" });
    throw redirect(`/behoeften/${params.id}?${intent === "close" ? "gesloten" : "heropend"}`);
  }
  const input = formInput(needFormSchema, form);
  await updateNeed(services, user, { id: params.id, need: input });
  throw redirect(`/behoeften/${params.id}?opgeslagen`);
});

export default function NeedPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { need, company, canEdit, courses, coursesTotal, choices: companies, searchable, query, notice } = loaderData;
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
        <Link to="/behoeften">← {t("courses.needs.back")}</Link>
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
          { label: t("courses.needs.form.description"), value: need.description },
          { label: t("courses.needs.form.employees"), value: String(need.employeeCount) },
          { label: t("courses.needs.form.level"), value: t(`courses.level.${need.level}`) },
          { label: t("courses.needs.page.period"), value: `${formatDate(need.periodStart, locale)} – ${formatDate(need.periodEnd, locale)}` },
          { label: t("courses.needs.form.format"), value: t(`courses.format.${need.preferredFormat}`) },
          ...(need.place ? [{ label: t("courses.needs.form.place"), value: need.place }] : []),
          { label: t("courses.needs.page.status"), value: <Badge>{t(`courses.needs.status.${need.status}`)}</Badge> },
        ]}
      />
      <section className="th-stack" aria-labelledby="aanbod">
        <Heading level={2} id="aanbod">
          {t("courses.needs.page.courses")}
        </Heading>
        {courses.length === 0 ? <Paragraph>{t("courses.needs.page.noCourses")}</Paragraph> : null}
        <UnorderedList>
          {courses.map((c) => (
            <li key={c.slug} className="utrecht-unordered-list__item">
              <Link to={`/cursussen/${c.slug}`}>{c.title}</Link> ({c.providerName})
            </li>
          ))}
        </UnorderedList>
        {coursesTotal > courses.length ? (
          <Paragraph>
            <Link to={`/cursussen?onderwerp=${encodeURIComponent(need.topic)}`}>{t("courses.needs.moreCourses", { count: coursesTotal - courses.length })}</Link>
          </Paragraph>
        ) : null}
      </section>
      {canEdit ? (
        <>
          <Form method="post">
            <input type="hidden" name="intent" value={need.status === "open" ? "close" : "reopen"} />
            <Button appearance="secondary">{need.status === "open" ? t("courses.needs.page.close") : t("courses.needs.page.reopen")}</Button>
          </Form>
          <section className="th-stack" aria-labelledby="bewerken">
            <Heading level={2} id="bewerken">
              {t("courses.needs.page.edit")}
            </Heading>
            {searchable ? <OrganisationSearch query={query} found={companies.length} label={t("courses.needs.findCompany")} help={t("courses.needs.findCompanyHelp")} /> : null}
            <NeedForm key={JSON.stringify(values)} values={values} errors={actionData?.errors} companies={companies} submitLabel={t("courses.needs.page.save")} cancelTo="/behoeften" />
          </section>
        </>
      ) : null}
    </div>
  );
}
