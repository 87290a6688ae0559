import { data, redirect } from "react-router";
import type { Route } from "./+types/organisation-new";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { organisationFormSchema } from "~/domain/organisations/form.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requirePermission } from "~/services/auth/require.server.ts";
import { createOrganisation, type PossibleDuplicate } from "~/services/organisations/create-organisation.server.ts";
import { Alert, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { OrganisationErrorPage } from "~/ui/organisation-error.tsx";
import { OrganisationForm } from "~/ui/organisation-form.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  await requirePermission(context, request, "organisation.create");
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { title: `${t("organisations.new.title")} | ${t("app.name")}` };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisatie toevoegen | Technohub" }];
}

type ActionResult = { errors: Record<string, string>; values: Record<string, string | string[]>; duplicates: PossibleDuplicate[] };

export async function action({ request, context }: Route.ActionArgs) {
  const user = await requirePermission(context, request, "organisation.create");
  const formData = await request.formData();
  const parsed = parseForm(organisationFormSchema, formData);
  if (!parsed.ok) return data<ActionResult>({ errors: parsed.errors, values: parsed.values, duplicates: [] }, { status: 400 });
  const { confirmDuplicate, ...input } = parsed.data;
  try {
    const result = await createOrganisation(context.get(servicesContext), user, input, { confirmDuplicate });
    if (result.status === "possible_duplicates") {
      return data<ActionResult>({ errors: {}, values: formValues(formData), duplicates: result.candidates }, { status: 409 });
    }
    throw redirect(`/organisaties/${result.slug}?toegevoegd`);
  } catch (error) {
    if (error instanceof DomainError && error.kind !== "forbidden") {
      return data<ActionResult>(
        { errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData), duplicates: [] },
        { status: error.kind === "conflict" ? 409 : 400 },
      );
    }
    throw error;
  }
}

export default function NewOrganisation({ actionData }: Route.ComponentProps) {
  const t = useT();
  const duplicates = actionData?.duplicates ?? [];
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("organisations.new.title")}</Heading>
      <Paragraph lead>{t("organisations.new.intro")}</Paragraph>
      <OrganisationForm
        // A fresh form after each answer, so the typed values shown are those just posted.
        key={JSON.stringify(actionData?.values ?? {})}
        values={actionData?.values ?? {}}
        errors={actionData?.errors}
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

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <OrganisationErrorPage error={error} />;
}
