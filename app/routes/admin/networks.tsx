import { Form, redirect } from "react-router";
import type { Route } from "./+types/networks";
import { requestContext, servicesContext } from "~/context.ts";
import { networkFieldsSchema } from "~/domain/admin/forms.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createNetwork } from "~/services/admin/create-network.server.ts";
import { listAdminNetworks } from "~/services/admin/list-admin-networks.server.ts";
import { verifyAdminAccess } from "~/services/admin/verify-admin-access.server.ts";
import { Badge, Button, Heading, Link, Table } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useT } from "~/ui/use-t.ts";
import { AdminBack } from "./confirm.tsx";
import { NetworkFields } from "./network-fields.tsx";

/** This page's address for a search and a page. */
function networksHref(q: string, page: number): string {
  const search = new URLSearchParams();
  if (q) search.set("zoek", q);
  if (page > 1) search.set("pagina", String(page));
  return `/beheer/netwerken${search.size ? `?${search}` : ""}`;
}

/** /beheer/netwerken: every network (archived ones marked), a page at a time, and a form for a new one. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["zoek"]);
  const search = new URL(request.url).searchParams;
  const q = (search.get("zoek") ?? "").trim().slice(0, 200);
  const { page: asked, ignored } = parsePage(search.get("pagina"));
  const result = await listAdminNetworks(context.get(servicesContext), user, { q, page: asked });
  return { ...result, ignored, q, title: `${t("admin.networks.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Netwerken beheren | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await verifyAdminAccess(services, user);
  const input = formInput(networkFieldsSchema, form);
  const { slug } = await createNetwork(services, user, input);
  throw redirect(`/beheer/netwerken/${slug}?aangemaakt`);
});

export default function AdminNetworks({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="th-stack">
      <AdminBack />
      <Heading level={1}>{t("admin.networks.title")}</Heading>
      <search>
        <Form method="get" className="th-stack">
          <TextField name="zoek" label={t("admin.networks.search")} defaultValue={loaderData.q} type="search" />
          <div>
            <Button appearance="secondary">{t("admin.search")}</Button>
          </div>
        </Form>
      </search>
      <PageNotice {...loaderData} />
      <Table
        caption={loaderData.q ? t("admin.networks.captionFound", { q: loaderData.q, count: loaderData.total }) : t("admin.networks.caption", { count: loaderData.total })}
        stack
        rows={loaderData.networks}
        rowKey={(n) => n.id}
        columns={[
          { header: t("admin.networks.name"), rowHeader: true, cell: (n) => <Link to={`/beheer/netwerken/${n.slug}`}>{n.name}</Link> },
          { header: t("admin.networks.kind"), cell: (n) => t(`networks.kind.${n.kind}`) },
          {
            header: t("admin.networks.state"),
            cell: (n) => (n.mergedIntoId ? <Badge>{t("admin.networks.merged")}</Badge> : n.archivedAt ? <Badge>{t("admin.networks.archived")}</Badge> : t("admin.networks.active")),
          },
        ]}
      />
      {loaderData.networks.length === 0 ? <p className="utrecht-paragraph">{t("admin.none")}</p> : null}
      <Pagination {...loaderData} href={(page) => networksHref(loaderData.q, page)} label={t("admin.networks.pages")} />
      <section className="th-card th-stack" aria-labelledby="nieuw-netwerk">
        <Heading level={2} id="nieuw-netwerk">
          {t("admin.networks.new")}
        </Heading>
        <Form method="post" className="th-stack" noValidate>
          <ErrorSummary errors={errors} />
          <NetworkFields values={values} errors={errors} />
          <div>
            <Button>{t("admin.networks.create")}</Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
