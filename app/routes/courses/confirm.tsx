import { Form, redirect } from "react-router";
import type { Route } from "./+types/confirm";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { confirmEmployeeRegistration } from "~/services/courses/confirm-employee-registration.server.ts";
import { Alert, Button, Heading, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ context }: Route.LoaderArgs) => {
  const t = translator(context.get(userContext)?.locale ?? context.get(requestContext).locale);
  return { title: `${t("courses.confirm.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanmelding bevestigen | Technohub" }, { name: "robots", content: "noindex" }];
}

/**
 * Confirming is a POST: mail scanners that open links must not confirm on someone's behalf.
 * The link's token is the permission; an unknown token is 404 whatever the body holds.
 */
export const action = routeAction(async ({ params, context }: WithForm<Route.ActionArgs>) => {
  const result = await confirmEmployeeRegistration(context.get(servicesContext), context.get(userContext), { token: params.token });
  throw redirect(`/aanmelding/${result.id}?sleutel=${encodeURIComponent(result.token)}&bevestigd`);
});

export default function Confirm({ actionData }: Route.ComponentProps) {
  const t = useT();
  const refusal = actionData?.errors._form;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.confirm.title")}</Heading>
      {refusal ? (
        <Alert type="error">
          <Paragraph>{t(refusal)}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>{t("courses.confirm.intro")}</Paragraph>
      <Form method="post">
        <Button>{t("courses.confirm.submit")}</Button>
      </Form>
    </div>
  );
}
