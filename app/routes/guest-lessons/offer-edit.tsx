import { redirect } from "react-router";
import type { Route } from "./+types/offer-edit";
import { requestContext, servicesContext } from "~/context.ts";
import { formatDateList, offerFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getEditableOffer } from "~/services/guest-lessons/get-editable-offer.server.ts";
import { updateOffer } from "~/services/guest-lessons/update-offer.server.ts";
import { Heading } from "~/ui/components.tsx";
import { OfferForm, type FormValues } from "~/ui/guest-lessons.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const services = context.get(servicesContext);
  const { offer, organisationName, topics } = await getEditableOffer(services, user, { offerId: params.id });
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
      blackoutDates: formatDateList(offer.blackoutDates),
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
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanbod bewerken | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Permission before the form is read: someone who may not edit this offer hears that, not a field error.
  await getEditableOffer(services, user, { offerId: params.id });
  const input = formInput(offerFormSchema, form);
  const publish = form.get("intent") === "publish";
  await updateOffer(services, user, { ...input, offerId: params.id, publish });
  throw redirect(`/aanbod/${params.id}?${publish ? "gepubliceerd" : "opgeslagen"}`);
});

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
