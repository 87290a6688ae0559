import type { Route } from "./+types/overview";
import { requestContext, servicesContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getAdminOverview } from "~/services/admin/get-admin-overview.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** /beheer: the administrator's overview, one card per task. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const counts = await getAdminOverview(context.get(servicesContext), user);
  return { counts, title: `${t("admin.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Beheer | Technohub" }];
}

export default function AdminOverview({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const c = loaderData.counts;
  const cards = [
    { to: "/beheer/netwerken", title: t("admin.networks.title"), text: t("admin.overview.networks", { n: c.networks, archived: c.archivedNetworks }) },
    { to: "/beheer/personen", title: t("admin.people.title"), text: t("admin.overview.people", { n: c.people, blocked: c.blocked }) },
    { to: "/beheer/organisaties", title: t("admin.organisations.title"), text: t("admin.overview.organisations", { n: c.organisations, unverified: c.unverified }) },
    { to: "/beheer/inhoud", title: t("admin.content.title"), text: t("admin.overview.content", { hidden: c.hidden }) },
    { to: "/beheer/logboek", title: t("admin.audit.title"), text: t("admin.overview.audit", { n: c.decisionsThisWeek }) },
    { to: "/beheer/bewaartermijnen", title: t("privacy.admin.title"), text: t("privacy.admin.overview") },
    { to: "/beheer/inloggen-met-organisatie", title: t("identity.admin.title"), text: t("identity.admin.overview") },
  ];
  return (
    <div className="th-stack">
      <Heading level={1}>{t("admin.title")}</Heading>
      <Paragraph lead>{t("admin.intro")}</Paragraph>
      <ul className="th-admin-cards">
        {cards.map((card) => (
          <li key={card.to} className="th-card th-stack">
            <Heading level={2}>
              <Link to={card.to}>{card.title}</Link>
            </Heading>
            <Paragraph>{card.text}</Paragraph>
          </li>
        ))}
      </ul>
    </div>
  );
}
