import { data, Form, redirect, useLocation } from "react-router";
import type { Route } from "./+types/organisation";
import { requestContext, servicesContext } from "~/context.ts";
import { organisationActionSchema } from "~/domain/admin/forms.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { formInput } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { decideOrganisationMerge } from "~/services/admin/decide-organisation-merge.server.ts";
import { getAdminOrganisation } from "~/services/admin/get-admin-organisation.server.ts";
import { verifyAdminAccess } from "~/services/admin/verify-admin-access.server.ts";
import { verifyOrganisation } from "~/services/admin/verify-organisation.server.ts";
import { Alert, Button, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack, ConfirmStep } from "./confirm.tsx";

const DONE = ["bevestigd", "onbevestigd", "samengevoegd"] as const;

/** /beheer/organisaties/:slug: verify an organisation, or merge a duplicate into it. */
export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  redirectWithoutEmptyFields(request, ["zoek"]);
  const search = new URL(request.url).searchParams;
  const q = search.get("zoek")?.slice(0, 100) ?? "";
  const view = await getAdminOrganisation(context.get(servicesContext), user, { slug: slugParam(params.slug), q });
  return { ...view, q, done: DONE.find((d) => search.has(d)) ?? null, title: `${view.organisation.name} – ${t("admin.organisations.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisatie beheren | Technohub" }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await verifyAdminAccess(services, user);
  const slug = slugParam(params.slug);
  const input = formInput(organisationActionSchema, form);
  switch (input.intent) {
    case "verify":
    case "unverify":
      await verifyOrganisation(services, user, { slug, verified: input.intent === "verify" });
      throw redirect(`/beheer/organisaties/${slug}?${input.intent === "verify" ? "bevestigd" : "onbevestigd"}`);
    case "merge": {
      if (!input.confirmed) return data({ confirm: { into: input.into } });
      const kept = await decideOrganisationMerge(services, user, { slug, intoSlug: input.into });
      throw redirect(`/beheer/organisaties/${kept.slug}?samengevoegd`);
    }
  }
});

export default function AdminOrganisation({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { organisation, members, offers, others, searched, q, done } = loaderData;
  const location = useLocation();
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const here = `/beheer/organisaties/${organisation.slug}`;
  const intoName = confirm ? (others.find((o) => o.slug === confirm.into)?.name ?? confirm.into) : "";
  return (
    <div className="th-stack">
      <AdminBack to="/beheer/organisaties" label={t("admin.organisations.back")} />
      <Heading level={1}>{organisation.name}</Heading>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(`admin.organisations.done.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      {confirm ? (
        <ConfirmStep title={t("admin.organisations.confirmMerge")} fields={{ intent: "merge", into: confirm.into }} confirmLabel={t("admin.organisations.mergeYes")} cancelTo={here}>
          <Paragraph>{t("admin.organisations.mergeExplain", { from: organisation.name, into: intoName })}</Paragraph>
        </ConfirmStep>
      ) : null}
      <ErrorSummary errors={errors} />
      <DataList
        items={[
          { label: t("admin.organisations.kind"), value: t(`organisations.kind.${organisation.kind}`) },
          { label: t("admin.organisations.place"), value: organisation.place ?? "–" },
          { label: t("admin.organisations.kvk"), value: organisation.kvkNumber ?? "–" },
          { label: t("admin.organisations.members"), value: String(members) },
          { label: t("admin.organisations.offers"), value: String(offers) },
          { label: t("admin.organisations.verified"), value: organisation.verifiedAt ? formatDate(organisation.verifiedAt, locale) : t("admin.organisations.notVerified") },
        ]}
      />
      <Paragraph>
        <Link to={`/organisaties/${organisation.slug}`}>{t("admin.organisations.publicPage")}</Link>
      </Paragraph>
      <Form method="post">
        <input type="hidden" name="intent" value={organisation.verifiedAt ? "unverify" : "verify"} />
        <Button appearance={organisation.verifiedAt ? "secondary" : "primary"}>{t(organisation.verifiedAt ? "admin.organisations.unverify" : "admin.organisations.verify")}</Button>
      </Form>
      <section className="th-card th-stack" aria-labelledby="samenvoegen">
        <Heading level={2} id="samenvoegen">
          {t("admin.organisations.mergeTitle")}
        </Heading>
        <Paragraph>{t("admin.organisations.mergeIntro", { name: organisation.name })}</Paragraph>
        {/* Thousands of organisations of a kind at national size: the choice is searched, not scrolled. */}
        <search>
          <Form method="get" action={`${here}#samenvoegen`} className="th-stack" key={location.search}>
            <TextField name="zoek" label={t("admin.organisations.mergeSearch")} description={t("admin.organisations.mergeSearchHint")} defaultValue={q} autoComplete="off" />
            <div>
              <Button appearance="secondary">{t("admin.organisations.mergeSearchSubmit")}</Button>
            </div>
          </Form>
        </search>
        <Paragraph>
          {others.length === 0
            ? t(searched ? "admin.organisations.mergeFoundNone" : "admin.organisations.mergeSimilarNone")
            : t(searched ? "admin.organisations.mergeFound" : "admin.organisations.mergeSimilar", { count: others.length })}
        </Paragraph>
        <Form method="post" className="th-stack" noValidate>
          <input type="hidden" name="intent" value="merge" />
          <SelectField
            name="into"
            label={t("admin.organisations.mergeInto")}
            placeholder={t("admin.choose")}
            options={others.map((o) => ({ value: o.slug, label: o.place ? `${o.name} (${o.place})` : o.name }))}
            error={errors.into}
          />
          <div>
            <Button appearance="secondary" danger>
              {t("admin.organisations.merge")}
            </Button>
          </div>
        </Form>
      </section>
    </div>
  );
}
