import { redirect } from "react-router";
import type { Route } from "./+types/members";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { listNetworkMembers } from "~/services/networks/list-network-members.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { NetworkMemberList } from "~/ui/network-members.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { useT } from "~/ui/use-t.ts";

/** Public: every organisation that takes part in a network, the list its page links to. */
export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const url = new URL(request.url);
  const { page, ignored } = parsePage(url.searchParams.get("pagina"));
  const result = await listNetworkMembers(context.get(servicesContext), user, { slug: slugParam(params.slug), page });
  if (result.movedTo !== null) throw redirect(`/netwerken/${result.movedTo}/deelnemers${url.search}`, 301);
  return { ...result, ignored, title: t("networks.members.title", { name: result.network.name }), appName: t("app.name") };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  if (!loaderData) return pageTitle(matches, "meta.networkNotFound");
  return [{ title: `${loaderData.title} | ${loaderData.appName}` }];
}

export default function NetworkMembersPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { network, members, total } = loaderData;
  const base = `/netwerken/${network.slug}`;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={base}>{t("networks.members.back", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      <PageNotice {...loaderData} />
      <Paragraph>{total === 0 ? t("networks.profile.membersNone") : t("networks.profile.membersCount", { count: total })}</Paragraph>
      {members.length > 0 ? <NetworkMemberList members={members} /> : null}
      <Pagination {...loaderData} href={(page) => (page > 1 ? `${base}/deelnemers?pagina=${page}` : `${base}/deelnemers`)} />
    </div>
  );
}
