import { data, Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/coordination-join";
import { servicesContext } from "~/context.ts";
import { formValues, optionalText, parseForm } from "~/lib/forms.ts";
import { formatDate } from "~/i18n/index.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { decideJoinRequest } from "~/services/directory/decide-join-request.server.ts";
import { loadJoinRequest } from "~/services/directory/load-join-request.server.ts";
import { Alert, Button, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
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
    const joinRequest = await loadJoinRequest(context.get(servicesContext), actor, params.id);
    return {
      joinRequest,
      title: t("join.review.title", { organisation: joinRequest.organisation.name, network: joinRequest.network.name }),
    };
  } catch (error) {
    throwHttpError(error, context);
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Aanmelding"} – Technohub` }];
}

export async function action({ request, params, context }: Route.ActionArgs) {
  const actor = requireUser(context, request);
  const formData = await request.formData();
  const parsed = parseForm(decisionSchema, formData);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  let result;
  try {
    result = await decideJoinRequest(context.get(servicesContext), actor, {
      requestId: params.id,
      decision: parsed.data.intent,
      reason: parsed.data.reason,
    });
  } catch (error) {
    return formFailure(error, context, formValues(formData));
  }
  throw redirect(`/coordinatie?besluit=${result.status === "accepted" ? "aangenomen" : "aanmelding-afgewezen"}`);
}

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
      <Paragraph>{t("join.review.submittedBy", { name: request.requester?.name ?? t("proposals.history.unknown"), date: date(request.createdAt) })}</Paragraph>
      {!pending ? (
        <Alert type="info">
          <Paragraph>
            {t(request.status === "accepted" ? "join.review.accepted" : "join.review.rejected", {
              name: request.decidedBy ?? t("proposals.history.unknown"),
              date: request.decidedAt ? date(request.decidedAt) : "",
            })}
          </Paragraph>
          {request.reason ? <Paragraph>{t("proposals.review.reasonWas", { reason: request.reason })}</Paragraph> : null}
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
            {t("proposals.review.decide")}
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
        <Link to={`/netwerken/${request.network.slug}`}>{t("proposals.review.profile", { name: request.network.name })}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/coordinatie">{t("proposals.review.back")}</Link>
      </Paragraph>
    </div>
  );
}
