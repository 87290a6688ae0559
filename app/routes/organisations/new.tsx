import { data, redirect } from "react-router";
import type { Route } from "./+types/new";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { organisationFormSchema } from "~/domain/organisations/form.ts";
import { translator } from "~/i18n/index.ts";
import { formInput, formValues } from "~/lib/forms.ts";
import { routeAction, routeLoader, type FormRefusalData, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { requirePermission } from "~/services/common/permissions.server.ts";
import { createOrganisation, type PossibleDuplicate } from "~/services/organisations/create-organisation.server.ts";
import { Alert, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { OrganisationForm } from "~/ui/organisation-form.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  await requirePermission(context.get(servicesContext).db, user, "organisation.create");
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { title: `${t("organisations.new.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisatie toevoegen | Technohub" }];
}

/** The refusal shape, plus the organisations the new one may duplicate (asked to confirm, 409). */
type ActionResult = FormRefusalData & { duplicates?: PossibleDuplicate[] };

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await requirePermission(services.db, user, "organisation.create");
  const { confirmDuplicate, ...input } = formInput(organisationFormSchema, form);
  const result = await createOrganisation(services, user, { values: input, confirmDuplicate });
  if (result.status === "possible_duplicates") {
    return data<ActionResult>({ errors: {}, values: formValues(form), duplicates: result.candidates }, { status: 409 });
  }
  throw redirect(`/organisaties/${result.slug}?toegevoegd`);
});

export default function NewOrganisation({ actionData }: Route.ComponentProps) {
  const t = useT();
  const result = actionData as ActionResult | undefined;
  const duplicates = result?.duplicates ?? [];
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("organisations.new.title")}</Heading>
      <Paragraph lead>{t("organisations.new.intro")}</Paragraph>
      <OrganisationForm
        // A fresh form after each answer, so the typed values shown are those just posted.
        key={JSON.stringify(result?.values ?? {})}
        values={result?.values ?? {}}
        errors={result?.errors}
        submitLabel={t("organisations.new.submit")}
        cancelTo="/organisaties"
      >
        {duplicates.length ? (
          <Alert type="warning" role="alert">
            <Heading level={2} appearance={3}>
              {t("organisations.duplicates.title")}
            </Heading>
            <Paragraph>{t("organisations.duplicates.intro")}</Paragraph>
            <UnorderedList>
              {duplicates.map((d) => (
                <li key={d.slug} className="utrecht-unordered-list__item">
                  <Link to={`/organisaties/${d.slug}`}>{d.name}</Link>
                  {d.place ? <span> ({d.place})</span> : null}
                </li>
              ))}
            </UnorderedList>
            <Paragraph>{t("organisations.duplicates.hint")}</Paragraph>
            <div className="utrecht-form-field utrecht-form-field--checkbox">
              <input
                className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom"
                type="checkbox"
                id="f-confirmDuplicate"
                name="confirmDuplicate"
                value="on"
              />
              <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor="f-confirmDuplicate">
                {t("organisations.duplicates.confirm")}
              </label>
            </div>
          </Alert>
        ) : null}
      </OrganisationForm>
    </div>
  );
}

