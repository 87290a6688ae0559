import type { Route } from "./+types/account-deleted";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.deleted.title");

export default function AccountDeleted() {
  const t = useT();
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.deleted.title")}</Heading>
      <Paragraph lead>{t("account.deleted.body")}</Paragraph>
      <Paragraph>{t("account.deleted.kept")}</Paragraph>
      <Paragraph>
        <Link to="/">{t("account.deleted.home")}</Link>
      </Paragraph>
    </div>
  );
}
