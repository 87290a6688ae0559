import { Form, redirect } from "react-router";
import type { Route } from "./+types/content";
import { requestContext, servicesContext } from "~/context.ts";
import { contentActionSchema } from "~/domain/admin/forms.ts";
import { MODERATED_KINDS, type ModeratedKind } from "~/domain/admin/rules.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listContent } from "~/services/admin/list-content.server.ts";
import { updateContentVisibility } from "~/services/admin/update-content-visibility.server.ts";
import { verifyAdminAccess } from "~/services/admin/verify-admin-access.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack } from "./confirm.tsx";

/** /beheer/inhoud: hide a news item, an offer or a tip from everyone but administrators, or show it again. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["zoek", "soort"]);
  const search = new URL(request.url).searchParams;
  const q = (search.get("zoek") ?? "").trim().slice(0, 200);
  const soort = search.get("soort") ?? "";
  const kind: ModeratedKind | "" = (MODERATED_KINDS as readonly string[]).includes(soort) ? (soort as ModeratedKind) : "";
  const { items } = await listContent(context.get(servicesContext), user, { q, kind });
  const done = search.has("verborgen") ? "hidden" : search.has("zichtbaar") ? "shown" : null;
  return { items, q, kind, done, title: `${t("admin.content.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Inhoud modereren | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await verifyAdminAccess(services, user);
  const input = formInput(contentActionSchema, form);
  await updateContentVisibility(services, user, { kind: input.kind, id: input.id, hidden: input.intent === "hide" });
  const search = new URL(request.url).searchParams;
  search.delete("verborgen");
  search.delete("zichtbaar");
  search.set(input.intent === "hide" ? "verborgen" : "zichtbaar", "");
  throw redirect(`/beheer/inhoud?${search.toString()}`);
});

export default function AdminContent({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { items, q, kind, done } = loaderData;
  const here = `/beheer/inhoud?${new URLSearchParams({ zoek: q, soort: kind }).toString()}`;
  return (
    <div className="th-stack">
      <AdminBack />
      <Heading level={1}>{t("admin.content.title")}</Heading>
      <Paragraph lead>{t("admin.content.intro")}</Paragraph>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(`admin.content.done.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={actionData?.errors} />
      <search>
        <Form method="get" className="th-stack">
          <TextField name="zoek" type="search" label={t("admin.content.search")} description={t("admin.content.searchHint")} defaultValue={q} />
          <SelectField
            name="soort"
            label={t("admin.content.kind")}
            placeholder={t("admin.content.allKinds")}
            options={MODERATED_KINDS.map((k) => ({ value: k, label: t(`admin.content.kind.${k}`) }))}
            defaultValue={kind}
          />
          <div>
            <Button appearance="secondary">{t("admin.search")}</Button>
          </div>
        </Form>
      </search>
      {items.length === 0 ? <Paragraph>{t(q ? "admin.content.noneFound" : "admin.content.noneHidden")}</Paragraph> : null}
      {items.length > 0 ? (
        <Table
          caption={t(q ? "admin.content.caption" : "admin.content.captionHidden")}
          stack
          rows={items}
          rowKey={(item) => `${item.kind}-${item.id}`}
          columns={[
            {
              header: t("admin.content.item"),
              rowHeader: true,
              cell: (item) => (
                <>
                  <Link to={item.href}>{item.title}</Link>
                  {item.owner ? <span className="th-muted"> · {item.owner}</span> : null}
                </>
              ),
            },
            { header: t("admin.content.kind"), cell: (item) => t(`admin.content.kind.${item.kind}`) },
            {
              header: t("admin.content.state"),
              cell: (item) => (item.hiddenAt ? <Badge>{t("admin.content.hiddenOn", { date: formatDate(item.hiddenAt, locale) })}</Badge> : t("admin.content.visible")),
            },
            {
              header: t("admin.people.actions"),
              cell: (item) => (
                <Form method="post" action={here}>
                  <input type="hidden" name="intent" value={item.hiddenAt ? "unhide" : "hide"} />
                  <input type="hidden" name="kind" value={item.kind} />
                  <input type="hidden" name="id" value={item.id} />
                  <Button appearance="secondary" aria-label={t(item.hiddenAt ? "admin.content.unhideNamed" : "admin.content.hideNamed", { title: item.title })}>
                    {t(item.hiddenAt ? "admin.content.unhide" : "admin.content.hide")}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      ) : null}
    </div>
  );
}
