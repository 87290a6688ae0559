import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/confirm";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { DomainError } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { confirmEmployeeRegistration } from "~/services/courses/confirm-employee-registration.server.ts";
import { Alert, Button, Heading, Paragraph } from "~/ui/components.tsx";
import { CourseErrorPage } from "~/ui/course-error.tsx";
import { useT } from "~/ui/use-t.ts";

export function loader({ context }: Route.LoaderArgs) {
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { title: `${t("courses.confirm.title")} | ${t("app.name")}` };
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanmelding bevestigen | Technohub" }, { name: "robots", content: "noindex" }];
}

/** Confirming is a POST: mail scanners that open links must not confirm on someone's behalf. */
export async function action({ params, context }: Route.ActionArgs) {
  try {
    const result = await confirmEmployeeRegistration(context.get(servicesContext), params.token);
    throw redirect(`/aanmelding/${result.id}?sleutel=${encodeURIComponent(result.token)}&bevestigd`);
  } catch (error) {
    if (error instanceof DomainError) return data({ error: error.message }, { status: error.kind === "not_found" ? 404 : 400 });
    throw error;
  }
}

export default function Confirm({ actionData }: Route.ComponentProps) {
  const t = useT();
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.confirm.title")}</Heading>
      {actionData?.error ? (
        <Alert type="error">
          <Paragraph>{actionData.error}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("courses.confirm.intro")}</Paragraph>
      <Form method="post">
        <Button>{t("courses.confirm.submit")}</Button>
      </Form>
    </div>
  );
}

export function ErrorBoundary({ error }: Route.ErrorBoundaryProps) {
  return <CourseErrorPage error={error} />;
}
