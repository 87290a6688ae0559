import type { Route } from "./+types/mail";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { listOutbox } from "~/lib/mail/list-outbox.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { devToolGate } from "~/lib/dev-access.server.ts";

/** Only this machine or a platform administrator may read the outbox; others get 404. */
export const middleware: Route.MiddlewareFunction[] = [devToolGate("mail")];

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "devMail.title");

/** Testers read the platform's mail here (verification links, notices); absent in production. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => ({ mails: await listOutbox(context.get(servicesContext)) }));

export default function DevMail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-stack th-devmail">
      <Heading level={1}>{t("devMail.title")}</Heading>
      <Paragraph>{t("devMail.intro")}</Paragraph>
      {loaderData.mails.length ? (
        <>
          <Heading level={2}>{t("devMail.caption", { count: loaderData.mails.length })}</Heading>
          <ol className="th-mail-list">
            {loaderData.mails.map((mail) => (
              <li className="th-mail-list__item" key={mail.id}>
                <Link to={`/dev/mail/${mail.id}`} className="th-mail-list__subject">
                  {mail.subject}
                </Link>
                <dl className="th-mail-list__facts">
                  <div>
                    <dt>{t("devMail.to")}</dt>
                    <dd>{mail.to}</dd>
                  </div>
                  <div>
                    <dt>{t("devMail.time")}</dt>
                    <dd>{formatDate(mail.createdAt, locale, { dateStyle: "short", timeStyle: "medium" })}</dd>
                  </div>
                  <div>
                    <dt>{t("devMail.status")}</dt>
                    <dd>
                      {t(`devMail.status.${mail.status}`)}
                      {mail.attachmentCount ? <> · {t("devMail.attachmentCount", { count: mail.attachmentCount })}</> : null}
                    </dd>
                  </div>
                </dl>
              </li>
            ))}
          </ol>
        </>
      ) : (
        <Paragraph>{t("devMail.empty")}</Paragraph>
      )}
    </div>
  );
}
