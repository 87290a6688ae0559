import { data, redirect } from "react-router";
import type { Route } from "./+types/offer-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { offerFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getEditableOffer } from "~/services/guest-lessons/get-editable-offer.server.ts";
import { loadTopics } from "~/services/guest-lessons/support.server.ts";
import { updateOffer } from "~/services/guest-lessons/update-offer.server.ts";
import { Heading } from "~/ui/components.tsx";
import { GuestLessonsErrorPage, OfferForm, type FormValues } from "~/ui/guest-lessons.tsx";
import { throwAsResponse } from "~/ui/organisation-error.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const services = context.get(servicesContext);
  try {
    const [{ offer, organisationName }, topics] = await Promise.all([getEditableOffer(services, user, params.id), loadTopics(services.db)]);
    const period = offer.availablePeriods[0];
    const values: FormValues = {
      organisationId: offer.organisationId,
      kind: offer.kind,
      title: offer.title,
      description: offer.description,
      "topics[]": offer.topics,
      tags: offer.tags.join(", "),
      "levels[]": offer.levels,
      groupSizeMin: String(offer.groupSizeMin),
      groupSizeMax: String(offer.groupSizeMax),
      durationMinutes: String(offer.durationMinutes),
      "locations[]": offer.locations,
      travelRadiusKm: String(offer.travelRadiusKm),
      "weekdays[]": offer.weekdays.map(String),
      periodFrom: period?.from ?? "",
      periodUntil: period?.until ?? "",
      blackoutDates: offer.blackoutDates.join(", "),
      maxPerMonth: offer.maxPerMonth === null ? "" : String(offer.maxPerMonth),
      language: offer.language,
      contactName: offer.contactName ?? "",
      contactEmail: offer.contactEmail ?? "",
      preparationTips: offer.preparationTips,
    };
    return {
      id: offer.id,
      offerTitle: offer.title,
      organisations: [{ id: offer.organisationId, name: organisationName }],
      topics: topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
      values,
      title: `${t("offerForm.editTitle", { title: offer.title })} | ${t("app.name")}`,
    };
  } catch (error) {
    throwAsResponse(error, t);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanbod bewerken | Technohub" }];
}

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const formData = await request.formData();
  const parsed = parseForm(offerFormSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  const publish = formData.get("intent") === "publish";
  try {
    await updateOffer(context.get(servicesContext), user, params.id, parsed.data, { publish });
  } catch (error) {
    if (error instanceof DomainError && error.kind === "invalid") {
      return data({ errors: { [error.field ?? "_form"]: error.message }, values: formValues(formData) }, { status: 400 });
    }
    throwAsResponse(error, t);
  }
  throw redirect(`/aanbod/${params.id}?${publish ? "gepubliceerd" : "opgeslagen"}`);
}

export default function EditOffer({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const values = actionData?.values ?? loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("offerForm.editTitle", { title: loaderData.offerTitle })}</Heading>
      <OfferForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        organisations={loaderData.organisations}
        topics={loaderData.topics}
        editing
        cancelTo={`/aanbod/${loaderData.id}`}
      />
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  const t = useT();
  return <GuestLessonsErrorPage error={error} back="/aanbod" backLabel={t("offer.backToList")} />;
}
