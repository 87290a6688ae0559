import { data, Form } from "react-router";
import type { Route } from "./+types/forgot-password";
import { servicesContext } from "~/context.ts";
import { parseForm } from "~/lib/forms.ts";
import { requestPasswordReset } from "~/services/account/request-password-reset.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { emailOnlySchema } from "./forms.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.forgot.title");

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = parseForm(emailOnlySchema, form);
  if (!parsed.ok) return data({ sent: false, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await requestPasswordReset(context.get(servicesContext), null, { email: parsed.data.email, headers: request.headers });
  if (!result.ok) return data({ sent: false, errors: { _form: "account.rateLimited" }, values: { email: parsed.data.email } }, { status: 429 });
  // The same answer whether or not the address has an account.
  return { sent: true, errors: {}, values: { email: parsed.data.email } };
});

export default function ForgotPassword({ actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.forgot.title")}</Heading>
      {actionData && "sent" in actionData && actionData.sent ? (
        <>
          <Alert type="ok">
            <Paragraph>{t("account.forgot.sent", { email: values.email ?? "" })}</Paragraph>
          </Alert>
          <Paragraph>{t("account.forgot.sentHelp")}</Paragraph>
          <Paragraph>
            <Link to="/inloggen">{t("account.signIn.link")}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t("account.forgot.intro")}</Paragraph>
          <ErrorSummary errors={errors} labels={{ email: t("account.field.email") }} />
          <Form method="post" noValidate className="th-stack">
            <TextField
              name="email"
              type="email"
              label={t("account.field.email")}
              autoComplete="email"
              inputMode="email"
              spellCheck={false}
              defaultValue={values.email}
              error={errors.email}
            />
            <Button>{t("account.forgot.submit")}</Button>
          </Form>
          <Paragraph>
            <Link to="/inloggen">{t("account.forgot.back")}</Link>
          </Paragraph>
        </>
      )}
    </div>
  );
}
