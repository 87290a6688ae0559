import type { Route } from "./+types/request";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { Alert, Badge, ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { Reasons } from "~/ui/guest-lessons.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const locale = user?.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const { topics, ...view } = await getRequest(services, user, { requestId: params.id });
  const r = view.request;
  // Only what the page shows: not who wrote the request (a teacher's account), nor the school's
  // coordinates or network, which companies reading an open request have no need of.
  return {
    request: {
      id: r.id,
      title: r.title,
      kind: r.kind,
      topics: r.topics,
      freeText: r.freeText,
      level: r.level,
      pupils: r.pupils,
      groups: r.groups,
      dateOptions: r.dateOptions,
      periodFrom: r.periodFrom,
      periodUntil: r.periodUntil,
      place: r.place,
      placeName: r.placeName,
      notes: r.notes,
      mode: r.mode,
      directOfferId: r.directOfferId,
      status: r.status,
      withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
      withdrawReason: r.withdrawReason,
    },
    schoolName: view.schoolName,
    directOfferTitle: view.directOfferTitle,
    isSchool: view.isSchool,
    suggestions: view.suggestions.map(({ organisationId: _organisation, ...s }) => s),
    topicNames: Object.fromEntries(topics.map((tp) => [tp.slug, locale === "en" ? tp.nameEn : tp.nameNl])),
    notice: noticeOf(new URL(request.url).searchParams),
    title: `${r.title} | ${t("app.name")}`,
  };
});

/** The notice a change hands over after its redirect. */
function noticeOf(params: URLSearchParams): { key: string; params?: Record<string, number> }[] {
  if (params.has("opgeslagen")) return [{ key: "requests.created" }];
  if (params.has("gewijzigd")) return [{ key: "requests.saved" }];
  if (params.has("ingetrokken")) {
    const cancelled = Number(params.get("ingetrokken")) || 0;
    const more = cancelled === 0 ? [] : [{ key: "requests.withdrawnCancelled", params: { count: cancelled } }];
    return [{ key: "requests.withdrawn" }, ...more];
  }
  return [];
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag | Technohub" }];
}

export default function RequestPage({ loaderData }: Route.ComponentProps) {
  const { request: r, schoolName, suggestions, topicNames, isSchool } = loaderData;
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale);
  const facts = [
    { label: t("requests.school"), value: schoolName },
    { label: t("requests.kind"), value: t(`guestLessons.kind.${r.kind}`) },
    ...(r.topics.length ? [{ label: t("requests.topics"), value: r.topics.map((s) => topicNames[s] ?? s).join(", ") }] : []),
    { label: t("requests.level"), value: t(`guestLessons.level.${r.level}`) },
    { label: t("requestForm.pupils"), value: `${t("requests.pupils", { count: r.pupils })} ${t("requests.inGroups", { count: r.groups })}` },
    r.dateOptions.length
      ? { label: t("requests.dates"), value: r.dateOptions.map((o) => `${day(o.date)}${o.startTime ? ` ${o.startTime}` : ""}`).join("; ") }
      : { label: t("requests.period"), value: r.periodFrom && r.periodUntil ? t("offer.periodValue", { from: day(r.periodFrom), until: day(r.periodUntil) }) : "" },
    { label: t("requests.place"), value: [t(`guestLessons.place.${r.place}`), r.placeName].filter(Boolean).join(" · ") },
    { label: t("requests.mode"), value: t(`guestLessons.mode.${r.mode}`) },
    ...(loaderData.directOfferTitle && r.directOfferId
      ? [{ label: t("requests.directOffer"), value: <Link to={`/aanbod/${r.directOfferId}`}>{loaderData.directOfferTitle}</Link> }]
      : []),
    { label: t("requests.status"), value: <Badge>{t(`guestLessons.requestStatus.${r.status}`)}</Badge> },
    ...(r.withdrawnAt ? [{ label: t("requests.withdrawnAt"), value: formatDate(r.withdrawnAt, locale) }] : []),
    ...(r.withdrawReason ? [{ label: t("requests.withdrawReason"), value: r.withdrawReason }] : []),
  ];
  return (
    <div className="th-stack th-narrow">
      {loaderData.notice.length > 0 ? (
        <Alert type="ok" role="status">
          {loaderData.notice.map((n) => (
            <Paragraph key={n.key}>{t(n.key, n.params)}</Paragraph>
          ))}
        </Alert>
      ) : null}
      <Heading level={1}>{r.title}</Heading>
      {r.freeText ? <Paragraph lead>{r.freeText}</Paragraph> : null}
      <DataList items={facts} />
      {r.notes ? (
        <>
          <Heading level={2}>{t("requests.notes")}</Heading>
          <Paragraph>{r.notes}</Paragraph>
        </>
      ) : null}
      {isSchool && (r.status === "open" || r.status === "matched") ? (
        <ButtonGroup>
          {r.status === "open" ? (
            <ButtonLink to={`/vragen/${r.id}/bewerken`} appearance="secondary">
              {t("requests.edit")}
            </ButtonLink>
          ) : null}
          {/* With an agreed appointment the withdrawal page explains what to do instead. */}
          <ButtonLink to={`/vragen/${r.id}/intrekken`} appearance="secondary">
            {t("requests.withdraw")}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {isSchool && r.status === "open" ? (
        <section className="th-stack" aria-labelledby="suggesties">
          <Heading level={2} id="suggesties">
            {t("requests.suggestions")}
          </Heading>
          {suggestions.length === 0 ? (
            <Paragraph>{t("requests.noSuggestions")}</Paragraph>
          ) : (
            <>
              <Paragraph>{t("requests.suggestionsIntro")}</Paragraph>
              <ol className="th-result-list th-stack">
                {suggestions.map((s) => (
                  <li key={s.id} className="th-card th-result">
                    <Heading level={3} appearance={4}>
                      <Link to={`/aanbod/${s.id}`}>{s.title}</Link>
                    </Heading>
                    <p className="utrecht-paragraph">
                      <Badge>{t(`guestLessons.kind.${s.kind}`)}</Badge> {s.organisationName}
                      {s.place ? ` · ${s.place}` : ""}
                    </p>
                    <Reasons reasons={s.match.reasons} topicNames={topicNames} />
                  </li>
                ))}
              </ol>
            </>
          )}
        </section>
      ) : null}
      <Paragraph>
        <Link to="/vragen">{t("requests.backToList")}</Link>
      </Paragraph>
    </div>
  );
}
