import { data, redirect } from "react-router";
import type { Route } from "./+types/new";
import { requestContext, servicesContext } from "~/context.ts";
import { needFormSchema } from "~/domain/courses/forms.ts";
import { DomainError } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { organisationsOf } from "~/services/courses/scope.server.ts";
import { createNeed } from "~/services/needs/save-need.server.ts";
import { Heading, Paragraph } from "~/ui/components.tsx";
import { CourseErrorPage } from "~/ui/course-error.tsx";
import { NeedForm } from "~/ui/need-form.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const companies = await organisationsOf(context.get(servicesContext).db, user, "company");
  if (companies.length === 0) throw new Response(t("needs.list.noCompany"), { status: 403 });
  return { companies, title: `${t("needs.new.title")} | ${t("app.name")}` };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Opleidingsbehoefte doorgeven | Technohub" }];
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const formData = await request.formData();
  const parsed = parseForm(needFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    const { id } = await createNeed(context.get(servicesContext), user, parsed.data);
    throw redirect(`/behoeften/${id}?toegevoegd`);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    throwAsResponse(error, translator(user.locale));
  }
}

export default function NewNeed({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? { organisationId: loaderData.companies[0]!.id };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("needs.new.title")}</Heading>
      <Paragraph lead>{t("needs.new.intro")}</Paragraph>
      <NeedForm key={JSON.stringify(values)} values={values} errors={actionData?.errors} companies={loaderData.companies} submitLabel={t("needs.new.submit")} cancelTo="/behoeften" />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <CourseErrorPage error={error} back="/behoeften" backLabel="needs.back" />;
}
