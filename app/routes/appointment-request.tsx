import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/appointment-request";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { getRequestSuggestions } from "~/services/appointments/get-request-suggestions.server.ts";
import { requestAppointment } from "~/services/appointments/request-appointment.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** /afspraken/vraag/:id: the offers put before a school for its request, each taken with one click. */
export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  try {
    return await getRequestSuggestions(context.get(servicesContext), user, params.id);
  } catch (error) {
    if (error instanceof DomainError) throw data(translator(user.locale)(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.request.title ?? "Vraag"} | Technohub` }];
}

const takeSchema = z.object({ suggestionId: z.uuid() });

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const parsed = parseForm(takeSchema, await request.formData());
  if (!parsed.ok) return data({ error: t("appointments.error.suggestion") }, { status: 400 });
  try {
    const a = await requestAppointment(context.get(servicesContext), user, { requestId: params.id, suggestionId: parsed.data.suggestionId });
    throw redirect(`/afspraken/${a.id}`);
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "conflict" || error.kind === "invalid")) return data({ error: t(error.message) }, { status: 409 });
    if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export default function RequestSuggestions({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("appointments.request.title", { title: loaderData.request.title })}</Heading>
      <Paragraph>{t("appointments.request.intro")}</Paragraph>
      {actionData?.error ? <Alert type="error" role="alert">{actionData.error}</Alert> : null}
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
