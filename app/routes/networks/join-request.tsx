import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/join-request";
import { requestContext, servicesContext } from "~/context.ts";
import { formInput, optionalText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { getJoinRequest } from "~/services/networks/get-join-request.server.ts";
import { Alert, Button, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const decisionSchema = z.object({
  intent: z.enum(["accept", "reject"], { error: "guestLessons.choose" }),
  reason: optionalText(2000),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const t = translator(actor.locale ?? context.get(requestContext).locale);
  // The requester's name and e-mail address are shown to the coordinator who decides: that is who may read them.
  const joinRequest = await getJoinRequest(context.get(servicesContext), actor, { requestId: params.id });
  return {
    joinRequest,
    title: t("join.review.title", { organisation: joinRequest.organisation.name, network: joinRequest.network.name }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Aanmelding"} – Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the network's coordinators decide; anyone else hears that before the form is read.
  await getJoinRequest(services, actor, { requestId: params.id });
  const input = formInput(decisionSchema, form);
  const result = await decideJoinRequest(services, actor, { requestId: params.id, decision: input.intent, reason: input.reason });
  throw redirect(`/coordinatie?besluit=${result.status === "accepted" ? "aangenomen" : "aanmelding-afgewezen"}`);
});

export default function CoordinationJoinPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { joinRequest: request } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const date = (at: Date | string) => formatDate(at, locale, { dateStyle: "long", timeStyle: "short" });
  const pending = request.status === "pending";
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph>{t("join.review.submittedBy", { name: request.requester?.name ?? t("networks.proposals.history.unknown"), date: date(request.createdAt) })}</Paragraph>
      {!pending ? (
        <Alert type="info">
          <Paragraph>
            {t(request.status === "accepted" ? "join.review.accepted" : "join.review.rejected", {
              name: request.decidedBy ?? t("networks.proposals.history.unknown"),
              date: request.decidedAt ? date(request.decidedAt) : "",
            })}
          </Paragraph>
          {request.reason ? <Paragraph>{t("networks.proposals.review.reasonWas", { reason: request.reason })}</Paragraph> : null}
        </Alert>
      ) : null}
      <DataList
        items={[
          { label: t("join.organisation"), value: request.organisation.name },
          ...(request.organisation.place ? [{ label: t("join.review.place"), value: request.organisation.place }] : []),
          ...(request.requester ? [{ label: t("join.review.requester"), value: `${request.requester.name} (${request.requester.email})` }] : []),
        ]}
      />
      <section aria-labelledby="motivation">
        <Heading level={2} id="motivation">
          {t("join.review.motivation")}
        </Heading>
        <Paragraph className="th-prewrap">{request.motivation}</Paragraph>
      </section>
      {pending ? (
        <section className="th-stack" aria-labelledby="decide">
          <Heading level={2} id="decide">
            {t("networks.proposals.review.decide")}
          </Heading>
          <ErrorSummary errors={errors} labels={{ reason: t("join.review.reason") }} />
          <div className="th-grid th-decide">
            <Form method="post" className="th-card th-stack">
              <input type="hidden" name="intent" value="accept" />
              <Button>{t("join.review.accept")}</Button>
            </Form>
            <Form method="post" noValidate className="th-card th-stack">
              <input type="hidden" name="intent" value="reject" />
              <TextArea
                name="reason"
                label={t("join.review.reason")}
                description={t("join.review.reasonHint")}
                defaultValue={values.intent === "reject" ? (values.reason ?? "") : ""}
                error={errors.reason}
                rows={4}
              />
              <Button appearance="secondary">{t("join.review.reject")}</Button>
            </Form>
          </div>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/netwerken/${request.network.slug}`}>{t("networks.proposals.review.profile", { name: request.network.name })}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/coordinatie">{t("networks.proposals.review.back")}</Link>
      </Paragraph>
    </div>
  );
}
