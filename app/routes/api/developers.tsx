import type { Route } from "./+types/developers";
import { servicesContext, userContext } from "~/context.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { PROBLEM_KINDS } from "~/domain/api/problem.ts";
import { getApiDocument } from "~/services/api/get-api-document.server.ts";
import { ExternalLink, Heading, Paragraph, Table, UnorderedList } from "~/ui/components.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { useT } from "~/ui/use-t.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "api.page.title");

/** /ontwikkelaars: what the API offers, its document, an example, the data's licence, how to get a key. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => {
  const document = await getApiDocument(context.get(servicesContext), context.get(userContext));
  const server = document.servers?.[0]?.url ?? "/api/v1";
  const operations = Object.entries(document.paths ?? {}).flatMap(([path, methods]) =>
    Object.entries(methods as Record<string, { operationId?: string }>).map(([method, op]) => ({ method: method.toUpperCase(), path, operationId: op.operationId ?? "" })),
  );
  return { server, version: document.info.version, license: document.info.license ?? null, contact: document.info.contact?.email ?? null, operations };
});

export default function Developers({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { server, version, license, contact, operations } = loaderData;
  const example = `curl -i "${server}/networks?q=techniek&pageSize=5"`;
  return (
    <article className="th-stack">
      <Heading level={1}>{t("api.page.title")}</Heading>
      <Paragraph lead>{t("api.page.intro")}</Paragraph>

      <section className="th-stack" aria-labelledby="api-offers">
        <Heading level={2} id="api-offers">{t("api.page.offers.heading")}</Heading>
        <Paragraph>{t("api.page.offers.body", { version })}</Paragraph>
        <Paragraph>
          {t("api.page.offers.server")} <code>{server}</code>
        </Paragraph>
        <Table
          stack
          caption={t("api.page.operations.caption")}
          rows={operations}
          rowKey={(op) => `${op.method} ${op.path}`}
          columns={[
            {
              header: t("api.page.operations.address"),
              rowHeader: true,
              label: true,
              cell: (op) => (
                <code>
                  {op.method} /api/v1{op.path}
                </code>
              ),
            },
            { header: t("api.page.operations.what"), cell: (op) => t(`api.page.operation.${op.operationId}`) },
          ]}
        />
      </section>

      <section className="th-stack" aria-labelledby="api-document">
        <Heading level={2} id="api-document">{t("api.page.document.heading")}</Heading>
        <Paragraph>
          {t("api.page.document.body")} <ExternalLink href={`${server}/openapi.json`}>{`${server}/openapi.json`}</ExternalLink>
        </Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="api-example">
        <Heading level={2} id="api-example">{t("api.page.example.heading")}</Heading>
        <Paragraph>{t("api.page.example.body")}</Paragraph>
        <pre className="th-code" tabIndex={0} aria-label={t("api.page.example.heading")}>
          <code>{example}</code>
        </pre>
      </section>

      <section className="th-stack" aria-labelledby="api-rules">
        <Heading level={2} id="api-rules">{t("api.page.rules.heading")}</Heading>
        <UnorderedList>
          <li>{t("api.page.rules.version")}</li>
          <li>{t("api.page.rules.pages")}</li>
          <li>{t("api.page.rules.fields")}</li>
          <li>{t("api.page.rules.cors")}</li>
          <li>{t("api.page.rules.dates")}</li>
          <li>{t("api.page.rules.writes")}</li>
        </UnorderedList>
      </section>

      <section className="th-stack" aria-labelledby="api-problems">
        <Heading level={2} id="api-problems">{t("api.page.problems.heading")}</Heading>
        <Paragraph>{t("api.page.problems.body")}</Paragraph>
        <dl className="th-stack">
          {Object.entries(PROBLEM_KINDS).map(([kind, status]) => (
            <div key={kind} id={kind}>
              <dt>
                <code>
                  {status} #{kind}
                </code>{" "}
                {t(`api.problem.${kind}.title`)}
              </dt>
              <dd>{t(`api.problem.${kind}.detail`)}</dd>
            </div>
          ))}
        </dl>
      </section>

      <section className="th-stack" aria-labelledby="api-licence">
        <Heading level={2} id="api-licence">{t("api.page.licence.heading")}</Heading>
        <Paragraph>
          {t("api.page.licence.body")} {license?.url ? <ExternalLink href={license.url}>{license.name}</ExternalLink> : null}
        </Paragraph>
      </section>

      <section className="th-stack" aria-labelledby="api-key">
        <Heading level={2} id="api-key">{t("api.page.key.heading")}</Heading>
        <Paragraph>{t("api.page.key.body")}</Paragraph>
      </section>

      {contact ? (
        <section className="th-stack" aria-labelledby="api-contact">
          <Heading level={2} id="api-contact">{t("api.page.contact.heading")}</Heading>
          <Paragraph>
            {t("api.page.contact.body")} <a className="utrecht-link" href={`mailto:${contact}`}>{contact}</a>.
          </Paragraph>
        </section>
      ) : null}
    </article>
  );
}
