import { Form, redirect, Link as RouterLink } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/inbox";
import { servicesContext } from "~/context.ts";
import { inboxHref, inboxQuery } from "~/domain/inbox/notification.ts";
import { formatDate } from "~/i18n/index.ts";
import { formInput, queryObject } from "~/lib/forms.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { listNotifications } from "~/services/inbox/list-notifications.server.ts";
import { updateAllNotifications } from "~/services/inbox/update-all-notifications.server.ts";
import { updateNotification } from "~/services/inbox/update-notification.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "inbox.title");

const NOTICES: Record<string, string> = { gelezen: "inbox.notice.read", allesgelezen: "inbox.notice.allRead" };

/** The person's own messages, newest first, a page at a time; `?ongelezen=1` only the unread. */
export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const url = new URL(request.url);
  const query = inboxQuery.parse(queryObject(url));
  const list = await listNotifications(context.get(servicesContext), user, { unreadOnly: query.ongelezen, page: query.pagina });
  const notice = Object.keys(NOTICES).find((key) => url.searchParams.has(key));
  return { ...list, notice: notice ? NOTICES[notice]! : null };
});

const actionSchema = z.discriminatedUnion("intent", [
  z.object({ intent: z.literal("read"), id: z.string().min(1, { error: "inbox.error.notFound" }) }),
  z.object({ intent: z.literal("all-read") }),
], { error: "inbox.error.intent" });

/** "Markeer als gelezen" for one item, "Alles gelezen" for all; back to the same page of the list. */
export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const input = formInput(actionSchema, form);
  const services = context.get(servicesContext);
  const url = new URL(request.url);
  const query = inboxQuery.parse(queryObject(url));
  const back = inboxHref({ unreadOnly: query.ongelezen, page: query.pagina });
  const separator = back.includes("?") ? "&" : "?";
  if (input.intent === "read") {
    await updateNotification(services, user, { id: input.id });
    return redirect(`${back}${separator}gelezen=1`);
  }
  await updateAllNotifications(services, user);
  return redirect(`${back}${separator}allesgelezen=1`);
});

type Item = Route.ComponentProps["loaderData"]["items"][number];

function NotificationItem({ item }: { item: Item }) {
  const t = useT();
  const locale = useLocale();
  const unread = item.readAt === null;
  const headingId = `bericht-${item.id}`;
  return (
    <li className={unread ? "th-inbox__item th-inbox__item--unread" : "th-inbox__item"}>
      <Heading level={2} appearance={4} id={headingId} className="th-inbox__subject">
        {/* A whole page load: opening marks the item read, and the menu's count must follow. */}
        <RouterLink className="utrecht-link" to={`/inbox/${item.id}`} reloadDocument>
          {item.subject}
        </RouterLink>
      </Heading>
      <p className="utrecht-paragraph th-inbox__meta">
        {unread ? <Badge>{t("inbox.item.unread")}</Badge> : <span className="th-visually-hidden">{t("inbox.item.read")}</span>}{" "}
        <span className="th-muted">
          {t(`inbox.kind.${item.kind}`)} · {t("inbox.item.received", { date: formatDate(item.createdAt, locale, { dateStyle: "long", timeStyle: "short" }) })}
        </span>
      </p>
      <Paragraph>{item.excerpt}</Paragraph>
      {unread ? (
        <Form method="post">
          <input type="hidden" name="intent" value="read" />
          <input type="hidden" name="id" value={item.id} />
          {/* Named by its own text and the item's subject, so each of these buttons says which message it reads. */}
          <Button appearance="subtle" id={`${headingId}-lezen`} aria-labelledby={`${headingId}-lezen ${headingId}`}>
            {t("inbox.item.markRead")}
          </Button>
        </Form>
      ) : null}
    </li>
  );
}

function Pagination({ page, pages, unreadOnly }: { page: number; pages: number; unreadOnly: boolean }) {
  const t = useT();
  if (pages <= 1) return null;
  return (
    <nav aria-label={t("inbox.pagination.label")} className="th-inbox__pages">
      {page > 1 ? <Link to={inboxHref({ unreadOnly, page: page - 1 })}>{t("inbox.pagination.previous")}</Link> : null}
      <span>{t("inbox.pagination.page", { page, pages })}</span>
      {page < pages ? <Link to={inboxHref({ unreadOnly, page: page + 1 })}>{t("inbox.pagination.next")}</Link> : null}
    </nav>
  );
}

export default function Inbox({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { items, unread, page, pages, unreadOnly, notice } = loaderData;
  const errors = actionData && "errors" in actionData ? actionData.errors : null;
  return (
    <div className="th-stack th-inbox">
      <Heading level={1}>{t("inbox.title")}</Heading>
      <Paragraph>{t("inbox.intro")}</Paragraph>
      {notice && !actionData ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} />
      <Paragraph>{unread === 0 ? t("inbox.noneUnread") : t("inbox.summary", { count: unread })}</Paragraph>
      <div className="th-inbox__tools">
        <nav aria-label={t("inbox.filter.label")}>
          <ul className="th-inbox__filter">
            <li>
              <Link to={inboxHref({ unreadOnly: false, page: 1 })} aria-current={unreadOnly ? undefined : "page"}>
                {t("inbox.filter.all")}
              </Link>
            </li>
            <li>
              <Link to={inboxHref({ unreadOnly: true, page: 1 })} aria-current={unreadOnly ? "page" : undefined}>
                {t("inbox.filter.unread")}
              </Link>
            </li>
          </ul>
        </nav>
        {unread > 0 ? (
          <Form method="post">
            <input type="hidden" name="intent" value="all-read" />
            <Button appearance="secondary">{t("inbox.allRead")}</Button>
          </Form>
        ) : null}
      </div>
      {items.length === 0 ? (
        <Paragraph>{t(unreadOnly ? "inbox.emptyUnread" : "inbox.empty")}</Paragraph>
      ) : (
        <ol className="th-inbox__list" aria-label={t("inbox.list")}>
          {items.map((item) => (
            <NotificationItem key={item.id} item={item} />
          ))}
        </ol>
      )}
      <Pagination page={page} pages={pages} unreadOnly={unreadOnly} />
      <Paragraph>
        <Link to="/inbox/instellingen">{t("inbox.settings.link")}</Link>
      </Paragraph>
    </div>
  );
}
