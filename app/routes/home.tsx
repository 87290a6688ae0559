import type { Route } from "./+types/home";
import { Heading, Paragraph, ButtonLink } from "~/ui/components.tsx";
import { metaTranslator } from "~/ui/page-title.ts";
import { useT } from "~/ui/use-t.ts";

export function meta({ matches }: Route.MetaArgs) {
  const t = metaTranslator(matches);
  return [{ title: t("app.name") }, { name: "description", content: t("meta.homeDescription") }];
}

export default function Home() {
  const t = useT();
  return (
    <>
      <Heading level={1}>{t("app.tagline")}</Heading>
      <Paragraph lead>{t("home.intro")}</Paragraph>
      <ButtonLink to="/netwerken">{t("home.cta.networks")}</ButtonLink>
    </>
  );
}
