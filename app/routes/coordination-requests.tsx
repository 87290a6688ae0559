import { data, Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/coordination-requests";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { optionalText, parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { brokerOffer } from "~/services/appointments/broker-offer.server.ts";
import { listNetworkRequests } from "~/services/appointments/list-network-requests.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "./auth/forms.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "coordinationRequests.title");

/** /coordinatie/vragen: the open requests of the coordinator's networks, stalled first, with brokering. */
export async function loader({ request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  try {
    return await listNetworkRequests(context.get(servicesContext), user);
  } catch (error) {
    if (error instanceof DomainError) throw data(translator(user.locale)(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

const brokerSchema = z.object({ requestId: z.uuid(), offerId: z.uuid({ error: "form.required" }), note: optionalText(1000) });

export async function action({ request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const posted = await request.formData();
  const requestId = String(posted.get("requestId") ?? "");
  // Each request has its own form; its fields carry the request id so that ids stay unique on the page.
  const formData = new FormData();
  formData.set("requestId", requestId);
  formData.set("offerId", String(posted.get(`offerId-${requestId}`) ?? ""));
  formData.set("note", String(posted.get(`note-${requestId}`) ?? ""));
  const parsed = parseForm(brokerSchema, formData);
  if (!parsed.ok) return data({ requestId, errors: parsed.errors, done: false }, { status: 400 });
  try {
    await brokerOffer(context.get(servicesContext), user, { requestId: parsed.data.requestId, offerId: parsed.data.offerId, note: parsed.data.note ?? "" });
    return { requestId, errors: {} as Record<string, string>, done: true };
  } catch (error) {
    if (error instanceof DomainError && (error.kind === "invalid" || error.kind === "conflict")) {
      return data({ requestId, errors: { offerId: error.message } as Record<string, string>, done: false }, { status: 409 });
    }
    if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export default function CoordinationRequests({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to="/coordinatie">{t("nav.coordinator")}</Link>
      </Paragraph>
      <Heading level={1}>{t("coordinationRequests.title")}</Heading>
      <Paragraph>{t("coordinationRequests.intro")}</Paragraph>
      {loaderData.requests.length === 0 ? <Paragraph>{t("coordinationRequests.empty")}</Paragraph> : null}
      <ol className="th-card-list">
        {loaderData.requests.map((r) => {
          const mine = actionData?.requestId === r.id ? actionData : null;
          const field = `offerId-${r.id}`;
          return (
            <li key={r.id} className="th-card th-stack" data-request={r.id}>
              <Heading level={2}>
                {r.title} {r.escalatedAt ? <Badge>{t("coordinationRequests.stalled")}</Badge> : null}
              </Heading>
              <Paragraph>
                {r.schoolName} · {r.networkName} · {t("coordinationRequests.class", { pupils: r.pupils, level: r.level })} · {t("coordinationRequests.waiting", { days: r.waitingDays })}
              </Paragraph>
              {r.escalationReason ? <Paragraph>{r.escalationReason}</Paragraph> : null}
              {r.appointments.length > 0 ? (
                <Paragraph>
                  {t("coordinationRequests.appointments")}:{" "}
                  {r.appointments.map((a, i) => (
                    <span key={a.id}>
                      {i > 0 ? ", " : ""}
                      <Link to={`/afspraken/${a.id}`}>{a.offerTitle}</Link> ({t(`appointments.state.${a.state}`)})
                    </span>
                  ))}
                </Paragraph>
              ) : null}
              {r.suggestions.length > 0 ? (
                <Paragraph>
                  {t("coordinationRequests.suggestions")}: {r.suggestions.map((s) => s.offerTitle).join(", ")}
                </Paragraph>
              ) : null}
              {mine?.done ? <Alert type="ok">{t("coordinationRequests.brokered")}</Alert> : null}
              <Form method="post" className="th-stack">
                <input type="hidden" name="requestId" value={r.id} />
                <SelectField
                  name={field}
                  label={t("coordinationRequests.offer")}
                  options={loaderData.offers.map((o) => ({ value: o.id, label: `${o.title} – ${o.organisationName}` }))}
                  placeholder=""
                  error={mine?.errors?.offerId}
                />
                <TextField name={`note-${r.id}`} label={t("coordinationRequests.note")} />
                <Button appearance="secondary">{t("coordinationRequests.broker")}</Button>
              </Form>
              <Paragraph className="th-muted">{formatDate(r.createdAt, locale)}</Paragraph>
            </li>
          );
        })}
      </ol>
      <section className="th-stack" aria-labelledby="termijnen">
        <Heading level={2} appearance={4} id="termijnen">
          {t("networkSettings.listTitle")}
        </Heading>
        <ul className="utrecht-unordered-list">
          {loaderData.networks.map((n) => (
            <li key={n.id}>
              {t("networkSettings.listItem", { name: n.name, days: n.escalationWorkingDays })} ·{" "}
              <Link to={`/coordinatie/netwerken/${n.slug}/instellingen`} aria-label={t("networkSettings.changeFor", { name: n.name })}>
                {t("networkSettings.change")}
              </Link>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
