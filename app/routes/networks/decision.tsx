/**
 * What a coordinator's two review pages share (a proposed change to a network's page, and an
 * organisation's request to join): who asked and when, how it was decided, the accept and
 * reject forms (a reason only with a rejection) and the way back.
 */
import type { ReactNode } from "react";
import { Form } from "react-router";
import { z } from "zod";
import { formatDate } from "~/i18n/index.ts";
import { optionalText } from "~/lib/forms.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const decisionSchema = z.object({
  intent: z.enum(["accept", "reject"], { error: "guestLessons.choose" }),
  reason: optionalText(2000),
});

type Decided = {
  status: string;
  createdAt: Date | string;
  decidedAt: Date | string | null;
  decidedBy: string | null;
  reason: string | null;
  network: { slug: string; name: string };
};

/** Message keys that differ between the two pages. */
type DecisionTexts = { submittedBy: string; accepted: string; rejected: string; reason: string; reasonHint: string; accept: string; reject: string };

/**
 * The review page around what is decided on (`children`): the form only while the item is pending,
 * its outcome once decided. A rejection's reason comes back beside the field when it is refused.
 */
export function DecisionPage(props: {
  title: string;
  item: Decided;
  askedBy: string | null;
  texts: DecisionTexts;
  actionData: { values: Record<string, unknown>; errors: Record<string, string> } | undefined;
  children: ReactNode;
}) {
  const t = useT();
  const locale = useLocale();
  const { item, texts } = props;
  const errors = props.actionData?.errors ?? {};
  const values = props.actionData?.values ?? {};
  const date = (at: Date | string) => formatDate(at, locale, { dateStyle: "long", timeStyle: "short" });
  const unknown = t("networks.proposals.history.unknown");
  const pending = item.status === "pending";
  return (
    <div className="th-stack">
      <Heading level={1}>{props.title}</Heading>
      <Paragraph>{t(texts.submittedBy, { name: props.askedBy ?? unknown, date: date(item.createdAt) })}</Paragraph>
      {!pending ? (
        <Alert type="info">
          <Paragraph>
            {t(item.status === "accepted" ? texts.accepted : texts.rejected, {
              name: item.decidedBy ?? unknown,
              date: item.decidedAt ? date(item.decidedAt) : "",
            })}
          </Paragraph>
          {item.reason ? <Paragraph>{t("networks.proposals.review.reasonWas", { reason: item.reason })}</Paragraph> : null}
        </Alert>
      ) : null}
      {props.children}
      {pending ? (
        <section className="th-stack" aria-labelledby="decide">
          <Heading level={2} id="decide">
            {t("networks.proposals.review.decide")}
          </Heading>
          <ErrorSummary errors={errors} labels={{ reason: t(texts.reason) }} />
          <div className="th-grid th-decide">
            <Form method="post" className="th-card th-stack">
              <input type="hidden" name="intent" value="accept" />
              <Button>{t(texts.accept)}</Button>
            </Form>
            <Form method="post" noValidate className="th-card th-stack">
              <input type="hidden" name="intent" value="reject" />
              <TextArea
                name="reason"
                label={t(texts.reason)}
                description={t(texts.reasonHint)}
                defaultValue={values.intent === "reject" && typeof values.reason === "string" ? values.reason : ""}
                error={errors.reason}
                rows={4}
              />
              <Button appearance="secondary">{t(texts.reject)}</Button>
            </Form>
          </div>
        </section>
      ) : null}
      <Paragraph>
        <Link to={`/netwerken/${item.network.slug}`}>{t("networks.proposals.review.profile", { name: item.network.name })}</Link>
      </Paragraph>
      <Paragraph>
        <Link to="/coordinatie">{t("networks.proposals.review.back")}</Link>
      </Paragraph>
    </div>
  );
}
