import type { Route } from "./+types/accessibility";
import { servicesContext, userContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getAccessibilityStatement } from "~/services/about/get-accessibility-statement.server.ts";
import { ExternalLink, Heading, Paragraph } from "~/ui/components.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { useLocale, useT } from "~/ui/use-t.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "about.statement.title");

/** /toegankelijkheid: the accessibility statement in the government's model, public. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) =>
  getAccessibilityStatement(context.get(servicesContext), context.get(userContext)),
);

export default function AccessibilityStatement({ loaderData: s }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const date = (iso: string) => <time dateTime={iso}>{formatDate(`${iso}T12:00:00Z`, locale)}</time>;
  const dateText = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale);
  return (
    <article className="th-stack th-statement">
      <Heading level={1}>{t("about.statement.title")}</Heading>
      <Paragraph lead>{t("about.statement.intro")}</Paragraph>

      <section className="th-stack" aria-labelledby="scope">
        <Heading level={2} id="scope">{t("about.statement.scope.heading")}</Heading>
        <Paragraph>{s.site ? t("about.statement.scope.site", { site: s.site }) : t("about.statement.scope.noSite")}</Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="status">
        <Heading level={2} id="status">{t("about.statement.status.heading")}</Heading>
        <Paragraph>
          <strong>{t("about.statement.status.value", { status: s.status, label: t(`about.statement.status.${s.status}`) })}</strong>
        </Paragraph>
        <Paragraph>
          {s.status === "C" && s.researchPlannedBy
            ? t("about.statement.status.explainC", { date: dateText(s.researchPlannedBy) })
            : t("about.statement.status.explainOther")}
        </Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="standard">
        <Heading level={2} id="standard">{t("about.statement.standard.heading")}</Heading>
        <Paragraph>{t("about.statement.standard.body", { standard: s.standard })}</Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="method">
        <Heading level={2} id="method">{t("about.statement.method.heading")}</Heading>
        <ul className="utrecht-unordered-list">
          {s.methods.map((m) => (
            <li key={m} className="utrecht-unordered-list__item">{t(`about.statement.method.${m}`)}</li>
          ))}
        </ul>
      </section>

      <section className="th-stack" aria-labelledby="limitations">
        <Heading level={2} id="limitations">{t("about.statement.limitations.heading")}</Heading>
        <ul className="utrecht-unordered-list">
          {s.limitations.map((l) => (
            <li key={l} className="utrecht-unordered-list__item">{t(`about.statement.limitation.${l}`)}</li>
          ))}
        </ul>
      </section>

      <section className="th-stack" aria-labelledby="contact">
        <Heading level={2} id="contact">{t("about.statement.contact.heading")}</Heading>
        <Paragraph>
          {s.contactEmail ? (
            <>
              {t("about.statement.contact.email", { email: "\u0000", count: s.answerWithinWorkingDays })
                .split("\u0000")
                .flatMap((part, i) => (i === 0 ? [part] : [<a key="mail" className="utrecht-link" href={`mailto:${s.contactEmail}`}>{s.contactEmail}</a>, part]))}
            </>
          ) : (
            t("about.statement.contact.noEmail", { count: s.answerWithinWorkingDays })
          )}
        </Paragraph>
        <Heading level={3}>{t("about.statement.complaint.heading")}</Heading>
        <Paragraph>{t("about.statement.complaint.body")}</Paragraph>
        <ul className="utrecht-unordered-list">
          <li className="utrecht-unordered-list__item">
            <ExternalLink href="https://www.nationaleombudsman.nl/klacht-indienen">{t("about.statement.complaint.ombudsman")}</ExternalLink>
          </li>
          <li className="utrecht-unordered-list__item">
            <ExternalLink href="https://www.mensenrechten.nl/oordeel-aanvragen">{t("about.statement.complaint.rights")}</ExternalLink>
          </li>
        </ul>
      </section>

      <section className="th-stack" aria-labelledby="date">
        <Heading level={2} id="date">{t("about.statement.date.heading")}</Heading>
        <Paragraph>
          {t("about.statement.date.body", { date: "\u0000" })
            .split("\u0000")
            .flatMap((part, i) => (i === 0 ? [part] : [<span key="date">{date(s.statedOn)}</span>, part]))}
        </Paragraph>
      </section>
    </article>
  );
}
