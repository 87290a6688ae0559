import { data, redirect } from "react-router";
import type { Route } from "./+types/request-new";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { requestFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { createRequest } from "~/services/guest-lessons/create-request.server.ts";
import { loadRequestForm } from "~/services/guest-lessons/load-request-form.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { GuestLessonsErrorPage, RequestForm } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const offerId = new URL(request.url).searchParams.get("aanbod");
  const form = await loadRequestForm(context.get(servicesContext), user, offerId);
  return {
    schools: form.schools.map((s) => ({ id: s.id, name: s.name })),
    topics: form.topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
    direct: form.direct,
    title: `${form.direct ? t("requestForm.titleDirect", { title: form.direct.title }) : t("requestForm.title")} | ${t("app.name")}`,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Nieuwe vraag | Technohub" }];
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(requestFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  try {
    const created = await createRequest(context.get(servicesContext), user, parsed.data);
    throw redirect(`/vragen/${created.id}?opgeslagen`);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    }
    throwAsResponse(error, t);
  }
}

export default function NewRequest({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { direct, schools } = loaderData;
  if (schools.length === 0) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("requestForm.title")}</Heading>
        <Paragraph>{t("requestForm.noSchool")}</Paragraph>
        <Paragraph>
          <Link to="/vragen">{t("requests.backToList")}</Link>
        </Paragraph>
      </div>
    );
  }
  const values = actionData?.values ?? {
    schoolOrganisationId: schools[0]!.id,
    groups: "1",
    place: "any",
    ...(direct ? { kind: direct.kind, title: direct.title, "topics[]": direct.topics } : {}),
  };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{direct ? t("requestForm.titleDirect", { title: direct.title }) : t("requestForm.title")}</Heading>
      <Paragraph lead>{direct ? t("requestForm.introDirect", { name: direct.organisationName }) : t("requestForm.intro")}</Paragraph>
      <RequestForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        schools={schools}
        topics={loaderData.topics}
        direct={direct}
        cancelTo={direct ? `/aanbod/${direct.id}` : "/vragen"}
      />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/vragen" backLabel={t("requests.backToList")} />;
}
