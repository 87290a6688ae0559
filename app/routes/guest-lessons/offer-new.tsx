import { redirect } from "react-router";
import type { Route } from "./+types/offer-new";
import { requestContext, servicesContext } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { offerFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createOffer } from "~/services/guest-lessons/create-offer.server.ts";
import { getOfferForm } from "~/services/guest-lessons/get-offer-form.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { OfferForm } from "~/ui/guest-lessons.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const form = await getOfferForm(context.get(servicesContext), user);
  return {
    organisations: form.organisations.map((o) => ({ id: o.id, name: o.name })),
    topics: form.topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
    title: `${t("offerForm.newTitle")} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Nieuw aanbod | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Someone who acts for no company or provider may not offer anything, whatever the form holds.
  if ((await getOfferForm(services, user)).organisations.length === 0) throw forbidden("offerForm.error.organisation");
  const input = formInput(offerFormSchema, form);
  const publish = form.get("intent") === "publish";
  const created = await createOffer(services, user, { ...input, publish });
  throw redirect(`/aanbod/${created.id}?${publish ? "gepubliceerd" : "opgeslagen"}`);
});

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
