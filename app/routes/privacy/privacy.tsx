import type { Route } from "./+types/privacy";
import { servicesContext, userContext } from "~/context.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { getPrivacyStatement } from "~/services/privacy/get-privacy-statement.server.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { pageTitle } from "~/ui/page-title.ts";
import { PrivacyContact, StatementBody } from "~/ui/privacy.tsx";
import { useT } from "~/ui/use-t.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "privacy.title");

/** /privacy: which personal data Technohub processes, for what, on which basis and how long; public. */
export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => getPrivacyStatement(context.get(servicesContext), context.get(userContext)));

export default function Privacy({ loaderData: s }: Route.ComponentProps) {
  const t = useT();
  return (
    <article className="th-stack th-statement">
      <Heading level={1}>{t("privacy.title")}</Heading>
      <Paragraph lead>{t("privacy.intro")}</Paragraph>
      <section className="th-stack" aria-labelledby="verantwoordelijke">
        <Heading level={2} id="verantwoordelijke">{t("privacy.controller.heading")}</Heading>
        <Paragraph>{t("privacy.controller.body")}</Paragraph>
      </section>
      <StatementBody statement={s} />
      <section className="th-stack" aria-labelledby="rechten">
        <Heading level={2} id="rechten">{t("privacy.rights.heading")}</Heading>
        <Paragraph>{t("privacy.rights.body")}</Paragraph>
        <Paragraph>
          <Link to="/account">{t("privacy.rights.account")}</Link>
        </Paragraph>
      </section>
      <section className="th-stack" aria-labelledby="contact">
        <Heading level={2} id="contact">{t("privacy.contact.heading")}</Heading>
        <PrivacyContact email={s.contactEmail} />
      </section>
    </article>
  );
}
