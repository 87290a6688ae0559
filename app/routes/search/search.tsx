import { data, Form } from "react-router";
import type { Route } from "./+types/search";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { KIND_PARAMS, MAX_QUERY_LENGTH, parseSearchParams, searchHref, SEARCH_KINDS, type SearchKind } from "~/domain/search/query.ts";
import { translator, type Locale, type Translate } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { searchEverything, type SearchOutcome } from "~/services/search/search-everything.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  redirectWithoutEmptyFields(request, ["q", "soort"]);
  const parsed = parseSearchParams(new URL(request.url).searchParams);
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  const title = parsed.q && !parsed.error ? t("search.metaTitleQuery", { q: parsed.q }) : t("search.metaTitle");
  if (parsed.error) {
    // Nothing is searched; the page says why beside the field and keeps what was typed.
    return data({ q: parsed.q, kind: parsed.kind, error: parsed.error as string, outcome: null as SearchOutcome | null, title }, { status: 400 });
  }
  const outcome = await searchEverything(context.get(servicesContext), context.get(userContext), { q: parsed.q, kind: parsed.kind });
  return { q: parsed.q, kind: parsed.kind, error: null as string | null, outcome: outcome as SearchOutcome | null, title };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Zoeken | Technohub" }];
}

/** "3 netwerken", "1 cursus": a count with the kind's real singular or plural. */
/**
 * "12 netwerken", or past the count's cap (ADR 023) "meer dan 1.000 netwerken": the number is
 * formatted for the language, the plural is chosen by the number itself.
 */
function countLabel(t: Translate, kind: SearchKind, count: number, more = false, locale: Locale = "nl"): string {
  if (!more) return t(`search.kind.${kind}`, { count });
  return t("search.moreThan", { label: t(`search.kind.${kind}`, { count }).replace(String(count), formatCount(count, locale)) });
}

const formatCount = (count: number, locale: Locale) => new Intl.NumberFormat(locale === "en" ? "en-GB" : "nl-NL").format(count);

const BROWSE: { kind: SearchKind; href: string }[] = [
  { kind: "network", href: "/netwerken" },
  { kind: "offer", href: "/aanbod" },
  { kind: "course", href: "/cursussen" },
  { kind: "event", href: "/evenementen" },
];

export default function Search({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { q, kind, error, outcome } = loaderData;
  return (
    <div className="th-stack th-search">
      <Heading level={1}>{t("search.title")}</Heading>
      <Paragraph lead>{t("search.intro")}</Paragraph>

      <search>
        <Form method="get" action="/zoeken" className="th-stack th-narrow" key={`${q}|${kind ?? ""}`}>
          <TextField
            name="q"
            type="search"
            label={t("search.field")}
            description={t("search.fieldHint")}
            defaultValue={q}
            maxLength={MAX_QUERY_LENGTH * 2}
            error={error ? t(error) : undefined}
            autoComplete="off"
          />
          <SelectField
            name="soort"
            label={t("search.kind")}
            placeholder={t("search.allKinds")}
            options={SEARCH_KINDS.map((k) => ({ value: KIND_PARAMS[k], label: t(`search.heading.${k}`) }))}
            defaultValue={kind ? KIND_PARAMS[kind] : ""}
          />
          <Button>{t("search.submit")}</Button>
        </Form>
      </search>

      {outcome && outcome.q ? <Results outcome={outcome} /> : !error ? <Paragraph>{t("search.start")}</Paragraph> : null}
    </div>
  );
}

function Results({ outcome }: { outcome: SearchOutcome }) {
  const t = useT();
  const locale = useLocale();
  const { q, kind, total, more, counts, groups, suggestion } = outcome;
  const shown = kind ? (counts.find((c) => c.kind === kind)?.total ?? 0) : total;
  const allLabel = more ? t("search.moreThan", { label: formatCount(total, locale) }) : String(total);
  return (
    <section className="th-stack" aria-labelledby="resultaten">
      <Heading level={2} id="resultaten">
        {t("search.resultsHeading")}
      </Heading>
      <Paragraph role="status">
        {more ? t("search.total.more", { number: formatCount(total, locale), q }) : total === 1 ? t("search.total.one", { q }) : t("search.total.other", { count: total, q })}
      </Paragraph>

      {suggestion ? (
        <Paragraph className="th-search__suggestion">
          {t("search.didYouMean")} <Link to={searchHref({ q: suggestion, kind })}>{suggestion}</Link>?
        </Paragraph>
      ) : null}

      {total > 0 ? (
        <nav aria-label={t("search.kindFilter")}>
          <ul className="th-search__kinds">
            <li>
              {kind ? <Link to={searchHref({ q })}>{t("search.allKinds")} ({allLabel})</Link> : <span aria-current="page">{t("search.allKinds")} ({allLabel})</span>}
            </li>
            {counts
              .filter((c) => c.total > 0)
              .map((c) => (
                <li key={c.kind}>
                  {kind === c.kind ? <span aria-current="page">{countLabel(t, c.kind, c.total, c.more, locale)}</span> : <Link to={searchHref({ q, kind: c.kind })}>{countLabel(t, c.kind, c.total, c.more, locale)}</Link>}
                </li>
              ))}
          </ul>
        </nav>
      ) : null}

      {shown === 0 ? <EmptyState q={q} /> : null}

      {groups.map((group) => (
        <section key={group.kind} className="th-stack" aria-labelledby={`soort-${group.kind}`}>
          <Heading level={3} id={`soort-${group.kind}`}>
            {t(`search.heading.${group.kind}`)} <span className="th-muted">({countLabel(t, group.kind, group.total, group.more, locale)})</span>
          </Heading>
          <ul className="th-result-list th-search__hits">
            {group.hits.map((hit) => (
              <li key={hit.key}>
                <Link to={hit.href}>{hit.title}</Link>
                {hit.snippet ? <Paragraph className="th-muted">{hit.snippet}</Paragraph> : null}
              </li>
            ))}
          </ul>
          {!kind && group.total > group.hits.length ? (
            <Paragraph>
              <Link to={searchHref({ q, kind: group.kind })}>{t("search.showAll", { label: countLabel(t, group.kind, group.total, group.more, locale) })}</Link>
            </Paragraph>
          ) : null}
          {kind && group.total > group.hits.length ? <Alert>{t("search.limited", { count: group.hits.length })}</Alert> : null}
        </section>
      ))}
    </section>
  );
}

function EmptyState({ q }: { q: string }) {
  const t = useT();
  return (
    <div className="th-stack">
      <Heading level={3}>{t("search.empty.title", { q })}</Heading>
      <Paragraph>{t("search.empty.body")}</Paragraph>
      <Paragraph>{t("search.empty.browse")}</Paragraph>
      <ul>
        {BROWSE.map((b) => (
          <li key={b.kind}>
            <Link to={b.href}>{t(`search.browse.${b.kind}`)}</Link>
          </li>
        ))}
      </ul>
    </div>
  );
}
