import { data, Form } from "react-router";
import type { Route } from "./+types/resend-verification";
import { servicesContext } from "~/context.ts";
import { parseForm } from "~/lib/forms.ts";
import { requestVerificationMail } from "~/services/account/request-verification-mail.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { emailOnlySchema } from "./forms.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.resend.title");

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = parseForm(emailOnlySchema, form);
  if (!parsed.ok) return data({ sent: false, errors: parsed.errors, values: parsed.values }, { status: 400 });
  const result = await requestVerificationMail(context.get(servicesContext), null, { email: parsed.data.email, headers: request.headers });
  if (!result.ok) return data({ sent: false, errors: { _form: "account.rateLimited" }, values: { email: parsed.data.email } }, { status: 429 });
  return { sent: true, errors: {}, values: { email: parsed.data.email } };
});

export default function ResendVerification({ actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.resend.title")}</Heading>
      {actionData && "sent" in actionData && actionData.sent ? (
        <>
          <Alert type="ok">
            <Paragraph>{t("account.resend.sent")}</Paragraph>
          </Alert>
          <Paragraph>
            <Link to="/inloggen">{t("account.signIn.link")}</Link>
          </Paragraph>
        </>
      ) : (
        <>
          <Paragraph lead>{t("account.resend.intro")}</Paragraph>
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
            <Button>{t("account.resend.submit")}</Button>
          </Form>
        </>
      )}
    </div>
  );
}
