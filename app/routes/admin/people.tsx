import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/people";
import { requestContext, servicesContext } from "~/context.ts";
import { personActionSchema } from "~/domain/admin/forms.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { PLATFORM_ROLES } from "~/domain/admin/rules.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { listPeople } from "~/services/admin/list-people.server.ts";
import { resetSignIn } from "~/services/admin/reset-sign-in.server.ts";
import { updateAccountBlock } from "~/services/admin/update-account-block.server.ts";
import { updatePlatformRole } from "~/services/admin/update-platform-role.server.ts";
import { verifyAdminAccess } from "~/services/admin/verify-admin-access.server.ts";
import { Alert, Badge, Button, Heading, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { PageNotice, Pagination } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack, ConfirmStep } from "./confirm.tsx";

const DONE = ["geblokkeerd", "gedeblokkeerd", "herstelmail", "rol"] as const;

/** This page's address for a search and a page: the search stays in it through every form. */
/** The list's address with its search and page (what is empty left out, as the loader wants it), and a notice flag. */
function peopleHref(q: string, page: number, done?: (typeof DONE)[number]): string {
  const params = new URLSearchParams();
  if (q) params.set("zoek", q);
  if (page > 1) params.set("pagina", String(page));
  const search = [params.toString(), done ?? ""].filter(Boolean).join("&");
  return search ? `/beheer/personen?${search}` : "/beheer/personen";
}

/** /beheer/personen: the newest people, or those found by name or address; block, unblock, send a reset mail, change the platform role. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["zoek"]);
  const search = new URL(request.url).searchParams;
  const q = (search.get("zoek") ?? "").trim().slice(0, 200);
  const { page: asked, ignored } = parsePage(search.get("pagina"));
  const result = await listPeople(context.get(servicesContext), user, { q, page: asked });
  return { ...result, ignored, q, me: user.id, done: DONE.find((d) => search.has(d)) ?? null, title: `${t("admin.people.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Personen | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await verifyAdminAccess(services, user);
  const input = formInput(personActionSchema, form);
  // Back to the same search and page, so the person is still in view.
  const search = new URL(request.url).searchParams;
  const back = (done: (typeof DONE)[number]) => peopleHref(search.get("zoek") ?? "", parsePage(search.get("pagina")).page, done);
  switch (input.intent) {
    case "block":
      if (!input.confirmed) return data({ confirm: { userId: input.userId, reason: input.reason ?? "" } });
      await updateAccountBlock(services, user, { userId: input.userId, blocked: true, reason: input.reason ?? "" });
      throw redirect(back("geblokkeerd"));
    case "unblock":
      await updateAccountBlock(services, user, { userId: input.userId, blocked: false, reason: "" });
      throw redirect(back("gedeblokkeerd"));
    case "reset":
      await resetSignIn(services, user, { userId: input.userId, headers: request.headers });
      throw redirect(back("herstelmail"));
    case "role":
      await updatePlatformRole(services, user, { userId: input.userId, role: input.role });
      throw redirect(back("rol"));
  }
});

export default function AdminPeople({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { people, q, me, done, total } = loaderData;
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const confirmName = confirm ? (people.find((p) => p.id === confirm.userId)?.name ?? "") : "";
  const action = peopleHref(q, loaderData.page);
  return (
    <div className="th-stack">
      <AdminBack />
      <Heading level={1}>{t("admin.people.title")}</Heading>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(`admin.people.done.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      <search>
        <Form method="get" className="th-stack">
          <TextField name="zoek" type="search" label={t("admin.people.search")} defaultValue={q} />
          <div>
            <Button appearance="secondary">{t("admin.search")}</Button>
          </div>
        </Form>
      </search>
      {confirm ? (
        <ConfirmStep
            title={t("admin.people.confirmBlock", { name: confirmName })}
            fields={{ intent: "block", userId: confirm.userId, reason: confirm.reason }}
            confirmLabel={t("admin.people.blockYes")}
          cancelTo={action}
          action={action}
        >
          <Paragraph>{t("admin.people.blockExplain")}</Paragraph>
        </ConfirmStep>
      ) : null}
      <ErrorSummary errors={errors} />
      <PageNotice {...loaderData} />
      {people.length === 0 ? <Paragraph>{t(q ? "admin.people.noneFound" : "admin.people.none")}</Paragraph> : null}
      {people.length > 0 ? (
        <Table
          caption={q ? t("admin.people.caption", { q, count: total }) : t("admin.people.captionNewest", { count: total })}
          stack
          rows={people}
          rowKey={(p) => p.id}
          columns={[
            {
              header: t("admin.people.person"),
              rowHeader: true,
              cell: (p) => (
                <>
                  {p.name}
                  <br />
                  <span className="th-muted th-break">{p.email}</span>
                  <br />
                  <span className="th-muted">{t("admin.people.since", { date: formatDate(p.createdAt, locale) })}</span>
                </>
              ),
            },
            {
              header: t("admin.people.role"),
              cell: (p) =>
                p.id === me ? (
                  t(`admin.people.role.${p.role === "admin" ? "admin" : "user"}`)
                ) : (
                  <Form method="post" action={action} className="th-inline-form">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={p.id} />
                    <label className="th-visually-hidden" htmlFor={`rol-${p.id}`}>
                      {t("admin.people.roleOf", { name: p.name })}
                    </label>
                    <select id={`rol-${p.id}`} name="role" defaultValue={p.role === "admin" ? "admin" : "user"} className="utrecht-select utrecht-select--html-select">
                      {PLATFORM_ROLES.map((r) => (
                        <option key={r} value={r}>
                          {t(`admin.people.role.${r}`)}
                        </option>
                      ))}
                    </select>
                    <Button appearance="subtle">{t("admin.people.changeRole")}</Button>
                  </Form>
                ),
            },
            {
              header: t("admin.people.state"),
              cell: (p) => (
                <>
                  {p.blockedAt ? <Badge>{t("admin.people.blockedOn", { date: formatDate(p.blockedAt, locale) })}</Badge> : p.emailVerified ? t("admin.people.active") : t("admin.people.unverified")}
                  {p.blockReason ? <span className="th-muted"> – {p.blockReason}</span> : null}
                </>
              ),
            },
            {
              header: t("admin.people.actions"),
              cell: (p) => (
                <div className="th-stack">
                  {p.id === me ? null : p.blockedAt ? (
                    <Form method="post" action={action}>
                      <input type="hidden" name="intent" value="unblock" />
                      <input type="hidden" name="userId" value={p.id} />
                      <Button appearance="secondary" aria-label={t("admin.people.unblockNamed", { name: p.name })}>{t("admin.people.unblock")}</Button>
                    </Form>
                  ) : (
                    <Form method="post" action={action} className="th-stack">
                      <input type="hidden" name="intent" value="block" />
                      <input type="hidden" name="userId" value={p.id} />
                      <label className="utrecht-form-label" htmlFor={`reden-${p.id}`}>
                        {t("admin.people.reasonOf", { name: p.name })}
                      </label>
                      <input id={`reden-${p.id}`} name="reason" className="utrecht-textbox utrecht-textbox--html-input" autoComplete="off" maxLength={500} />
                      <Button appearance="secondary" danger aria-label={t("admin.people.blockNamed", { name: p.name })}>{t("admin.people.block")}</Button>
                    </Form>
                  )}
                  <Form method="post" action={action}>
                    <input type="hidden" name="intent" value="reset" />
                    <input type="hidden" name="userId" value={p.id} />
                    <Button appearance="subtle" aria-label={t("admin.people.resetNamed", { name: p.name })}>{t("admin.people.reset")}</Button>
                  </Form>
                </div>
              ),
            },
          ]}
        />
      ) : null}
      <Pagination {...loaderData} href={(page) => peopleHref(q, page)} label={t("admin.people.pages")} />
    </div>
  );
}
