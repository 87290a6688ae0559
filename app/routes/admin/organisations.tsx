import { Form } from "react-router";
import type { Route } from "./+types/organisations";
import { requestContext, servicesContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listAdminOrganisations } from "~/services/admin/list-admin-organisations.server.ts";
import { Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { TextField } from "~/ui/form.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack } from "./confirm.tsx";

/** This page's address for a search, the filter and a page. */
function organisationsHref(q: string, unverified: boolean, page: number): string {
  const search = new URLSearchParams();
  if (q) search.set("zoek", q);
  if (unverified) search.set("status", "onbevestigd");
  if (page > 1) search.set("pagina", String(page));
  return `/beheer/organisaties${search.size ? `?${search}` : ""}`;
}

/** /beheer/organisaties: find organisations (or those not verified yet) to verify or merge, a page at a time. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["zoek"]);
  const search = new URL(request.url).searchParams;
  const q = (search.get("zoek") ?? "").trim().slice(0, 200);
  const unverified = search.get("status") === "onbevestigd";
  const { page: asked, ignored } = parsePage(search.get("pagina"));
  const result = await listAdminOrganisations(context.get(servicesContext), user, { q, unverified, page: asked });
  return { ...result, ignored, q, unverified, title: `${t("admin.organisations.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisaties beheren | Technohub" }];
}

export default function AdminOrganisations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { organisations, q, unverified } = loaderData;
  return (
    <div className="th-stack">
      <AdminBack />
      <Heading level={1}>{t("admin.organisations.title")}</Heading>
      <search>
        <Form method="get" className="th-stack">
          <TextField name="zoek" type="search" label={t("admin.organisations.search")} defaultValue={q} />
          <div className="utrecht-form-field utrecht-form-field--checkbox">
            <input id="f-status" type="checkbox" name="status" value="onbevestigd" defaultChecked={unverified} className="utrecht-checkbox utrecht-checkbox--html-input" />{" "}
            <label htmlFor="f-status" className="utrecht-form-label utrecht-form-label--checkbox">
              {t("admin.organisations.onlyUnverified")}
            </label>
          </div>
          <div>
            <Button appearance="secondary">{t("admin.search")}</Button>
          </div>
        </Form>
      </search>
      <PageNotice {...loaderData} />
      {organisations.length === 0 ? <Paragraph>{t("admin.none")}</Paragraph> : null}
      {organisations.length > 0 ? (
        <Table
          caption={q || unverified ? t("admin.organisations.captionFound", { count: loaderData.total }) : t("admin.organisations.caption", { count: loaderData.total })}
          stack
          rows={organisations}
          rowKey={(o) => o.id}
          columns={[
            { header: t("admin.organisations.name"), rowHeader: true, cell: (o) => <Link to={`/beheer/organisaties/${o.slug}`}>{o.name}</Link> },
            { header: t("admin.organisations.kind"), cell: (o) => t(`organisations.kind.${o.kind}`) },
            { header: t("admin.organisations.place"), cell: (o) => o.place ?? "–" },
            { header: t("admin.organisations.verified"), cell: (o) => (o.verifiedAt ? formatDate(o.verifiedAt, locale) : <Badge>{t("admin.organisations.notVerified")}</Badge>) },
          ]}
        />
      ) : null}
      <Pagination {...loaderData} href={(page) => organisationsHref(q, unverified, page)} label={t("admin.organisations.pages")} />
    </div>
  );
}
