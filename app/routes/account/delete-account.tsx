import { Form, redirect } from "react-router";
import type { Route } from "./+types/delete-account";
import { servicesContext } from "~/context.ts";
import { formInput } from "~/lib/forms.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { deleteAccount } from "~/services/account/delete-account.server.ts";
import { getAccountOverview } from "~/services/account/get-account-overview.server.ts";
import { signOut } from "~/services/account/sign-out.server.ts";
import { Alert, Button, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";
import { deleteAccountSchema } from "./forms.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.delete.title");

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const { networks } = await getAccountOverview(context.get(servicesContext), user);
  return { email: user.email, coordinatedNetworks: networks.map((n) => n.name) };
});

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await deleteAccount(services, user, formInput(deleteAccountSchema, form));
  // The session row went with the account; this clears the cookie in the browser.
  const { cookies } = await signOut(services, user, { headers: request.headers });
  return redirect("/account/verwijderd", { headers: cookies });
});

export default function DeleteAccount({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const errors: Record<string, string> = actionData?.errors ?? {};
  const label = t("account.delete.confirmLabel");
  return (
    <div className="th-narrow th-stack">
      <Heading level={1}>{t("account.delete.title")}</Heading>
      <Paragraph lead>{t("account.delete.lead")}</Paragraph>
      {loaderData.coordinatedNetworks.length ? (
        <Alert type="warning">
          <Paragraph>{t("account.delete.coordinatorWarning", { networks: loaderData.coordinatedNetworks.join(", ") })}</Paragraph>
        </Alert>
      ) : null}
      <Heading level={2}>{t("account.delete.removedTitle")}</Heading>
      <UnorderedList>
        <li>{t("account.delete.removed.account")}</li>
        <li>{t("account.delete.removed.roles")}</li>
        <li>{t("account.delete.removed.sessions")}</li>
        <li>{t("account.delete.removed.mails")}</li>
      </UnorderedList>
      <Heading level={2}>{t("account.delete.keptTitle")}</Heading>
      <UnorderedList>
        <li>{t("account.delete.kept.proposals")}</li>
        <li>{t("account.delete.kept.organisations")}</li>
      </UnorderedList>
      <Paragraph>{t("account.delete.keptNote")}</Paragraph>
      <Paragraph>
        {t("account.delete.copyFirst")}{" "}
        <a className="utrecht-link" href="/account/gegevens.json" download>
          {t("account.data.download")}
        </a>
      </Paragraph>
      <ErrorSummary errors={errors} labels={{ confirmEmail: label }} />
      <Form method="post" noValidate className="th-stack">
        <TextField
          name="confirmEmail"
          type="email"
          label={label}
          description={t("account.delete.confirmHint", { email: loaderData.email })}
          autoComplete="off"
          spellCheck={false}
          error={errors.confirmEmail}
        />
        <Button danger>{t("account.delete.submit")}</Button>
      </Form>
      <Paragraph>
        <Link to="/account">{t("account.delete.cancel")}</Link>
      </Paragraph>
    </div>
  );
}
