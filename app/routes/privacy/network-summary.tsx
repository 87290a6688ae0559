import type { Route } from "./+types/network-summary";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getPrivacySummary } from "~/services/privacy/get-privacy-summary.server.ts";
import { Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { PrivacyContact, StatementBody } from "~/ui/privacy.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/**
 * /netwerken/:slug/privacyoverzicht: a network's data-processing summary for a school's privacy
 * officer, as a page made to be printed or saved as PDF from the browser (print styles leave out
 * the navigation); public, counts and role addresses only.
 */
export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const summary = await getPrivacySummary(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  return { ...summary, title: `${t("privacy.summary.title", { name: summary.network.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Privacyoverzicht | Technohub" }];
}

export default function NetworkPrivacySummary({ loaderData: s }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { network: net, counts } = s;
  return (
    <article className="th-stack th-statement th-privacy-summary">
      <Paragraph className="th-no-print">
        <Link to={`/netwerken/${net.slug}`}>← {net.name}</Link>
      </Paragraph>
      <Heading level={1}>{t("privacy.summary.title", { name: net.name })}</Heading>
      <Paragraph lead>{t("privacy.summary.intro", { name: net.name })}</Paragraph>
      <Paragraph>{t("privacy.summary.made", { date: formatDate(s.madeOn, locale) })}</Paragraph>
      <section className="th-stack" aria-labelledby="netwerk">
        <Heading level={2} id="netwerk">{t("privacy.summary.network.heading")}</Heading>
        <UnorderedList>
          <li className="utrecht-unordered-list__item">{t("privacy.summary.organisations", { count: counts.organisations })}</li>
          <li className="utrecht-unordered-list__item">{t("privacy.summary.people", { count: counts.people })}</li>
          <li className="utrecht-unordered-list__item">{t("privacy.summary.coordinators", { count: counts.coordinators })}</li>
          <li className="utrecht-unordered-list__item">{t("privacy.summary.vogSchools", { count: counts.vogSchools })}</li>
        </UnorderedList>
      </section>
      <StatementBody statement={s} />
      <section className="th-stack" aria-labelledby="contact">
        <Heading level={2} id="contact">{t("privacy.summary.contacts.heading")}</Heading>
        {net.contactEmail ? <Paragraph>{t("privacy.summary.contacts.network", { email: net.contactEmail })}</Paragraph> : <Paragraph>{t("privacy.summary.contacts.none")}</Paragraph>}
        {net.projectLeader ? <Paragraph>{t("privacy.summary.contacts.leader", { leader: net.projectLeader })}</Paragraph> : null}
        <PrivacyContact email={s.contactEmail} />
      </section>
    </article>
  );
}
