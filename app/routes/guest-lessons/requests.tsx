import type { Route } from "./+types/requests";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listRequests } from "~/services/guest-lessons/list-requests.server.ts";
import { Badge, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { Reasons } from "~/ui/guest-lessons.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const locale = user?.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const { topics, ...list } = await listRequests(services, user);
  return {
    signedIn: user !== null,
    schools: list.schools.map((s) => ({ id: s.id, name: s.name })),
    providers: list.providers.map((p) => ({ id: p.id, name: p.name })),
    own: list.own.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() })),
    matching: list.matching,
    topicNames: Object.fromEntries(topics.map((tp) => [tp.slug, locale === "en" ? tp.nameEn : tp.nameNl])),
    title: t("requests.metaTitle"),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vragen | Technohub" }];
}

export default function Requests({ loaderData }: Route.ComponentProps) {
  const { schools, providers, own, matching, topicNames } = loaderData;
  const t = useT();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("requests.title")}</Heading>
      {schools.length > 0 ? <Paragraph lead>{t("requests.intro.school")}</Paragraph> : null}
      {providers.length > 0 ? <Paragraph lead>{t("requests.intro.provider")}</Paragraph> : null}
      {schools.length === 0 && providers.length === 0 ? <Paragraph lead>{t("requests.intro.visitor")}</Paragraph> : null}

      {schools.length > 0 ? (
        <section className="th-stack" aria-labelledby="eigen-vragen">
          <Heading level={2} id="eigen-vragen">
            {t("requests.mine", { name: schools.map((s) => s.name).join(", ") })}
          </Heading>
          <Paragraph>
            <ButtonLink to="/vragen/nieuw">{t("requests.new")}</ButtonLink>
          </Paragraph>
          {own.length === 0 ? (
            <Paragraph>{t("requests.none")}</Paragraph>
          ) : (
            <ul className="th-result-list th-stack">
              {own.map((r) => (
                <li key={r.id} className="th-card th-result">
                  <Heading level={3} appearance={4}>
                    <Link to={`/vragen/${r.id}`}>{r.title}</Link>
                  </Heading>
                  <p className="utrecht-paragraph">
                    <Badge>{t(`guestLessons.requestStatus.${r.status}`)}</Badge> {t(`guestLessons.kind.${r.kind}`)} · {t(`guestLessons.level.${r.level}`)} ·{" "}
                    {t("requests.pupils", { count: r.pupils })} {t("requests.inGroups", { count: r.groups })}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      ) : null}

      {providers.length > 0 ? (
        <section className="th-stack" aria-labelledby="passende-vragen">
          <Heading level={2} id="passende-vragen">
            {t("requests.forOffers", { name: providers.map((p) => p.name).join(", ") })}
          </Heading>
          {matching.length === 0 ? (
            <Paragraph>{t("requests.noneForOffers")}</Paragraph>
          ) : (
            <ol className="th-result-list th-stack">
              {matching.map((r) => (
                <li key={r.id} className="th-card th-result">
                  <Heading level={3} appearance={4}>
                    <Link to={`/vragen/${r.id}`}>{r.title}</Link>
                  </Heading>
                  <p className="utrecht-paragraph">
                    {r.schoolName} · {t(`guestLessons.kind.${r.kind}`)} · {t("requests.pupils", { count: r.pupils })} {t("requests.inGroups", { count: r.groups })}
                  </p>
                  <Reasons reasons={r.match.reasons} topicNames={topicNames} reader="company" />
                  <p className="utrecht-paragraph">
                    {t("requests.forOffer")}{" "}
                    <Link to={`/aanbod/${r.offerId}`}>{r.offerTitle}</Link>
                  </p>
                </li>
              ))}
            </ol>
          )}
        </section>
      ) : null}

      {!loaderData.signedIn ? (
        <Paragraph>
          <Link to="/inloggen?redirectTo=%2Fvragen">{t("requests.signInHint")}</Link>
        </Paragraph>
      ) : null}
    </div>
  );
}
