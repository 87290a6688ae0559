import type { Route } from "./+types/open-data";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { catalogJsonLd, describeDatasets, LICENCE, type CatalogInput } from "~/domain/open-data/dcat.ts";
import { headerOf } from "~/domain/open-data/datasets.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getOpenData } from "~/services/open-data/get-open-data.server.ts";
import { DataList, ExternalLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { JsonLd } from "~/ui/json-ld.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { useLocale, useT } from "~/ui/use-t.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "openData.title");

/** The catalogue's texts in one language: the page's for the page, Dutch for the JSON-LD (the data's language). */
function catalogInput(facts: Awaited<ReturnType<typeof getOpenData>>, t: ReturnType<typeof translator>): CatalogInput {
  return {
    origin: facts.origin,
    title: t("openData.catalog.title"),
    description: t("openData.catalog.description"),
    publisher: t("app.name"),
    contactEmail: facts.contactEmail,
    datasets: facts.datasets.map((d) => ({
      ...d,
      title: t(`openData.dataset.${d.id}.title`),
      description: t(`openData.dataset.${d.id}.description`),
      keywords: t("openData.keywords").split("; "),
    })),
  };
}

/** /open-data: the data sets with their DCAT-AP-NL description, licence and downloads; public. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => {
  const facts = await getOpenData(context.get(servicesContext), context.get(userContext));
  const locale = context.get(userContext)?.locale ?? context.get(requestContext).locale;
  return { datasets: describeDatasets(catalogInput(facts, translator(locale))), jsonLd: catalogJsonLd(catalogInput(facts, translator("nl"))) };
});

export default function OpenDataPage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const date = (at: Date | string | null) => (at ? <time dateTime={new Date(at).toISOString()}>{formatDate(at, locale)}</time> : t("openData.field.unknown"));
  // Publisher, contact point, licence, theme, language, area and frequency are the same for every set: said once.
  const shared = loaderData.datasets[0];
  return (
    <article className="th-stack th-statement">
      <JsonLd data={loaderData.jsonLd} />
      <Heading level={1}>{t("openData.title")}</Heading>
      <Paragraph lead>{t("openData.lead")}</Paragraph>

      <section className="th-stack" aria-labelledby="licentie">
        <Heading level={2} id="licentie">{t("openData.licence.heading")}</Heading>
        <Paragraph>
          {t("openData.licence.body", { licence: LICENCE.name })} <ExternalLink href={LICENCE.url} className="th-break">{LICENCE.url}</ExternalLink>
        </Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="inhoud">
        <Heading level={2} id="inhoud">{t("openData.scope.heading")}</Heading>
        <Paragraph>{t("openData.scope.body")}</Paragraph>
      </section>

      {shared ? (
        <section className="th-stack" aria-labelledby="beschrijving">
          <Heading level={2} id="beschrijving">{t("openData.description.heading")}</Heading>
          <Paragraph>{t("openData.description.body")}</Paragraph>
          <DataList
            items={[
              { label: t("openData.field.publisher"), value: <Link to="/">{shared.publisher.name}</Link> },
              {
                label: t("openData.field.contactPoint"),
                value: shared.contactPoint.email ? <a className="utrecht-link" href={`mailto:${shared.contactPoint.email}`}>{shared.contactPoint.email}</a> : <code className="th-break">{shared.contactPoint.url}</code>,
              },
              { label: t("openData.field.licence"), value: <ExternalLink href={shared.licence.url}>{shared.licence.name}</ExternalLink> },
              { label: t("openData.field.theme"), value: <ExternalLink href={shared.theme.url}>{t("openData.field.themeValue", { code: shared.theme.label })}</ExternalLink> },
              { label: t("openData.field.language"), value: t("openData.field.languageValue") },
              { label: t("openData.field.spatial"), value: t("openData.field.spatialValue") },
              { label: t("openData.field.accrual"), value: t("openData.field.accrualValue") },
            ]}
          />
        </section>
      ) : null}

      {loaderData.datasets.map((d) => (
        <section className="th-stack" aria-labelledby={d.id} key={d.id}>
          <Heading level={2} id={d.id}>{d.title}</Heading>
          <Paragraph>{d.description}</Paragraph>
          <DataList
            items={[
              // The address names the set in Dutch (#netwerken): read as Dutch in an English page too.
              { label: t("openData.field.identifier"), value: <code className="th-break" lang="nl">{d.identifier}</code> },
              { label: t("openData.field.issued"), value: date(d.issued) },
              { label: t("openData.field.modified"), value: date(d.modified) },
              { label: t("openData.field.size"), value: t("openData.rows", { count: d.count }) },
              { label: t("openData.field.columns"), value: <code className="th-break">{headerOf(d.id).join(", ")}</code> },
            ]}
          />
          <Table
            caption={t("openData.distribution.caption", { title: d.title })}
            stack
            rows={d.distributions}
            rowKey={(x) => x.format}
            columns={[
              { header: t("openData.distribution.format"), rowHeader: true, cell: (x) => x.formatLabel },
              { header: t("openData.distribution.mediaType"), cell: (x) => <code className="th-break">{x.mediaType}</code> },
              {
                header: t("openData.distribution.download"),
                cell: (x) => (
                  <a className="utrecht-link" href={x.downloadURL} download>
                    {x.downloadURL.replace(/^.*\//, "")}
                  </a>
                ),
              },
              { header: t("openData.distribution.access"), cell: (x) => <code className="th-break">{x.accessURL}</code> },
            ]}
          />
        </section>
      ))}

      <section className="th-stack" aria-labelledby="formaten">
        <Heading level={2} id="formaten">{t("openData.formats.heading")}</Heading>
        <Paragraph>{t("openData.formats.csv")}</Paragraph>
        <Paragraph>{t("openData.formats.json")}</Paragraph>
        <Paragraph>{t("openData.formats.cache")}</Paragraph>
      </section>
    </article>
  );
}
