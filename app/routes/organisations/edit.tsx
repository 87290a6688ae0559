import { redirect } from "react-router";
import type { Route } from "./+types/edit";
import { requestContext, servicesContext } from "~/context.ts";
import { organisationFormSchema } from "~/domain/organisations/form.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getEditableOrganisation } from "~/services/organisations/get-editable-organisation.server.ts";
import { updateOrganisation } from "~/services/organisations/update-organisation.server.ts";
import { Heading } from "~/ui/components.tsx";
import { OrganisationForm, type OrganisationFormValues } from "~/ui/organisation-form.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const org = await getEditableOrganisation(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const values: OrganisationFormValues = {
    name: org.name,
    kind: org.kind,
    description: org.description,
    "educationLevels[]": org.educationLevels,
    sector: org.sector ?? "",
    sizeClass: org.sizeClass ?? "",
    kvkNumber: org.kvkNumber ?? "",
    brin: org.brin ?? "",
    branchNumber: org.branchNumber ?? "",
    street: org.street ?? "",
    postcode: org.postcode ?? "",
    place: org.place ?? "",
    province: org.province ?? "",
    website: org.website ?? "",
    email: org.email ?? "",
  };
  return { slug: org.slug, name: org.name, values, title: `${t("organisations.edit.title", { name: org.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisatie bewerken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Who may not edit this organisation hears that, not which fields are wrong.
  await getEditableOrganisation(services, user, { slug });
  const { confirmDuplicate: _ignored, ...input } = formInput(organisationFormSchema, form);
  const result = await updateOrganisation(services, user, { slug, values: input });
  throw redirect(`/organisaties/${result.slug}?opgeslagen`);
});

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

