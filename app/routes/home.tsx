import type { Route } from "./+types/home";
import { Heading, Paragraph, ButtonLink } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

export function meta(_: Route.MetaArgs) {
  return [
    { title: "Technohub" },
    { name: "description", content: "Samen werken aan techniekonderwijs in de regio." },
  ];
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
