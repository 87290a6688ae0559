import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/account";
import { servicesContext } from "~/context.ts";
import { formatDate } from "~/i18n/index.ts";
import { parseForm } from "~/lib/forms.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getAccountOverview } from "~/services/account/get-account-overview.server.ts";
import { updateProfile } from "~/services/account/update-profile.server.ts";
import { Alert, Badge, Button, DataList, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { profileSchema } from "./forms.ts";
import { pageTitle } from "../../ui/page-title.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";

export const meta: Route.MetaFunction = ({ matches }) => pageTitle(matches, "account.overview.title");

const NOTICES: Record<string, string> = {
  bevestigd: "account.overview.notice.verified",
  opgeslagen: "account.overview.notice.saved",
};

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const overview = await getAccountOverview(context.get(servicesContext), user);
  const params = new URL(request.url).searchParams;
  const notice = Object.keys(NOTICES).find((key) => params.has(key));
  return { ...overview, notice: notice ? NOTICES[notice]! : null };
});

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const parsed = parseForm(profileSchema, form);
  if (!parsed.ok) return data({ errors: parsed.errors, values: parsed.values }, { status: 400 });
  await updateProfile(context.get(servicesContext), user, { ...parsed.data, headers: request.headers });
  // The language cookie follows the choice, so the site keeps it after signing out.
  return redirect("/account?opgeslagen=1", {
    headers: { "set-cookie": `lang=${parsed.data.locale}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
});

export default function Account({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { person, organisations, networks, notice } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="th-stack th-account">
      <Heading level={1}>{t("account.overview.title")}</Heading>
      {notice && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      <DataList
        items={[
          { label: t("account.field.name"), value: person.name },
          { label: t("account.field.email"), value: person.email },
          { label: t("account.overview.since"), value: formatDate(person.createdAt, locale) },
        ]}
      />

      <section aria-labelledby="organisaties" className="th-stack">
        <Heading level={2} id="organisaties">
          {t("account.overview.organisations")}
        </Heading>
        {organisations.length ? (
          <UnorderedList>
            {organisations.map((o) => (
              <li key={o.id}>
                {o.name} <span className="th-muted">({t(`account.orgKind.${o.kind}`)})</span>{" "}
                <Badge>{t(o.role === "admin" ? "account.role.admin" : "account.role.member")}</Badge>
              </li>
            ))}
          </UnorderedList>
        ) : (
          <Paragraph>{t("account.overview.noOrganisations")}</Paragraph>
        )}
      </section>

      {networks.length ? (
        <section aria-labelledby="netwerken" className="th-stack">
          <Heading level={2} id="netwerken">
            {t("account.overview.networks")}
          </Heading>
          <UnorderedList>
            {networks.map((n) => (
              <li key={n.id}>
                <Link to={`/netwerken/${n.slug}`}>{n.name}</Link>
              </li>
            ))}
          </UnorderedList>
        </section>
      ) : null}

      <section aria-labelledby="wijzigen" className="th-stack">
        <Heading level={2} id="wijzigen">
          {t("account.profile.title")}
        </Heading>
        <ErrorSummary errors={errors} labels={{ name: t("account.field.name"), locale: t("account.field.locale") }} />
        <Form method="post" noValidate className="th-stack">
          <TextField name="name" label={t("account.field.name")} autoComplete="name" defaultValue={values.name ?? person.name} error={errors.name} />
          <SelectField
            name="locale"
            label={t("account.field.locale")}
            defaultValue={values.locale ?? person.locale}
            error={errors.locale}
            options={[
              { value: "nl", label: "Nederlands" },
              { value: "en", label: "English" },
            ]}
          />
          <Button appearance="secondary">{t("account.profile.submit")}</Button>
        </Form>
        <Paragraph>
          {t("account.profile.passwordHelp")} <Link to="/wachtwoord-vergeten">{t("account.profile.passwordLink")}</Link>
        </Paragraph>
      </section>

      <section aria-labelledby="gegevens" className="th-stack">
        <Heading level={2} id="gegevens">
          {t("account.data.title")}
        </Heading>
        <Paragraph>{t("account.data.intro")}</Paragraph>
        <p className="utrecht-paragraph">
          <a className="utrecht-button-link utrecht-button-link--secondary-action" href="/account/gegevens.json" download>
            {t("account.data.download")}
          </a>
        </p>
      </section>

      <section aria-labelledby="verwijderen" className="th-stack">
        <Heading level={2} id="verwijderen">
          {t("account.delete.title")}
        </Heading>
        <Paragraph>{t("account.delete.teaser")}</Paragraph>
        <Paragraph>
          <Link to="/account/verwijderen">{t("account.delete.link")}</Link>
        </Paragraph>
      </section>
    </div>
  );
}
