import { data, redirect } from "react-router";
import type { Route } from "./+types/organisation-edit";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { organisationFormSchema } from "~/domain/organisations/form.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getEditableOrganisation } from "~/services/organisations/get-editable-organisation.server.ts";
import { updateOrganisation } from "~/services/organisations/update-organisation.server.ts";
import { Heading } from "~/ui/components.tsx";
import { OrganisationErrorPage, throwAsResponse } from "~/ui/organisation-error.tsx";
import { OrganisationForm, type OrganisationFormValues } from "~/ui/organisation-form.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  try {
    const org = await getEditableOrganisation(context.get(servicesContext), user, params.slug);
    const values: OrganisationFormValues = {
      name: org.name,
      kind: org.kind,
      description: org.description,
      "educationLevels[]": org.educationLevels,
      sector: org.sector ?? "",
      sizeClass: org.sizeClass ?? "",
      kvkNumber: org.kvkNumber ?? "",
      street: org.street ?? "",
      postcode: org.postcode ?? "",
      place: org.place ?? "",
      province: org.province ?? "",
      website: org.website ?? "",
      email: org.email ?? "",
    };
    return { slug: org.slug, name: org.name, values, title: `${t("organisations.edit.title", { name: org.name })} | ${t("app.name")}` };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisatie bewerken | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(organisationFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const { confirmDuplicate: _ignored, ...input } = parsed.data;
  try {
    const result = await updateOrganisation(context.get(servicesContext), user, params.slug, input);
    throw redirect(`/organisaties/${result.slug}?opgeslagen`);
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: error.kind === "conflict" ? 409 : 400 });
    }
    throwAsResponse(error, t);
  }
}

export default function EditOrganisation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("organisations.edit.title", { name: loaderData.name })}</Heading>
      <OrganisationForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        submitLabel={t("organisations.edit.submit")}
        cancelTo={`/organisaties/${loaderData.slug}`}
      />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <OrganisationErrorPage error={error} />;
}
