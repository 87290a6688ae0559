import { data, redirect } from "react-router";
import type { Route } from "./+types/offer-new";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { offerFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";
import { loadOfferForm } from "~/services/guest-lessons/load-offer-form.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { GuestLessonsErrorPage, OfferForm } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const form = await loadOfferForm(context.get(servicesContext), user);
  return {
    organisations: form.organisations.map((o) => ({ id: o.id, name: o.name })),
    topics: form.topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
    title: `${t("offerForm.newTitle")} | ${t("app.name")}`,
  };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Nieuw aanbod | Technohub" }];
}

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(offerFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const publish = formData.get("intent") === "publish";
  try {
    const created = await createOffer(context.get(servicesContext), user, parsed.data, { publish });
    throw redirect(`/aanbod/${created.id}?${publish ? "gepubliceerd" : "opgeslagen"}`);
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    }
    throwAsResponse(error, t);
  }
}

const DEFAULTS = { groupSizeMin: "8", groupSizeMax: "30", durationMinutes: "60", travelRadiusKm: "25", "weekdays[]": ["1", "2", "3", "4", "5"], language: "nl" };

export default function NewOffer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  if (loaderData.organisations.length === 0) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("offerForm.newTitle")}</Heading>
        <Paragraph>{t("offerForm.noOrganisation")}</Paragraph>
        <Paragraph>
          <Link to="/aanbod">{t("offer.backToList")}</Link>
        </Paragraph>
      </div>
    );
  }
  const values = actionData?.values ?? { ...DEFAULTS, organisationId: loaderData.organisations[0]!.id };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("offerForm.newTitle")}</Heading>
      <Paragraph lead>{t("offerForm.intro")}</Paragraph>
      <OfferForm key={JSON.stringify(values)} values={values} errors={actionData?.errors} organisations={loaderData.organisations} topics={loaderData.topics} editing={false} cancelTo="/aanbod" />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/aanbod" backLabel={t("offer.backToList")} />;
}
