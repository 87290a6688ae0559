import { Form } from "react-router";
import type { Route } from "./+types/audit";
import { requestContext, servicesContext } from "~/context.ts";
import { auditQuerySchema } from "~/domain/admin/audit.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { parseForm, queryObject } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listAuditLog } from "~/services/admin/list-audit-log.server.ts";
import { Button, ButtonLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack } from "./confirm.tsx";

/** Query parameters of the log in Dutch, as the address shows them. */
const PARAMS = { actor: "wie", action: "actie", subject: "onderwerp", from: "van", to: "tot", page: "pagina" } as const;

/** /beheer/logboek: every administrator's and coordinator's decision, searchable, and as a CSV file. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, Object.values(PARAMS));
  const raw = queryObject(new URL(request.url));
  // A malformed date is told beside its field; the log is then searched without the filters.
  const parsed = parseForm(auditQuerySchema, toForm(Object.fromEntries(Object.entries(PARAMS).map(([key, dutch]) => [key, raw[dutch]]))));
  const query = parsed.ok ? parsed.data : auditQuerySchema.parse({});
  const errors = parsed.ok ? {} : parsed.errors;
  const typed = parsed.ok ? {} : (parsed.values as Record<string, string>);
  const result = await listAuditLog(context.get(servicesContext), user, query);
  // Only what is filled in, as the page's own address (redirectWithoutEmptyFields above).
  const link = (page: number) =>
    `?${new URLSearchParams(Object.entries({ wie: query.actor, actie: query.action, onderwerp: query.subject, van: query.from, tot: query.to, pagina: String(page) }).filter(([, v]) => v !== "")).toString()}`;
  return {
    ...result,
    query,
    errors,
    typed,
    prev: result.page > 1 ? link(result.page - 1) : null,
    next: result.page < result.pages ? link(result.page + 1) : null,
    exportHref: `/beheer/logboek.csv${link(1)}`,
    title: `${t("admin.audit.title")} | ${t("app.name")}`,
  };
});

function toForm(values: Record<string, unknown>): FormData {
  const form = new FormData();
  for (const [key, value] of Object.entries(values)) if (typeof value === "string") form.set(key, value);
  return form;
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Logboek | Technohub" }];
}

const show = (value: unknown) => (value === null || value === undefined ? "–" : JSON.stringify(value, null, 1));

export default function AdminAudit({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { rows, total, page, pages, query, errors, typed, prev, next, exportHref } = loaderData;
  return (
    <div className="th-stack">
      <AdminBack />
      <Heading level={1}>{t("admin.audit.title")}</Heading>
      <Paragraph lead>{t("admin.audit.intro")}</Paragraph>
      <search>
        <Form method="get" className="th-stack">
          <TextField name="wie" label={t("admin.audit.actor")} defaultValue={query.actor} />
          <TextField name="actie" label={t("admin.audit.action")} description={t("admin.audit.actionHint")} defaultValue={query.action} />
          <TextField name="onderwerp" label={t("admin.audit.subject")} defaultValue={query.subject} />
          <TextField name="van" type="date" label={t("admin.audit.from")} defaultValue={typed.from ?? query.from} error={errors.from} />
          <TextField name="tot" type="date" label={t("admin.audit.to")} defaultValue={typed.to ?? query.to} error={errors.to} />
          <div>
            <Button appearance="secondary">{t("admin.search")}</Button>
          </div>
        </Form>
      </search>
      <Paragraph>
        {t("admin.audit.found", { total, page, pages })} <ButtonLink appearance="secondary" to={exportHref} reloadDocument>{t("admin.audit.export")}</ButtonLink>
      </Paragraph>
      {rows.length > 0 ? (
        <Table
          caption={t("admin.audit.caption")}
          stack
          rows={rows}
          rowKey={(r) => r.id}
          columns={[
            { header: t("admin.audit.when"), cell: (r) => formatDate(r.at, locale, { dateStyle: "medium", timeStyle: "short" }) },
            { header: t("admin.audit.actor"), cell: (r) => r.actorName },
            { header: t("admin.audit.action"), cell: (r) => <code>{r.action}</code> },
            {
              header: t("admin.audit.subject"),
              cell: (r) => (
                <>
                  {r.subjectLabel || r.subjectId} <span className="th-muted">({r.subjectType})</span>
                </>
              ),
            },
            {
              header: t("admin.audit.change"),
              cell: (r) => (
                <details>
                  <summary>{t("admin.audit.beforeAfter")}</summary>
                  <p className="utrecht-paragraph">{t("admin.audit.before")}</p>
                  <pre className="th-audit-json">{show(r.before)}</pre>
                  <p className="utrecht-paragraph">{t("admin.audit.after")}</p>
                  <pre className="th-audit-json">{show(r.after)}</pre>
                </details>
              ),
            },
          ]}
        />
      ) : (
        <Paragraph>{t("admin.none")}</Paragraph>
      )}
      <nav aria-label={t("admin.audit.pages")} className="th-stack">
        {prev ? <Link to={prev}>{t("admin.audit.prev")}</Link> : null}
        {next ? <Link to={next}>{t("admin.audit.next")}</Link> : null}
      </nav>
    </div>
  );
}
