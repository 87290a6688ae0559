import type { Route } from "./+types/sign-up-sent";
import { servicesContext } from "~/context.ts";
import { canUseDevTool } from "~/lib/dev-access.server.ts";
import { Alert, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";
import { pageTitle } from "../../ui/page-title.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.signUpSent.title");

export function loader({ context }: Route.LoaderArgs) {
  return { devTools: canUseDevTool(context, "mail") };
}

export default function SignUpSent({ loaderData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.signUpSent.title")}</Heading>
      <Paragraph lead>{t("account.signUpSent.body")}</Paragraph>
      <Paragraph>{t("account.signUpSent.validity")}</Paragraph>
      <Paragraph>
        {t("account.signUpSent.noMail")} <Link to="/email-bevestigen/opnieuw">{t("account.resend.link")}</Link>
      </Paragraph>
      {loaderData.devTools ? (
        <Alert type="info">
          <Paragraph>
            {t("account.devMailHint")} <Link to="/dev/mail">{t("nav.devMail")}</Link>
          </Paragraph>
        </Alert>
      ) : null}
    </div>
  );
}
