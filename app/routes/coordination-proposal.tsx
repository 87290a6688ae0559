import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/coordination-proposal";
import { servicesContext } from "~/context.ts";
import { formValues, optionalText, parseForm } from "~/lib/forms.ts";
import { PROFILE_FIELD } from "~/domain/directory/profile-fields.ts";
import { formatDate } from "~/i18n/index.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { decideNetworkChange } from "~/services/directory/decide-network-change.server.ts";
import { loadChangeProposal } from "~/services/directory/load-change-proposal.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { FieldChange, ProfileValueText } from "~/ui/profile-diff.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { formFailure, throwHttpError, translatorOf } from "./proposal-responses.server.ts";

const decisionSchema = z.object({
  intent: z.enum(["accept", "reject"]),
  reason: optionalText(2000),
});

export async function loader({ request, params, context }: Route.LoaderArgs) {
  const actor = requireUser(context, request);
  const t = translatorOf(context);
  try {
    const proposal = await loadChangeProposal(context.get(servicesContext), actor, params.id);
    return { proposal, title: t("proposals.review.title", { name: proposal.network.name }) };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Voorstel"} – Technohub` }];
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requireUser(context, request);
  const formData = await request.formData();
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  let result;
  try {
    result = await decideNetworkChange(context.get(servicesContext), actor, {
      proposalId: params.id,
      decision: parsed.data.intent,
      reason: parsed.data.reason,
    });
  } catch (error) {
    return formFailure(error, context, formValues(formData));
  }
  throw redirect(`/coordinatie?besluit=${result.status === "accepted" ? "overgenomen" : "afgewezen"}`);
}

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
        {t("proposals.review.submittedBy", { name: proposal.proposer?.name ?? t("proposals.history.unknown"), date: date(proposal.createdAt) })}
      </Paragraph>
      {!pending ? (
        <Alert type="info">
          <Paragraph>
            {t(proposal.status === "accepted" ? "proposals.review.accepted" : "proposals.review.rejected", {
              name: proposal.decidedBy ?? t("proposals.history.unknown"),
              date: proposal.decidedAt ? date(proposal.decidedAt) : "",
            })}
          </Paragraph>
          {proposal.reason ? <Paragraph>{t("proposals.review.reasonWas", { reason: proposal.reason })}</Paragraph> : null}
        </Alert>
      ) : null}
      {proposal.note ? (
        <section aria-labelledby="note">
          <Heading level={2} id="note">
            {t("proposals.review.note")}
          </Heading>
          <Paragraph className="th-prewrap">{proposal.note}</Paragraph>
        </section>
      ) : null}

      <Heading level={2}>{t("proposals.review.changes")}</Heading>
      {pending && anyStale ? (
        <Alert type="warning">
          <Paragraph>{t("proposals.review.stale")}</Paragraph>
        </Alert>
      ) : null}
      <Table caption={<span className="th-visually-hidden">{t("proposals.review.caption")}</span>}>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th className="utrecht-table__header-cell" scope="col">{t("proposals.diff.field")}</th>
            <th className="utrecht-table__header-cell" scope="col">{t("proposals.diff.change")}</th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {proposal.fields.map((field) => (
            <tr className={`utrecht-table__row${pending && field.stale ? " th-stale" : ""}`} key={field.name}>
              <th className="utrecht-table__header-cell" scope="row">
                {t(PROFILE_FIELD[field.name].label)}
              </th>
              <td className="utrecht-table__cell">
                <FieldChange name={field.name} from={pending ? field.current : field.baseline} to={field.proposed} />
                {pending && field.stale ? (
                  <Paragraph className="th-stale-note">
                    <strong>{t("proposals.diff.staleField")}</strong> <ProfileValueText value={field.baseline} />
                  </Paragraph>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </Table>

      {pending ? (
        <section className="th-stack" aria-labelledby="decide">
          <Heading level={2} id="decide">
            {t("proposals.review.decide")}
          </Heading>
          <ErrorSummary errors={errors} labels={{ reason: t("proposals.review.reason") }} />
          <div className="th-grid th-decide">
            <Form method="post" className="th-card th-stack">
              <input type="hidden" name="intent" value="accept" />
              <Button>{t("proposals.review.accept")}</Button>
            </Form>
            <Form method="post" noValidate className="th-card th-stack">
              <input type="hidden" name="intent" value="reject" />
              <TextArea
                name="reason"
                label={t("proposals.review.reason")}
                description={t("proposals.review.reasonHint")}
                defaultValue={values.intent === "reject" ? (values.reason ?? "") : ""}
                error={errors.reason}
                rows={4}
              />
              <Button appearance="secondary">{t("proposals.review.reject")}</Button>
            </Form>
          </div>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/netwerken/${proposal.network.slug}`}>{t("proposals.review.profile", { name: proposal.network.name })}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/coordinatie">{t("proposals.review.back")}</Link>
      </Paragraph>
    </div>
  );
}
