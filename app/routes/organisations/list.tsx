import { z } from "zod";
import { Form } from "react-router";
import type { Route } from "./+types/list";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { PROVINCES } from "~/domain/common/provinces.ts";
import { ORGANISATION_KINDS } from "~/domain/organisations/vocabulary.ts";
import { translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listOrganisations } from "~/services/organisations/list-organisations.server.ts";
import { Badge, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { SelectField, TextField } from "~/ui/form.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useT } from "~/ui/use-t.ts";

// A bad parameter in a shared link falls back to "no filter" rather than an error page.
const listQuerySchema = z.object({
  q: z.string().trim().max(200).catch(""),
  soort: z.enum(ORGANISATION_KINDS).optional().catch(undefined),
  provincie: z.enum(PROVINCES).optional().catch(undefined),
});

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  redirectWithoutEmptyFields(request, ["q", "soort", "provincie"]);
  const search = new URL(request.url).searchParams;
  const query = listQuerySchema.parse({ q: search.get("q") ?? "", soort: search.get("soort") || undefined, provincie: search.get("provincie") || undefined });
  const { page, ignored } = parsePage(search.get("pagina"));
  const result = await listOrganisations(context.get(servicesContext), context.get(userContext), { q: query.q, kind: query.soort, province: query.provincie, page });
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { ...result, ignored, q: query.q, kind: query.soort ?? "", province: query.provincie ?? "", title: `${t("organisations.list.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisaties | Technohub" }];
}

function pageHref(q: string, kind: string, province: string, page: number) {
  const params = new URLSearchParams();
  if (q) params.set("q", q);
  if (kind) params.set("soort", kind);
  if (province) params.set("provincie", province);
  if (page > 1) params.set("pagina", String(page));
  const s = params.toString();
  return s ? `/organisaties?${s}` : "/organisaties";
}

export default function Organisations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { items, total, q, kind, province } = loaderData;
  return (
    <div className="th-stack">
      <Heading level={1}>{t("organisations.list.title")}</Heading>
      <Paragraph lead>{t("organisations.list.intro")}</Paragraph>
      <ButtonLink to="/organisaties/nieuw" appearance="secondary">
        {t("organisations.list.new")}
      </ButtonLink>

      <search>
        <Form method="get" className="th-stack th-narrow" key={`${q}|${kind}|${province}`}>
          <TextField name="q" type="search" label={t("organisations.list.search")} defaultValue={q} />
          <SelectField
            name="soort"
            label={t("organisations.list.kind")}
            placeholder={t("organisations.list.allKinds")}
            options={ORGANISATION_KINDS.map((k) => ({ value: k, label: t(`organisations.kind.${k}`) }))}
            defaultValue={kind}
          />
          <SelectField
            name="provincie"
            label={t("organisations.list.province")}
            placeholder={t("organisations.list.allProvinces")}
            options={PROVINCES.map((p) => ({ value: p, label: p }))}
            defaultValue={province}
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
        <PageNotice {...loaderData} />
        <Pagination {...loaderData} href={(p) => pageHref(q, kind, province, p)} />
      </section>
    </div>
  );
}
