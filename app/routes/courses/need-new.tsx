import { redirect } from "react-router";
import type { Route } from "./+types/need-new";
import { requestContext, servicesContext } from "~/context.ts";
import { needFormSchema } from "~/domain/courses/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createNeed } from "~/services/courses/create-need.server.ts";
import { getNewNeedForm } from "~/services/courses/get-new-need-form.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Heading, Paragraph } from "~/ui/components.tsx";
import { NeedForm } from "~/ui/need-form.tsx";
import { OrganisationSearch } from "~/ui/organisation-search.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const query = new URL(request.url).searchParams.get("organisatie") ?? undefined;
  const form = await getNewNeedForm(context.get(servicesContext), user, { query });
  return { ...form, title: `${t("courses.needs.new.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Opleidingsbehoefte doorgeven | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Needs are stated on behalf of a company: without one, 403 even for an empty form.
  await verifyCourseAccess(services, user, { kind: "company" });
  const input = formInput(needFormSchema, form);
  const { id } = await createNeed(services, user, input);
  throw redirect(`/behoeften/${id}?toegevoegd`);
});

export default function NewNeed({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? { organisationId: loaderData.companies[0]?.id ?? "" };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.needs.new.title")}</Heading>
      <Paragraph lead>{t("courses.needs.new.intro")}</Paragraph>
      {loaderData.searchable ? <OrganisationSearch query={loaderData.query} found={loaderData.companies.length} label={t("courses.needs.findCompany")} help={t("courses.needs.findCompanyHelp")} /> : null}
      <NeedForm key={JSON.stringify(values)} values={values} errors={actionData?.errors} companies={loaderData.companies} submitLabel={t("courses.needs.new.submit")} cancelTo="/behoeften" />
    </div>
  );
}
