import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/sign-in";
import { servicesContext, userContext } from "~/context.ts";
import { safeRedirectPath, SIGNED_IN_HOME } from "~/domain/account/safe-redirect-path.ts";
import { parseForm } from "~/lib/forms.ts";
import { signIn } from "~/services/account/sign-in.server.ts";
import { Alert, Button, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { signInSchema } from "./forms.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.signIn.title");

/** Notices other pages hand over in the address after a redirect. */
const NOTICES: Record<string, string> = {
  bevestigd: "account.signIn.notice.verified",
  wachtwoord: "account.signIn.notice.passwordReset",
  uitgelogd: "account.signIn.notice.signedOut",
  // SAML single logout whose answer from the IdP did not check out (ADR 033): a warning, not a confirmation.
  "uitgelogd-onbevestigd": "account.signIn.notice.signedOutUnconfirmed",
};
const WARNINGS = new Set(["account.signIn.notice.signedOutUnconfirmed"]);

export function loader({ request, context }: Route.LoaderArgs) {
  const params = new URL(request.url).searchParams;
  const redirectTo = safeRedirectPath(params.get("redirectTo"), SIGNED_IN_HOME);
  if (context.get(userContext)) throw redirect(redirectTo);
  const notice = Object.keys(NOTICES).find((key) => params.has(key));
  return { redirectTo, notice: notice ? NOTICES[notice]! : null };
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const parsed = parseForm(signInSchema, form);
  if (!parsed.ok) return data({ unverified: false, errors: parsed.errors, values: parsed.values, retryMinutes: null }, { status: 400 });
  const { email, password, redirectTo } = parsed.data;
  const back = safeRedirectPath(redirectTo, SIGNED_IN_HOME);
  const result = await signIn(context.get(servicesContext), null, { email, password, headers: request.headers, returnTo: back === SIGNED_IN_HOME ? null : back });
  if (result.ok) throw redirect(safeRedirectPath(redirectTo, SIGNED_IN_HOME), { headers: result.cookies });
  const values = { email, redirectTo: safeRedirectPath(redirectTo, SIGNED_IN_HOME) };
  switch (result.reason) {
    case "unverified":
      return data({ unverified: true, errors: {}, values, retryMinutes: null }, { status: 403 });
    case "throttled":
      return data({ unverified: false, errors: { _form: "account.signIn.throttled" }, values, retryMinutes: result.retryAfterMinutes }, { status: 429 });
    case "rate_limited":
      return data({ unverified: false, errors: { _form: "account.rateLimited" }, values, retryMinutes: null }, { status: 429 });
    case "wrong_credentials":
      return data({ unverified: false, errors: { _form: "account.signIn.wrongCredentials" }, values, retryMinutes: null }, { status: 400 });
    case "blocked":
      return data({ unverified: false, errors: { _form: "account.signIn.blocked" }, values, retryMinutes: null }, { status: 403 });
    default:
      return data({ unverified: false, errors: { _form: "account.signIn.refused" }, values, retryMinutes: null }, { status: 403 });
  }
});

export default function SignIn({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const retryMinutes = actionData && "retryMinutes" in actionData ? actionData.retryMinutes : null;
  // ErrorSummary translates keys without parameters; the throttle message needs its minutes, with a real plural.
  const errors: Record<string, string> = retryMinutes
    ? { _form: t("account.signIn.throttled", { count: retryMinutes }) }
    : (actionData?.errors ?? {});
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const redirectTo = values.redirectTo ?? loaderData.redirectTo;
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.signIn.title")}</Heading>
      {loaderData.notice && !actionData ? (
        WARNINGS.has(loaderData.notice) ? (
          <Alert type="warning" role="alert">
            <Paragraph>{t(loaderData.notice)}</Paragraph>
          </Alert>
        ) : (
          <Alert type="ok">
            <Paragraph>{t(loaderData.notice)}</Paragraph>
          </Alert>
        )
      ) : null}
      {actionData && "unverified" in actionData && actionData.unverified ? (
        <Alert type="warning" role="alert">
          <Paragraph>{t("account.signIn.unverified", { email: values.email ?? "" })}</Paragraph>
          <Paragraph>
            <Link to="/email-bevestigen/opnieuw">{t("account.signIn.unverifiedHelp")}</Link>
          </Paragraph>
        </Alert>
      ) : null}
      <ErrorSummary errors={errors} labels={{ email: t("account.field.email"), password: t("account.field.password") }} />
      <Form method="post" noValidate className="th-stack">
        <input type="hidden" name="redirectTo" value={redirectTo} />
        <TextField
          name="email"
          type="email"
          label={t("account.field.email")}
          autoComplete="username"
          inputMode="email"
          spellCheck={false}
          defaultValue={values.email}
          error={errors.email}
        />
        <TextField name="password" type="password" label={t("account.field.password")} autoComplete="current-password" error={errors.password} />
        <Button>{t("account.signIn.submit")}</Button>
      </Form>
      <Paragraph>
        <Link to="/wachtwoord-vergeten">{t("account.forgot.link")}</Link>
      </Paragraph>
      <section aria-labelledby="sign-in-federated" className="th-stack">
        <Heading level={2} id="sign-in-federated">
          {t("identity.signIn.section")}
        </Heading>
        <Paragraph>{t("identity.signIn.sectionLead")}</Paragraph>
        <div>
          <ButtonLink appearance="secondary" to={`/inloggen/organisatie?redirectTo=${encodeURIComponent(redirectTo)}`}>
            {t("identity.signIn.title")}
          </ButtonLink>
        </div>
      </section>
      <Paragraph>
        {t("account.signIn.noAccount")}{" "}
        <Link to={redirectTo === SIGNED_IN_HOME ? "/registreren" : `/registreren?redirectTo=${encodeURIComponent(redirectTo)}`}>{t("account.signUp.link")}</Link>
      </Paragraph>
    </div>
  );
}
