import { Form } from "react-router";
import type { Route } from "./+types/course";
import { pageTitle } from "~/ui/page-title.ts";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatPrice, formatSessionTime } from "~/domain/courses/format.ts";
import { courseJsonLd } from "~/domain/courses/json-ld.ts";
import { TOPIC_LABELS, type CourseTopic } from "~/domain/courses/vocabulary.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { baseUrl } from "~/lib/env.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getCourse } from "~/services/courses/get-course.server.ts";
import { Alert, Badge, Button, ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { JsonLd } from "~/ui/json-ld.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = { opgeslagen: "courses.page.saved", gepubliceerd: "courses.page.published" };

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const page = await getCourse(services, user, { slug: params.slug });
  const origin = baseUrl(services.env);
  const jsonLd = courseJsonLd({
    title: page.course.title,
    summary: page.course.summary,
    url: `${origin}/cursussen/${page.course.slug}`,
    provider: { name: page.provider.name, url: `${origin}/organisaties/${page.provider.slug}`, website: page.provider.website },
    priceCents: page.course.priceCents,
    leadsTo: page.course.leadsTo,
    level: page.course.level,
    topics: page.course.topics.map((x) => TOPIC_LABELS[x as CourseTopic] ?? x),
    sessions: page.sessions.map((s) => ({ startsAt: s.startsAt, endsAt: s.endsAt, location: s.location, online: s.online, format: page.course.format, cancelled: s.status === "cancelled" })),
  });
  const search = new URL(request.url).searchParams;
  const notice = Object.keys(NOTICES).find((k) => search.has(k));
  // The page only links to the registration form; the companies themselves stay on the server.
  const { companies: _companies, ...shown } = page;
  return { ...shown, signedIn: !!user, jsonLd, notice: notice ? NOTICES[notice]! : null, title: `${page.course.title} | ${t("app.name")}` };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  if (!loaderData) return pageTitle(matches, "meta.courseNotFound");
  return [{ title: loaderData.title }, { name: "description", content: loaderData.course.summary }];
}

export default function CoursePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { course, provider, network, sessions, canManage, mayRegisterEmployees, signedIn, notice } = loaderData;
  const base = `/cursussen/${course.slug}`;
  const facts = [
    { label: t("courses.page.provider"), value: <Link to={`/organisaties/${provider.slug}`}>{provider.name}</Link> },
    ...(network ? [{ label: t("courses.page.network"), value: <Link to={`/netwerken/${network.slug}`}>{network.name}</Link> }] : []),
    { label: t("courses.page.topics"), value: course.topics.map((x) => t(`courses.topic.${x}`)).join(", ") },
    { label: t("courses.page.targetGroups"), value: course.targetGroups.map((x) => t(`courses.targetGroup.${x}`)).join(", ") },
    { label: t("courses.page.level"), value: t(`courses.level.${course.level}`) },
    { label: t("courses.page.format"), value: t(`courses.format.${course.format}`) },
    ...(course.duration ? [{ label: t("courses.page.duration"), value: course.duration }] : []),
    { label: t("courses.page.price"), value: formatPrice(course.priceCents, locale) },
    ...(course.leadsTo ? [{ label: t("courses.page.leadsTo"), value: course.leadsTo }] : []),
  ];
  return (
    <article className="th-stack th-profile">
      <JsonLd data={loaderData.jsonLd} />
      <Paragraph>
        <Link to="/cursussen">← {t("courses.backToCatalogue")}</Link>
      </Paragraph>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      <header className="th-stack">
        <Heading level={1}>{course.title}</Heading>
        {course.status !== "published" ? <Alert type="warning">{t(`courses.page.status.${course.status}`)}</Alert> : null}
        <Paragraph lead>{course.summary}</Paragraph>
        {course.description
          .split(/\n\s*\n/)
          .filter((p) => p.trim())
          .map((p, i) => (
            <Paragraph key={i} className="th-prewrap">
              {p}
            </Paragraph>
          ))}
        {canManage ? (
          <ButtonGroup>
            <ButtonLink to={`${base}/bewerken`}>{t("courses.page.edit")}</ButtonLink>
            <ButtonLink to={`${base}/sessies`} appearance="secondary">
              {t("courses.page.manageSessions")}
            </ButtonLink>
          </ButtonGroup>
        ) : null}
      </header>
      <section className="th-stack" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t("courses.page.facts")}
        </Heading>
        <DataList items={facts} />
      </section>
      <section className="th-stack" aria-labelledby="sessies">
        <Heading level={2} id="sessies">
          {t("courses.page.sessions")}
        </Heading>
        {sessions.length === 0 ? <Paragraph>{t("courses.page.noSessions")}</Paragraph> : null}
        {!signedIn && sessions.length ? (
          <Paragraph>
            <Link to={`/inloggen?redirectTo=${encodeURIComponent(base)}`}>{t("courses.page.signInToRegister")}</Link>
          </Paragraph>
        ) : null}
        {sessions.length ? (
          <Table
            caption={t("courses.page.sessions")}
            captionHidden
            stack
            rows={sessions}
            rowKey={(s) => s.id}
            columns={[
              { header: t("courses.page.when"), rowHeader: true, cell: (s) => formatSessionTime(s.startsAt, s.endsAt, locale) },
              { header: t("courses.page.where"), cell: (s) => s.location },
              {
                header: t("courses.page.places"),
                cell: (s) =>
                  s.status === "cancelled" ? (
                    <Badge>{t("courses.page.cancelled")}</Badge>
                  ) : s.placesLeft > 0 ? (
                    t("courses.placesLeftOf", { n: s.placesLeft, capacity: s.capacity })
                  ) : (
                    <>
                      {t("courses.full")}
                      {s.waiting ? ` · ${t("courses.page.waiting", { n: s.waiting })}` : ""}
                    </>
                  ),
              },
              { header: t("courses.page.deadline"), cell: (s) => formatDate(s.registrationDeadline, locale) },
              {
                header: t("courses.page.action"),
                label: false,
                cell: (s) => {
                  const label = formatSessionTime(s.startsAt, s.endsAt, locale);
                  return s.mine ? (
                    <Link to={`/aanmelding/${s.mine.id}`}>
                      {s.mine.status === "waitlisted" ? t("courses.page.mineWaiting", { n: s.mine.position ?? "" }) : t(`courses.registrationStatus.${s.mine.status}`)}
                    </Link>
                  ) : signedIn && s.open ? (
                    <div className="th-stack">
                      <Form method="post" action={`${base}/sessies/${s.id}/aanmelden`}>
                        <input type="hidden" name="intent" value="self" />
                        <Button aria-label={`${s.placesLeft > 0 ? t("courses.page.register") : t("courses.page.joinWaitlist")}: ${label}`}>
                          {s.placesLeft > 0 ? t("courses.page.register") : t("courses.page.joinWaitlist")}
                        </Button>
                      </Form>
                      {mayRegisterEmployees ? (
                        <Link to={`${base}/sessies/${s.id}/aanmelden`}>
                          {t("courses.page.registerEmployees")}
                          <span className="th-visually-hidden">: {label}</span>
                        </Link>
                      ) : null}
                    </div>
                  ) : s.open ? null : (
                    <span className="th-muted">{t("courses.page.closed")}</span>
                  );
                },
              },
            ]}
          />
        ) : null}
      </section>
    </article>
  );
}
