import { redirect } from "react-router";
import type { Route } from "./+types/join-request";
import { requestContext, servicesContext } from "~/context.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { translator } from "~/i18n/index.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { decideJoinRequest } from "~/services/networks/decide-join-request.server.ts";
import { getJoinRequest } from "~/services/networks/get-join-request.server.ts";
import { DataList, Heading, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { decisionSchema, DecisionPage } from "./decision.tsx";

const JOIN_TEXTS = {
  submittedBy: "join.review.submittedBy",
  accepted: "join.review.accepted",
  rejected: "join.review.rejected",
  reason: "join.review.reason",
  reasonHint: "join.review.reasonHint",
  accept: "join.review.accept",
  reject: "join.review.reject",
};

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
  return [{ title: `${loaderData?.title ?? "Aanmelding"} | Technohub` }];
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
  const { joinRequest: request } = loaderData;
  return (
    <DecisionPage title={loaderData.title} item={request} askedBy={request.requester?.name ?? null} texts={JOIN_TEXTS} actionData={actionData}>
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
    </DecisionPage>
  );
}
