import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appointment-request";
import { servicesContext } from "~/context.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getRequestSuggestions } from "~/services/guest-lessons/get-request-suggestions.server.ts";
import { requestAppointment } from "~/services/guest-lessons/request-appointment.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** /afspraken/vraag/:id: the offers put before a school for its request, each taken with one click. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  return getRequestSuggestions(context.get(servicesContext), user, { requestId: params.id });
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.request.title ?? "Vraag"} | Technohub` }];
}

const takeSchema = z.object({ suggestionId: z.uuid({ error: "appointments.error.suggestion" }) });

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the school's own people take a suggestion; anyone else is told the request does not exist.
  await getRequestSuggestions(services, user, { requestId: params.id });
  const { suggestionId } = formInput(takeSchema, form);
  const a = await requestAppointment(services, user, { requestId: params.id, suggestionId });
  throw redirect(`/afspraken/${a.id}`);
});

export default function RequestSuggestions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("appointments.request.title", { title: loaderData.request.title })}</Heading>
      <Paragraph>{t("appointments.request.intro")}</Paragraph>
      {actionData?.errors ? (
        <Alert type="error" role="alert">
          {Object.values(actionData.errors).map((message) => (
            <Paragraph key={message}>{t(message)}</Paragraph>
          ))}
        </Alert>
      ) : null}
      {loaderData.suggestions.length === 0 ? <Paragraph>{t("appointments.request.empty")}</Paragraph> : null}
      <ul className="th-card-list">
        {loaderData.suggestions.map((s) => (
          <li key={s.id} className="th-card th-stack">
            <Heading level={2}>{s.offerTitle}</Heading>
            <Paragraph>
              {s.organisationName} · <Badge>{t(`appointments.request.source.${s.source}`)}</Badge>
            </Paragraph>
            {s.note ? <Paragraph>{s.note}</Paragraph> : null}
            {s.appointmentId ? (
              <Paragraph>
                <Link to={`/afspraken/${s.appointmentId}`}>{t("appointments.request.taken")}</Link>
              </Paragraph>
            ) : loaderData.request.status === "open" && s.offerStatus === "published" ? (
              <Form method="post">
                <input type="hidden" name="suggestionId" value={s.id} />
                <Button aria-label={`${t("appointments.request.take")}: ${s.offerTitle}`}>{t("appointments.request.take")}</Button>
              </Form>
            ) : null}
          </li>
        ))}
      </ul>
    </div>
  );
}
