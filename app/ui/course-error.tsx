import { isRouteErrorResponse } from "react-router";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** Error page for the course and training-need pages: the use-case's Dutch message, inside the site's frame. */
export function CourseErrorPage({ error, back = "/cursussen", backLabel = "courses.backToCatalogue" }: { error: unknown; back?: string; backLabel?: string }) {
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data === "string" && error.data ? t(error.data) : null;
  const title = status === 404 ? t("error.notFound.title") : status === 403 ? t("error.forbidden.title") : t("error.generic.title");
  return (
    <div className="th-stack">
      <Heading level={1}>{title}</Heading>
      <Paragraph>{message ?? (status === 403 ? t("error.forbidden.body") : status === 404 ? t("error.notFound.body") : t("error.generic.body"))}</Paragraph>
      <Paragraph>
        <Link to={back}>{t(backLabel)}</Link>
      </Paragraph>
    </div>
  );
}
