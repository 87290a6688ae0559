import { z } from "zod";
import { Form } from "react-router";
import type { Route } from "./+types/list";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { ORGANISATION_KINDS } from "~/domain/organisations/vocabulary.ts";
import { translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listOrganisations } from "~/services/organisations/list-organisations.server.ts";
import { Badge, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

// A bad parameter in a shared link falls back to "no filter" rather than an error page.
const listQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  soort: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  pagina: z.coerce.number().int().min(1).max(10_000).catch(1),
});

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  redirectWithoutEmptyFields(request, ["q", "soort"]);
  const search = new URL(request.url).searchParams;
  const query = listQuerySchema.parse({ q: search.get("q") ?? "", soort: search.get("soort") || undefined, pagina: search.get("pagina") ?? 1 });
  const result = await listOrganisations(context.get(servicesContext), context.get(userContext), { q: query.q, kind: query.soort, page: query.pagina });
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { ...result, q: query.q, kind: query.soort ?? "", title: `${t("organisations.list.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisaties | Technohub" }];
}

function pageHref(q: string, kind: string, page: number) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (kind) params.set("soort", kind);
  if (page > 1) params.set("pagina", String(page));
  const s = params.toString();
  return s ? `/organisaties?${s}` : "/organisaties";
}

export default function Organisations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { items, total, page, pageCount, q, kind } = loaderData;
  return (
    <div className="th-stack">
      <Heading level={1}>{t("organisations.list.title")}</Heading>
      <Paragraph lead>{t("organisations.list.intro")}</Paragraph>
      <ButtonLink to="/organisaties/nieuw" appearance="secondary">
        {t("organisations.list.new")}
      </ButtonLink>

      <search>
        <Form method="get" className="th-stack th-narrow" key={`${q}|${kind}`}>
          <TextField name="q" type="search" label={t("organisations.list.search")} defaultValue={q} />
          <SelectField
            name="soort"
            label={t("organisations.list.kind")}
            placeholder={t("organisations.list.allKinds")}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
            defaultValue={kind}
          />
          <Button>{t("organisations.list.submit")}</Button>
        </Form>
      </search>

      <section className="th-stack" aria-labelledby="resultaten">
        <Heading level={2} id="resultaten">
          {t("organisations.list.results")}
        </Heading>
        <Paragraph role="status">{t("organisations.list.count", { count: total })}</Paragraph>
        {items.length === 0 ? (
          <Paragraph>{t("organisations.list.none")}</Paragraph>
        ) : (
          <ul className="th-result-list">
            {items.map((o) => (
              <li key={o.slug}>
                <Link to={`/organisaties/${o.slug}`}>{o.name}</Link>{" "}
                <span className="th-muted">
                  <Badge>{t(`organisations.kind.${o.kind}`)}</Badge>
                  {o.place ? ` · ${o.place}` : ""}
                  {o.province ? `, ${o.province}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
        {pageCount > 1 ? (
          <nav aria-label={t("organisations.list.pagination")}>
            <ul className="th-pagination__list">
              {page > 1 ? (
                <li>
                  <Link to={pageHref(q, kind, page - 1)} rel="prev">
                    {t("organisations.list.previous")}
                  </Link>
                </li>
              ) : null}
              <li className="th-pagination__current" aria-current="page">
                {t("organisations.list.page", { page, pageCount })}
              </li>
              {page < pageCount ? (
                <li>
                  <Link to={pageHref(q, kind, page + 1)} rel="next">
                    {t("organisations.list.next")}
                  </Link>
                </li>
              ) : null}
            </ul>
          </nav>
        ) : null}
      </section>
    </div>
  );
}
