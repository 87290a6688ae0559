import { Form } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/open-requests";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { formInput, optionalText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listCoordinatedNetworks } from "~/services/guest-lessons/list-coordinated-networks.server.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { listNetworkRequests } from "~/services/guest-lessons/list-network-requests.server.ts";
import { proposeOffer } from "~/services/guest-lessons/propose-offer.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "coordinationRequests.title");

/** /coordinatie/vragen: the open requests of the coordinator's networks, stalled first, with brokering. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const params = new URL(request.url).searchParams;
  const { page, ignored } = parsePage(params.get("pagina"));
  const deadlinesPage = parsePage(params.get("termijnen")).page;
  return { ...(await listNetworkRequests(context.get(servicesContext), user, { page, deadlinesPage })), ignored };
});

/** The requests' page and the deadlines' page are two lists on one page: each link keeps the other's page. */
function pagesHref(page: number, deadlines: number) {
  const params = new URLSearchParams();
  if (page > 1) params.set("pagina", String(page));
  if (deadlines > 1) params.set("termijnen", String(deadlines));
  const query = params.toString();
  return query ? `/coordinatie/vragen?${query}` : "/coordinatie/vragen";
}

const brokerSchema = z.object({
  requestId: z.uuid({ error: "appointments.error.request" }),
  offerId: z.uuid({ error: "form.required" }),
  note: optionalText(1000),
});

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only coordinators broker; proposeOffer then checks the request's own network.
  await listCoordinatedNetworks(services, user);
  // Each request has its own form; its fields carry the request id so that ids stay unique on the page.
  const id = String(form.get("requestId") ?? "");
  const fields = new FormData();
  fields.set("requestId", id);
  fields.set("offerId", String(form.get(`offerId-${id}`) ?? ""));
  fields.set("note", String(form.get(`note-${id}`) ?? ""));
  const input = formInput(brokerSchema, fields);
  await proposeOffer(services, user, { requestId: input.requestId, offerId: input.offerId, note: input.note ?? "" });
  return { brokered: input.requestId };
});

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
      <PageNotice {...loaderData} />
      {loaderData.requests.length === 0 ? <Paragraph>{t("coordinationRequests.empty")}</Paragraph> : null}
      <ol className="th-card-list">
        {loaderData.requests.map((r) => {
          const refused = actionData && "errors" in actionData && actionData.values.requestId === r.id ? actionData.errors : null;
          const brokered = actionData && "brokered" in actionData && actionData.brokered === r.id;
          const field = `offerId-${r.id}`;
          return (
            <li key={r.id} className="th-card th-stack" data-request={r.id}>
              <Heading level={2}>
                {r.title} {r.escalatedAt ? <Badge>{t("coordinationRequests.stalled")}</Badge> : null}
              </Heading>
              <Paragraph>
                {r.schoolName} · {r.networkName} · {t("coordinationRequests.class", { pupils: r.pupils, level: r.level })} · {t("coordinationRequests.waiting", { count: r.waitingDays })}
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
              {brokered ? <Alert type="ok">{t("coordinationRequests.brokered")}</Alert> : null}
              <Form method="post" className="th-stack">
                <input type="hidden" name="requestId" value={r.id} />
                {r.offers.length === 0 ? <Paragraph>{t("coordinationRequests.noMatches")}</Paragraph> : null}
                {/* The request's own ranked matches, best first; what does not fit is said in the option itself. */}
                <SelectField
                  name={field}
                  label={t("coordinationRequests.offerRanked")}
                  options={r.offers.map((o) => ({
                    value: o.id,
                    label: [`${o.title} – ${o.organisationName}${o.place ? ` (${o.place})` : ""}`, ...o.mismatches.map((m) => t(`coordinationRequests.mismatch.${m.kind}`, m.kind === "level" ? { level: t(`guestLessons.level.${m.level}`) } : m.kind === "groupTooLarge" ? { max: m.max, perGroup: m.perGroup } : { min: m.min, perGroup: m.perGroup }))].join(" · "),
                  }))}
                  placeholder=""
                  error={refused?.offerId ?? refused?.requestId ?? refused?._form}
                />
                <TextField name={`note-${r.id}`} label={t("coordinationRequests.note")} error={refused?.note} />
                <Button appearance="secondary">{t("coordinationRequests.broker")}</Button>
              </Form>
              <Paragraph className="th-muted">{formatDate(r.createdAt, locale)}</Paragraph>
            </li>
          );
        })}
      </ol>
      <Pagination {...loaderData} href={(page) => pagesHref(page, loaderData.deadlines.page)} />
      <section className="th-stack" aria-labelledby="termijnen">
        <Heading level={2} appearance={4} id="termijnen">
          {t("networkSettings.listTitle")}
        </Heading>
        <ul className="utrecht-unordered-list">
          {loaderData.networks.map((n) => (
            <li key={n.id}>
              {t("networkSettings.listItem", { name: n.name, count: n.escalationWorkingDays })} ·{" "}
              <Link to={`/coordinatie/netwerken/${n.slug}/instellingen`} aria-label={t("networkSettings.changeFor", { name: n.name })}>
                {t("networkSettings.change")}
              </Link>
            </li>
          ))}
        </ul>
        <Pagination {...loaderData.deadlines} href={(deadlines) => pagesHref(loaderData.page, deadlines)} label={t("networkSettings.pages")} />
      </section>
    </div>
  );
}
