import { data, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/new";
import { servicesContext } from "~/context.ts";
import { formValues, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { createEvent } from "~/services/events/create-event.server.ts";
import { loadNewEventForm } from "~/services/events/load-event-form.server.ts";
import { Heading, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { formFailure, throwHttpError, translatorOf } from "../proposal-responses.server.ts";
import { EventForm, eventFormSchema } from "./event-form.tsx";

const newEventSchema = z.intersection(z.object({ networkId: z.uuid({ error: "form.required" }) }), eventFormSchema);

export async function loader({ request, context }: Route.LoaderArgs) {
  const actor = requireUser(context, request);
  try {
    const form = await loadNewEventForm(context.get(servicesContext), actor);
    return { ...form, title: translatorOf(context)("events.manage.newTitle") };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Nieuw evenement"} | Technohub` }];
}

export async function action({ request, context }: Route.ActionArgs) {
  const actor = requireUser(context, request);
  const formData = await request.formData();
  const parsed = parseForm(newEventSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  let slug: string;
  try {
    ({ slug } = await createEvent(context.get(servicesContext), actor, parsed.data));
  } catch (error) {
    return formFailure(error, context, formValues(formData));
  }
  throw redirect(`/evenementen/${encodeURIComponent(slug)}/bewerken?aangemaakt=1`);
}

export default function NewEventPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.manage.newIntro")}</Paragraph>
      <EventForm values={actionData?.values ?? {}} errors={actionData?.errors ?? {}} networks={loaderData.networks} submitLabel={t("events.manage.create")} />
    </div>
  );
}
