import type { Route } from "./+types/provider";
import { requestContext, servicesContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listProviderCourses } from "~/services/courses/list-provider-courses.server.ts";
import { Badge, ButtonGroup, ButtonLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const { page: asked, ignored } = parsePage(new URL(request.url).searchParams.get("pagina"));
  const page = await listProviderCourses(context.get(servicesContext), user, { page: asked });
  return { ...page, ignored, title: `${t("courses.provider.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Mijn cursusaanbod | Technohub" }];
}

export default function ProviderDashboard({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { providers, providerCount, courses } = loaderData;
  const named = providers.map((p) => p.name).join(", ");
  return (
    <div className="th-stack">
      <Heading level={1}>{t("courses.provider.title")}</Heading>
      {providers.length === 0 ? (
        <Paragraph>{t("courses.provider.noProvider")}</Paragraph>
      ) : (
        <>
          <Paragraph lead>{providerCount > providers.length
                ? t("courses.provider.introMany", { providers: named, count: providerCount - providers.length })
                : t("courses.provider.intro", { providers: named })}</Paragraph>
          <ButtonGroup>
            <ButtonLink to="/cursussen/nieuw">{t("courses.provider.new")}</ButtonLink>
            <ButtonLink to="/behoeften/overzicht" appearance="secondary">
              {t("courses.provider.demand")}
            </ButtonLink>
          </ButtonGroup>
        </>
      )}
      <PageNotice {...loaderData} />
      {courses.map((c) => (
        <section key={c.id} className="th-card th-stack" aria-labelledby={`c-${c.id}`}>
          <Heading level={2} appearance={3} id={`c-${c.id}`}>
            <Link to={`/cursussen/${c.slug}`}>{c.title}</Link> <Badge>{t(`courses.status.${c.status}`)}</Badge>
          </Heading>
          {c.sessions.length === 0 ? <Paragraph>{t("courses.sessions.none")}</Paragraph> : null}
          <UnorderedList>
            {c.sessions.map((s) => (
              <li key={s.id} className="utrecht-unordered-list__item">
                <Link to={`/cursussen/${c.slug}/sessies/${s.id}/deelnemers`}>{formatSessionTime(s.startsAt, s.endsAt, locale)}</Link>
                {": "}
                {s.status === "cancelled"
                  ? t("courses.page.cancelled")
                  : t("courses.provider.sessionNumbers", { confirmed: s.confirmed + s.attended, capacity: s.capacity, pending: s.pending + s.vacancies, waiting: s.waiting })}
                {s.status === "scheduled" && s.minParticipants > s.placesTaken ? ` · ${t("courses.provider.belowMinimum", { min: s.minParticipants })}` : ""}
              </li>
            ))}
          </UnorderedList>
          <Paragraph>
            <Link to={`/cursussen/${c.slug}/sessies`}>
              {t("courses.page.manageSessions")}
              <span className="th-visually-hidden">: {c.title}</span>
            </Link>
          </Paragraph>
        </section>
      ))}
      <Pagination {...loaderData} href={(page) => (page > 1 ? `/opleider?pagina=${page}` : "/opleider")} />
    </div>
  );
}
