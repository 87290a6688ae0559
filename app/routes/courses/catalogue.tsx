import { redirect } from "react-router";
import type { Route } from "./+types/catalogue";
import { metaTranslator } from "~/ui/page-title.ts";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatPrice, formatSessionTime } from "~/domain/courses/format.ts";
import { chosenCourseFilters, courseSearchHref, DISTANCES, parseCourseFilters } from "~/domain/courses/search-query.ts";
import { COURSE_FORMATS, COURSE_LEVELS, COURSE_TOPICS } from "~/domain/courses/vocabulary.ts";
import { translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { searchCourses } from "~/services/courses/search-courses.server.ts";
import { listMyRegistrations } from "~/services/courses/list-my-registrations.server.ts";
import { Alert, Badge, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { FilteredSearchForm } from "~/ui/fold-on-phone.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const url = new URL(request.url);
  const filters = parseCourseFilters(url.searchParams);
  // One address per search (no empty or unknown parameters), so a shared link reads well.
  // (Client navigations add the router's own parameters; those are not part of the search.)
  const asked = new URLSearchParams(url.search);
  for (const internal of ["_routes", "index"]) asked.delete(internal);
  const canonical = courseSearchHref(filters);
  if (asked.toString() !== (canonical.split("?")[1] ?? "")) throw redirect(canonical);
  const [result, mine] = await Promise.all([searchCourses(services, user, filters), listMyRegistrations(services, user)]);
  return { filters, result, mine, signedIn: !!user, title: filters.q ? t("courses.catalogue.metaSearch", { q: filters.q }) : t("courses.catalogue.meta") };
});

export function meta({ loaderData, matches }: Route.MetaArgs) {
  const t = metaTranslator(matches);
  return [{ title: loaderData?.title ?? t("courses.catalogue.meta") }, { name: "description", content: t("meta.coursesDescription") }];
}

export default function Catalogue({ loaderData }: Route.ComponentProps) {
  const { filters, result } = loaderData;
  const t = useT();
  const locale = useLocale();
  const chosen = chosenCourseFilters(filters);
  return (
    <div className="th-stack">
      <Heading level={1}>{t("courses.catalogue.title")}</Heading>
      <Paragraph lead>{t("courses.catalogue.intro")}</Paragraph>
      <div className="th-sidebar-layout th-directory">
        <FilteredSearchForm
          action="/cursussen"
          label={t("courses.catalogue.searchLabel")}
          search={{ label: t("courses.catalogue.q"), hint: t("courses.catalogue.qHint"), value: filters.q, submit: t("courses.catalogue.submit") }}
          chosen={chosen}
          summary={chosen > 0 ? t("courses.catalogue.filtersChosen", { count: chosen }) : t("courses.catalogue.filters")}
        >
            <SelectField name="onderwerp" label={t("courses.catalogue.topic")} placeholder={t("courses.catalogue.all")} options={COURSE_TOPICS.map((v) => ({ value: v, label: t(`courses.topic.${v}`) }))} defaultValue={filters.topic ?? ""} />
            <SelectField name="niveau" label={t("courses.catalogue.level")} placeholder={t("courses.catalogue.all")} options={COURSE_LEVELS.map((v) => ({ value: v, label: t(`courses.level.${v}`) }))} defaultValue={filters.level ?? ""} />
            <SelectField name="vorm" label={t("courses.catalogue.format")} placeholder={t("courses.catalogue.all")} options={COURSE_FORMATS.map((v) => ({ value: v, label: t(`courses.format.${v}`) }))} defaultValue={filters.format ?? ""} />
            <TextField name="plaats" label={t("courses.catalogue.place")} description={t("courses.catalogue.placeHint")} defaultValue={filters.place} maxLength={100} />
            <SelectField name="afstand" label={t("courses.catalogue.distance")} options={DISTANCES.map((d) => ({ value: String(d), label: `${d} km` }))} defaultValue={String(filters.distanceKm)} />
            <TextField name="vanaf" type="date" label={t("courses.catalogue.from")} defaultValue={filters.from ?? ""} />
            <TextField name="tot" type="date" label={t("courses.catalogue.until")} defaultValue={filters.until ?? ""} />
            <SelectField
              name="prijs"
              label={t("courses.catalogue.price")}
              placeholder={t("courses.catalogue.all")}
              options={[
                { value: "gratis", label: t("courses.catalogue.free") },
                { value: "betaald", label: t("courses.catalogue.paid") },
              ]}
              defaultValue={filters.price ?? ""}
            />
            {/* Typed, not chosen: the providers are hundreds at national size. */}
            <TextField name="opleider" label={t("courses.catalogue.provider")} description={t("courses.catalogue.providerHint")} defaultValue={filters.providerName} autoComplete="off" />
            <SelectField name="netwerk" label={t("courses.catalogue.network")} placeholder={t("courses.catalogue.all")} options={result.facets.networks.map((n) => ({ value: n.slug, label: n.name }))} defaultValue={filters.network} />
            <Button type="submit" appearance="secondary">
              {t("courses.catalogue.apply")}
            </Button>
        </FilteredSearchForm>

        <div className="th-stack">
        {loaderData.mine.length ? (
          <section className="th-card th-stack" aria-labelledby="mijn-aanmeldingen">
            <Heading level={2} appearance={3} id="mijn-aanmeldingen">
              {t("courses.catalogue.mine")}
            </Heading>
            <ul className="th-card-list">
              {loaderData.mine.map((r) => (
                <li key={r.id}>
                  <Link to={`/aanmelding/${r.id}`}>{r.courseTitle}</Link>, {formatSessionTime(r.startsAt, r.endsAt, locale)}:{" "}
                  {r.status === "waitlisted" ? t("courses.page.mineWaiting", { n: r.position ?? "" }) : t(`courses.registrationStatus.${r.status}`)}
                </li>
              ))}
            </ul>
          </section>
        ) : null}
        <section className="th-stack" aria-labelledby="results">
          <Heading level={2} id="results">
            {t("courses.catalogue.count", { count: result.total })}
          </Heading>
          {result.placeUnknown ? <Alert type="warning">{t("courses.catalogue.placeUnknown", { place: filters.place })}</Alert> : null}
          {loaderData.signedIn ? (
            <Paragraph>
              <Link to="/opleider">{t("courses.catalogue.providerLink")}</Link>
            </Paragraph>
          ) : null}
          <PageNotice {...result} />
          {result.items.length === 0 ? <Paragraph>{t("courses.catalogue.none")}</Paragraph> : null}
          <ul className="th-card-list">
            {result.items.map((c) => (
              <li key={c.slug} className="th-card">
                <Heading level={3} className="th-result__title">
                  <Link to={`/cursussen/${c.slug}`}>{c.title}</Link>
                </Heading>
                <p className="utrecht-paragraph th-result__meta">
                  {c.providerName} · <Badge>{t(`courses.format.${c.format}`)}</Badge> · {t(`courses.level.${c.level}`)} · {formatPrice(c.priceCents, locale)}
                </p>
                <Paragraph>{c.summary}</Paragraph>
                {c.nextStartsAt && c.nextEndsAt ? (
                  <p className="utrecht-paragraph th-muted">
                    {t("courses.catalogue.next", { when: formatSessionTime(c.nextStartsAt, c.nextEndsAt, locale), place: c.nextPlace ?? "" })}
                    {c.distanceKm !== null ? ` (${c.distanceKm} km)` : ""} ·{" "}
                    {c.nextPlacesLeft ? t("courses.placesLeft", { count: c.nextPlacesLeft }) : t("courses.full")}
                    {c.upcomingSessions > 1 ? ` · ${t("courses.catalogue.moreSessions", { count: c.upcomingSessions - 1 })}` : ""}
                  </p>
                ) : null}
              </li>
            ))}
          </ul>
          <Pagination {...result} href={(page) => courseSearchHref({ ...filters, page })} label={t("courses.catalogue.pages")} />
          {loaderData.signedIn ? null : (
            <Paragraph>
              <ButtonLink to="/inloggen?redirectTo=/cursussen" appearance="secondary">
                {t("courses.catalogue.signIn")}
              </ButtonLink>
            </Paragraph>
          )}
        </section>
        </div>
      </div>
    </div>
  );
}
