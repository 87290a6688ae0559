import type { Route } from "./+types/coordination";
import { pageTitle } from "~/ui/page-title.ts";
import { servicesContext } from "~/context.ts";
import { chosenNetworkHref } from "~/domain/common/network-choice.ts";
import { PROFILE_FIELD } from "~/domain/networks/profile-fields.ts";
import { ageInDays } from "~/domain/networks/proposal.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { formatDate, type Translate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listCoordinatorInbox } from "~/services/networks/list-coordinator-inbox.server.ts";
import { Alert, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/** Notices a decision page hands over after its redirect. */
const DONE: Record<string, string> = {
  overgenomen: "coordination.done.accepted",
  afgewezen: "coordination.done.rejected",
  aangenomen: "coordination.done.joinAccepted",
  "aanmelding-afgewezen": "coordination.done.joinRejected",
};

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const params = new URL(request.url).searchParams;
  const { page, ignored } = parsePage(params.get("pagina"));
  const inbox = await listCoordinatorInbox(context.get(servicesContext), actor, { page });
  const done = params.get("besluit");
  return { ...inbox, ignored, notice: done && DONE[done] ? DONE[done] : null };
});

export function meta({ matches }: Route.MetaArgs) {
  return pageTitle(matches, "coordination.title");
}

function age(t: Translate, since: Date | string, now: Date | string) {
  const days = ageInDays(new Date(since), new Date(now));
  return days === 0 ? t("coordination.age.today") : t("coordination.age", { count: days });
}

export default function CoordinationPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { networks, now, allNetworks, notice } = loaderData;
  const when = (at: Date | string) => (
    <>
      <time dateTime={new Date(at).toISOString()}>{formatDate(at, locale, { dateStyle: "medium" })}</time> ({age(t, at, now)})
    </>
  );
  return (
    <div className="th-stack">
      <Heading level={1}>{t("coordination.title")}</Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>{t("coordination.intro")}</Paragraph>
      <nav aria-label={t("coordination.more")}>
        {/* 44 px targets on a phone, as the links per network below. */}
        <ul className="utrecht-unordered-list th-tap-list">
          <li>
            <Link to="/coordinatie/vragen">{t("coordination.requests")}</Link>
          </li>
          <li>
            <Link to="/evenementen">{t("coordination.events")}</Link>
          </li>
          <li>
            <Link to="/programmas">{t("coordination.programmes")}</Link>
          </li>
        </ul>
      </nav>
      {allNetworks ? <Paragraph>{t("coordination.adminIntro")}</Paragraph> : null}
      <PageNotice {...loaderData} />
      {networks.length === 0 ? <Paragraph>{t("coordination.nothing")}</Paragraph> : null}
      {networks.map((n) => (
        <section key={n.id} className="th-card th-stack" aria-labelledby={`n-${n.id}`}>
          <Heading level={2} id={`n-${n.id}`}>
            {n.name}
          </Heading>
          {/* A list, not links strung together with "·": on a phone each is its own 44px target,
              and each names its network (two networks gave two identical "Profiel bekijken"). */}
          <ul className="th-inline-list th-tap-list" aria-label={t("coordination.linksFor", { name: n.name })}>
            {[
              { to: "", text: t("coordination.profile"), name: t("coordination.profileFor", { name: n.name }) },
              { to: "/wijzigen", text: t("coordination.updateProfile"), name: t("coordination.updateProfileFor", { name: n.name }) },
              { to: `/nieuws/nieuw?netwerk=${n.slug}`, absolute: true, text: t("coordination.writeNews"), name: t("coordination.writeNewsFor", { name: n.name }) },
              { to: "/deelnemers", text: t("coordination.members"), name: t("coordination.membersFor", { name: n.name }) },
              { to: "/monitor", text: t("coordination.monitor"), name: t("monitor.title", { name: n.name }) },
              { to: "/impact", text: t("coordination.impact"), name: t("coordination.impactFor", { name: n.name }) },
              { to: "/widget", text: t("widgets.builder.link"), name: t("widgets.builder.linkFor", { name: n.name }) },
              { to: "/organisaties-importeren", text: t("onboarding.import.link"), name: t("onboarding.import.linkFor", { name: n.name }) },
              { to: "/uitnodigingen", text: t("onboarding.invitations.link"), name: t("onboarding.invitations.linkFor", { name: n.name }) },
            ]
              .map((l) => ({ to: "absolute" in l ? l.to : `/netwerken/${n.slug}${l.to}`, text: l.text, name: l.name }))
              .concat(
                // The network rides along, so the form skips its choice of network (of 628, for an administrator).
                { to: chosenNetworkHref("/evenementen/nieuw", n.slug), text: t("coordination.newEvent"), name: t("coordination.newEventFor", { name: n.name }) },
                { to: chosenNetworkHref("/programmas/nieuw", n.slug), text: t("coordination.newProgramme"), name: t("coordination.newProgrammeFor", { name: n.name }) },
              )
              .map((l) => (
                <li key={l.to}>
                  <Link to={l.to} aria-label={l.name}>
                    {l.text}
                  </Link>
                </li>
              ))}
          </ul>
          <Heading level={3}>{t("coordination.proposals", { count: n.proposalCount })}</Heading>
          {n.proposals.length === 0 ? (
            <Paragraph>{t("coordination.noProposals")}</Paragraph>
          ) : (
            <Table
              caption={t("coordination.proposals.caption", { name: n.name })}
              captionHidden
              rows={n.proposals}
              rowKey={(p) => p.id}
              stack
              columns={[
                { header: t("coordination.col.by"), rowHeader: true, cell: (p) => p.proposerName ?? t("networks.proposals.history.unknown") },
                { header: t("coordination.col.submitted"), cell: (p) => when(p.createdAt) },
                { header: t("coordination.col.fields"), cell: (p) => p.fields.map((f) => t(PROFILE_FIELD[f].label)).join(", ") },
                {
                  header: t("coordination.col.action"),
                  cell: (p) => (
                    <Link to={`/coordinatie/voorstellen/${p.id}`}>
                      {t("coordination.review")}
                      <span className="th-visually-hidden">: {t("coordination.reviewProposal", { name: p.proposerName ?? t("networks.proposals.review.someone") })}</span>
                    </Link>
                  ),
                },
              ]}
            />
          )}
          {n.proposalCount > n.proposals.length ? <Paragraph>{t("coordination.oldestShown", { shown: n.proposals.length, count: n.proposalCount })}</Paragraph> : null}
          <Heading level={3}>{t("coordination.joinRequests", { count: n.joinRequestCount })}</Heading>
          {n.joinRequests.length === 0 ? (
            <Paragraph>{t("coordination.noJoinRequests")}</Paragraph>
          ) : (
            <Table
              caption={t("coordination.joinRequests.caption", { name: n.name })}
              captionHidden
              rows={n.joinRequests}
              rowKey={(r) => r.id}
              stack
              columns={[
                { header: t("coordination.col.organisation"), rowHeader: true, cell: (r) => r.organisationName },
                { header: t("coordination.col.submitted"), cell: (r) => when(r.createdAt) },
                { header: t("coordination.col.by"), cell: (r) => r.requesterName ?? t("networks.proposals.history.unknown") },
                {
                  header: t("coordination.col.action"),
                  cell: (r) => (
                    <Link to={`/coordinatie/aanmeldingen/${r.id}`}>
                      {t("coordination.review")}
                      <span className="th-visually-hidden">: {t("coordination.reviewJoin", { name: r.organisationName })}</span>
                    </Link>
                  ),
                },
              ]}
            />
          )}
          {n.joinRequestCount > n.joinRequests.length ? <Paragraph>{t("coordination.oldestShown", { shown: n.joinRequests.length, count: n.joinRequestCount })}</Paragraph> : null}
        </section>
      ))}
      <Pagination {...loaderData} href={(page) => (page > 1 ? `/coordinatie?pagina=${page}` : "/coordinatie")} />
    </div>
  );
}
