import { data, isRouteErrorResponse } from "react-router";
import { DomainError, STATUS } from "~/domain/errors.ts";
import type { Translate } from "~/i18n/index.ts";
import { Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** Turns a use-case's DomainError into the HTTP answer, with its message in the reader's language. */
export function throwAsResponse(error: unknown, t: Translate): never {
  if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
  throw error;
}

/** The error page of the organisation pages, inside the site's header and footer. */
export function OrganisationErrorPage({ error }: { error: unknown }) {
  const t = useT();
  const status = isRouteErrorResponse(error) ? error.status : 500;
  const message = isRouteErrorResponse(error) && typeof error.data === "string" && error.data ? t(error.data) : null;
  const title =
    status === 404 ? t("organisations.notFound.title") : status === 403 ? t("organisations.forbidden.title") : t("error.generic.title");
  const body = status === 404 ? t("organisations.notFound") : (message ?? (status === 403 ? t("error.forbidden.body") : t("error.generic.body")));
  return (
    <div className="th-stack">
      <Heading level={1}>{title}</Heading>
      <Paragraph>{body}</Paragraph>
      <Paragraph>
        <Link to="/organisaties">{t("organisations.backToList")}</Link>
      </Paragraph>
    </div>
  );
}
