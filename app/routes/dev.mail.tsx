import type { Route } from "./+types/dev.mail";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { domainErrorResponse } from "~/services/auth/require.server.ts";
import { listOutbox } from "~/services/mail/list-outbox.server.ts";
import { Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { pageTitle } from "./auth/forms.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "devMail.title");

/** Testers read the platform's mail here (verification links, notices); absent in production. */
export async function loader({ context }: Route.LoaderArgs) {
  try {
    return { mails: await listOutbox(context.get(servicesContext)) };
  } catch (error) {
    throw domainErrorResponse(error);
  }
}

export default function DevMail({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <div className="th-stack">
      <Heading level={1}>{t("devMail.title")}</Heading>
      <Paragraph>{t("devMail.intro")}</Paragraph>
      {loaderData.mails.length ? (
        <Table caption={t("devMail.caption", { count: loaderData.mails.length })} className="th-mail-table">
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              <th scope="col" className="utrecht-table__header-cell">{t("devMail.time")}</th>
              <th scope="col" className="utrecht-table__header-cell">{t("devMail.to")}</th>
              <th scope="col" className="utrecht-table__header-cell">{t("devMail.subject")}</th>
              <th scope="col" className="utrecht-table__header-cell">{t("devMail.status")}</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {loaderData.mails.map((mail) => (
              <tr className="utrecht-table__row" key={mail.id}>
                <td className="utrecht-table__cell th-nowrap">
                  {formatDate(mail.createdAt, locale, { dateStyle: "short", timeStyle: "medium" })}
                </td>
                <td className="utrecht-table__cell th-break">{mail.to}</td>
                <td className="utrecht-table__cell">
                  <Link to={`/dev/mail/${mail.id}`}>{mail.subject}</Link>
                  {mail.attachmentCount ? <> ({t("devMail.attachmentCount", { count: mail.attachmentCount })})</> : null}
                </td>
                <td className="utrecht-table__cell">{t(`devMail.status.${mail.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      ) : (
        <Paragraph>{t("devMail.empty")}</Paragraph>
      )}
    </div>
  );
}
