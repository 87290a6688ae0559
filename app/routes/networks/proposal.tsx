import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/proposal";
import { requestContext, servicesContext } from "~/context.ts";
import { formInput, optionalText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { PROFILE_FIELD } from "~/domain/networks/profile-fields.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { decideNetworkChange } from "~/services/networks/decide-network-change.server.ts";
import { getChangeProposal } from "~/services/networks/get-change-proposal.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { FieldChange, ProfileValueText } from "~/ui/profile-diff.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const decisionSchema = z.object({
  intent: z.enum(["accept", "reject"], { error: "guestLessons.choose" }),
  reason: optionalText(2000),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const t = translator(actor.locale ?? context.get(requestContext).locale);
  const { proposer, ...proposal } = await getChangeProposal(context.get(servicesContext), actor, { proposalId: params.id });
  // The page names the proposer; their e-mail address stays on the server.
  return { proposal: { ...proposal, proposer: proposer ? { name: proposer.name } : null }, title: t("networks.proposals.review.title", { name: proposal.network.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Voorstel"} – Technohub` }];
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
  const locale = useLocale();
  const { proposal } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const date = (at: Date | string) => formatDate(at, locale, { dateStyle: "long", timeStyle: "short" });
  const anyStale = proposal.fields.some((f) => f.stale);
  const pending = proposal.status === "pending";
  return (
    <div className="th-stack">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph>
        {t("networks.proposals.review.submittedBy", { name: proposal.proposer?.name ?? t("networks.proposals.history.unknown"), date: date(proposal.createdAt) })}
      </Paragraph>
      {!pending ? (
        <Alert type="info">
          <Paragraph>
            {t(proposal.status === "accepted" ? "networks.proposals.review.accepted" : "networks.proposals.review.rejected", {
              name: proposal.decidedBy ?? t("networks.proposals.history.unknown"),
              date: proposal.decidedAt ? date(proposal.decidedAt) : "",
            })}
          </Paragraph>
          {proposal.reason ? <Paragraph>{t("networks.proposals.review.reasonWas", { reason: proposal.reason })}</Paragraph> : null}
        </Alert>
      ) : null}
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

      {pending ? (
        <section className="th-stack" aria-labelledby="decide">
          <Heading level={2} id="decide">
            {t("networks.proposals.review.decide")}
          </Heading>
          <ErrorSummary errors={errors} labels={{ reason: t("networks.proposals.review.reason") }} />
          <div className="th-grid th-decide">
            <Form method="post" className="th-card th-stack">
              <input type="hidden" name="intent" value="accept" />
              <Button>{t("networks.proposals.review.accept")}</Button>
            </Form>
            <Form method="post" noValidate className="th-card th-stack">
              <input type="hidden" name="intent" value="reject" />
              <TextArea
                name="reason"
                label={t("networks.proposals.review.reason")}
                description={t("networks.proposals.review.reasonHint")}
                defaultValue={values.intent === "reject" ? (values.reason ?? "") : ""}
                error={errors.reason}
                rows={4}
              />
              <Button appearance="secondary">{t("networks.proposals.review.reject")}</Button>
            </Form>
          </div>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/netwerken/${proposal.network.slug}`}>{t("networks.proposals.review.profile", { name: proposal.network.name })}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/coordinatie">{t("networks.proposals.review.back")}</Link>
      </Paragraph>
    </div>
  );
}
