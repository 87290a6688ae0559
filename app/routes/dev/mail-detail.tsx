import type { Route } from "./+types/mail-detail";
import { servicesContext } from "~/context.ts";
import { splitLinks } from "~/domain/account/text-links.ts";
import { formatDate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { loadOutboxMail } from "~/lib/mail/load-outbox-mail.server.ts";
import { DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { devToolGate } from "~/lib/dev-access.server.ts";

/** Only this machine or a platform administrator may read the outbox; others get 404. */
export const middleware: Route.MiddlewareFunction[] = [devToolGate("mail")];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "devMail.title");

export const loader = routeLoader(async ({ params, context }: Route.LoaderArgs) => {
  const mail = await loadOutboxMail(context.get(servicesContext), params.id);
  return {
    mail: {
      id: mail.id,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      status: mail.status,
      error: mail.error,
      createdAt: mail.createdAt,
      sentAt: mail.sentAt,
      attachments: mail.attachments.map((a, index) => ({ index, filename: a.filename, contentType: a.contentType })),
    },
  };
});

export default function DevMailDetail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { mail } = loaderData;
  return (
    <div className="th-stack th-devmail">
      <Paragraph>
        <Link to="/dev/mail">{t("devMail.back")}</Link>
      </Paragraph>
      <Heading level={1}>{mail.subject}</Heading>
      <DataList
        items={[
          { label: t("devMail.to"), value: mail.to },
          { label: t("devMail.time"), value: formatDate(mail.createdAt, locale, { dateStyle: "long", timeStyle: "medium" }) },
          { label: t("devMail.status"), value: t(`devMail.status.${mail.status}`) + (mail.error ? ` — ${mail.error}` : "") },
        ]}
      />
      <Heading level={2}>{t("devMail.body")}</Heading>
      <div className="th-mail-text">
        {splitLinks(mail.text).map((part, i) =>
          part.kind === "link" ? (
            <a key={i} className="utrecht-link" href={part.href}>
              {part.href}
            </a>
          ) : (
            <span key={i}>{part.value}</span>
          ),
        )}
      </div>
      {mail.attachments.length ? (
        <>
          <Heading level={2}>{t("devMail.attachments")}</Heading>
          <UnorderedList>
            {mail.attachments.map((a) => (
              <li key={a.index}>
                <a className="utrecht-link" href={`/dev/mail/${mail.id}/bijlage/${a.index}`} download={a.filename}>
                  {a.filename}
                </a>{" "}
                <span className="th-muted">({a.contentType})</span>
              </li>
            ))}
          </UnorderedList>
        </>
      ) : null}
    </div>
  );
}
