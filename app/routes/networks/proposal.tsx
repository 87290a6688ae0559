import { redirect } from "react-router";
import type { Route } from "./+types/proposal";
import { requestContext, servicesContext } from "~/context.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { PROFILE_FIELD } from "~/domain/networks/profile-fields.ts";
import { translator } from "~/i18n/index.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { decideNetworkChange } from "~/services/networks/decide-network-change.server.ts";
import { getChangeProposal } from "~/services/networks/get-change-proposal.server.ts";
import { Alert, Heading, Paragraph, Table } from "~/ui/components.tsx";
import { FieldChange, ProfileValueText } from "~/ui/profile-diff.tsx";
import { useT } from "~/ui/use-t.ts";
import { decisionSchema, DecisionPage } from "./decision.tsx";

const PROPOSAL_TEXTS = {
  submittedBy: "networks.proposals.review.submittedBy",
  accepted: "networks.proposals.review.accepted",
  rejected: "networks.proposals.review.rejected",
  reason: "networks.proposals.review.reason",
  reasonHint: "networks.proposals.review.reasonHint",
  accept: "networks.proposals.review.accept",
  reject: "networks.proposals.review.reject",
};

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const t = translator(actor.locale ?? context.get(requestContext).locale);
  const { proposer, ...proposal } = await getChangeProposal(context.get(servicesContext), actor, { proposalId: params.id });
  // The page names the proposer; their e-mail address stays on the server.
  return { proposal: { ...proposal, proposer: proposer ? { name: proposer.name } : null }, title: t("networks.proposals.review.title", { name: proposal.network.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Voorstel"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the network's coordinators decide; anyone else hears that before the form is read.
  await getChangeProposal(services, actor, { proposalId: params.id });
  const input = formInput(decisionSchema, form);
  const result = await decideNetworkChange(services, actor, { proposalId: params.id, decision: input.intent, reason: input.reason });
  throw redirect(`/coordinatie?besluit=${result.status === "accepted" ? "overgenomen" : "afgewezen"}`);
});

export default function CoordinationProposalPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { proposal } = loaderData;
  const anyStale = proposal.fields.some((f) => f.stale);
  const pending = proposal.status === "pending";
  return (
    <DecisionPage title={loaderData.title} item={proposal} askedBy={proposal.proposer?.name ?? null} texts={PROPOSAL_TEXTS} actionData={actionData}>
      {proposal.note ? (
        <section aria-labelledby="note">
          <Heading level={2} id="note">
            {t("networks.proposals.review.note")}
          </Heading>
          <Paragraph className="th-prewrap">{proposal.note}</Paragraph>
        </section>
      ) : null}

      <Heading level={2}>{t("networks.proposals.review.changes")}</Heading>
      {pending && anyStale ? (
        <Alert type="warning">
          <Paragraph>{t("networks.proposals.review.stale")}</Paragraph>
        </Alert>
      ) : null}
      <Table
        caption={t("networks.proposals.review.caption")}
        captionHidden
        rows={proposal.fields}
        rowKey={(field) => field.name}
        rowProps={(field) => ({ className: pending && field.stale ? "th-stale" : undefined })}
        columns={[
          { header: t("networks.proposals.diff.field"), rowHeader: true, cell: (field) => t(PROFILE_FIELD[field.name].label) },
          {
            header: t("networks.proposals.diff.change"),
            cell: (field) => (
              <>
                <FieldChange name={field.name} from={pending ? field.current : field.baseline} to={field.proposed} />
                {pending && field.stale ? (
                  <Paragraph className="th-stale-note">
                    <strong>{t("networks.proposals.diff.staleField")}</strong> <ProfileValueText value={field.baseline} />
                  </Paragraph>
                ) : null}
              </>
            ),
          },
        ]}
      />

    </DecisionPage>
  );
}
