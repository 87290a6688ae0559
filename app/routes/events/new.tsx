import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/new";
import { servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { NETWORK_PARAM, NETWORK_QUERY_PARAM, parseNetworkChoiceQuery } from "~/domain/common/network-choice.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createEvent } from "~/services/events/create-event.server.ts";
import { getNewEventForm } from "~/services/events/get-new-event-form.server.ts";
import { Heading, Paragraph } from "~/ui/components.tsx";
import { NetworkSearchStep } from "~/ui/network-choice.tsx";
import { useT } from "~/ui/use-t.ts";
import { EventForm, eventFormSchema } from "./event-form.tsx";

const newEventSchema = z.intersection(z.object({ networkId: z.uuid({ error: "form.required" }) }), eventFormSchema);

const PATH = "/evenementen/nieuw";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  redirectWithoutEmptyFields(request, [NETWORK_PARAM, NETWORK_QUERY_PARAM]);
  const form = await getNewEventForm(context.get(servicesContext), actor, parseNetworkChoiceQuery(new URL(request.url).searchParams));
  return { ...form, title: translator(actor.locale)("events.manage.newTitle") };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Nieuw evenement"} | Technohub` }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only network coordinators set up events: others hear 403 before the form is read.
  await getNewEventForm(services, actor);
  const { slug } = await createEvent(services, actor, formInput(newEventSchema, form));
  throw redirect(`/evenementen/${encodeURIComponent(slug)}/bewerken?aangemaakt=1`);
});

export default function NewEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { choice } = loaderData;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.manage.newIntro")}</Paragraph>
      {choice.step === "search" ? (
        <NetworkSearchStep choice={choice} path={PATH} />
      ) : (
        <EventForm values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} network={{ choice, path: PATH }} submitLabel={t("events.manage.create")} />
      )}
    </div>
  );
}
