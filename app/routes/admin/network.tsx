import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/network";
import { requestContext, servicesContext } from "~/context.ts";
import { networkActionSchema } from "~/domain/admin/forms.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { assignCoordinator } from "~/services/admin/assign-coordinator.server.ts";
import { decideNetworkMerge } from "~/services/admin/decide-network-merge.server.ts";
import { getAdminNetwork } from "~/services/admin/get-admin-network.server.ts";
import { removeCoordinator } from "~/services/admin/remove-coordinator.server.ts";
import { updateNetworkArchive } from "~/services/admin/update-network-archive.server.ts";
import { updateNetwork } from "~/services/admin/update-network.server.ts";
import { verifyAdminAccess } from "~/services/admin/verify-admin-access.server.ts";
import { Alert, Button, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { AdminBack, ConfirmStep } from "./confirm.tsx";
import { NetworkFields } from "./network-fields.tsx";

const DONE = ["aangemaakt", "opgeslagen", "gearchiveerd", "hersteld", "aangesteld", "ontheven", "samengevoegd"] as const;

/** /beheer/netwerken/:slug: correct, archive or restore, merge, and appoint or remove coordinators. */
export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const view = await getAdminNetwork(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const search = new URL(request.url).searchParams;
  return { ...view, done: DONE.find((d) => search.has(d)) ?? null, title: `${view.network.name} – ${t("admin.networks.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Netwerk beheren | Technohub" }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  await verifyAdminAccess(services, user);
  const slug = slugParam(params.slug);
  const input = formInput(networkActionSchema, form);
  const here = `/beheer/netwerken/${slug}`;
  switch (input.intent) {
    case "update": {
      const { intent: _intent, ...fields } = input;
      await updateNetwork(services, user, { ...fields, slug });
      throw redirect(`${here}?opgeslagen`);
    }
    case "archive":
      if (!input.confirmed) return data({ confirm: { intent: "archive" as const, into: "" } });
      await updateNetworkArchive(services, user, { slug, archived: true });
      throw redirect(`${here}?gearchiveerd`);
    case "restore":
      await updateNetworkArchive(services, user, { slug, archived: false });
      throw redirect(`${here}?hersteld`);
    case "merge": {
      if (!input.confirmed) return data({ confirm: { intent: "merge" as const, into: input.into } });
      const kept = await decideNetworkMerge(services, user, { slug, intoSlug: input.into });
      throw redirect(`/beheer/netwerken/${kept.slug}?samengevoegd`);
    }
    case "appoint":
      await assignCoordinator(services, user, { slug, email: input.email });
      throw redirect(`${here}?aangesteld`);
    case "dismiss":
      await removeCoordinator(services, user, { slug, userId: input.userId });
      throw redirect(`${here}?ontheven`);
  }
});

export default function AdminNetwork({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { network, coordinators, mergedInto, others, done } = loaderData;
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const values = (actionData && "values" in actionData ? actionData.values : {}) as Record<string, string | undefined>;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const here = `/beheer/netwerken/${network.slug}`;
  const intoName = confirm?.intent === "merge" ? (others.find((o) => o.slug === confirm.into)?.name ?? confirm.into) : "";
  return (
    <div className="th-stack">
      <AdminBack to="/beheer/netwerken" label={t("admin.networks.back")} />
      <Heading level={1}>{network.name}</Heading>
      {done ? (
        <Alert type="ok" role="status">
          <Paragraph>{t(`admin.networks.done.${done}`)}</Paragraph>
        </Alert>
      ) : null}
      {mergedInto ? (
        <Alert type="info">
          <Paragraph>
            {t("admin.networks.mergedInto")} <Link to={`/beheer/netwerken/${mergedInto.slug}`}>{mergedInto.name}</Link>
          </Paragraph>
        </Alert>
      ) : network.archivedAt ? (
        <Alert type="info">
          <Paragraph>{t("admin.networks.archivedOn", { date: formatDate(network.archivedAt, locale) })}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph>
        <Link to={`/netwerken/${network.slug}`}>{t("admin.networks.publicPage")}</Link>
      </Paragraph>
      {confirm ? (
        <ConfirmStep
          title={t(confirm.intent === "merge" ? "admin.networks.confirmMerge" : "admin.networks.confirmArchive")}
          fields={{ intent: confirm.intent, into: confirm.into }}
          confirmLabel={t(confirm.intent === "merge" ? "admin.networks.mergeYes" : "admin.networks.archiveYes")}
          cancelTo={here}
        >
          <Paragraph>
            {confirm.intent === "merge" ? t("admin.networks.mergeExplain", { from: network.name, into: intoName }) : t("admin.networks.archiveExplain", { name: network.name })}
          </Paragraph>
        </ConfirmStep>
      ) : null}
      <ErrorSummary errors={errors} />

      <section className="th-card th-stack" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t("admin.networks.details")}
        </Heading>
        <Form method="post" className="th-stack" noValidate>
          <input type="hidden" name="intent" value="update" />
          <NetworkFields
            values={values.intent === "update" ? values : { name: network.name, kind: network.kind, summary: network.summary, province: network.province, contactEmail: network.contactEmail, website: network.website }}
            errors={values.intent === "update" ? errors : {}} />
          <div>
            <Button>{t("admin.save")}</Button>
          </div>
        </Form>
      </section>

      <section className="th-card th-stack" aria-labelledby="coordinatoren">
        <Heading level={2} id="coordinatoren">
          {t("admin.coordinators.title")}
        </Heading>
        {coordinators.length === 0 ? <Paragraph>{t("admin.coordinators.none")}</Paragraph> : null}
        <UnorderedList>
          {coordinators.map((c) => (
            <li key={c.id} className="utrecht-unordered-list__item">
              <Form method="post" className="th-inline-form">
                {c.name} ({c.email}) <input type="hidden" name="intent" value="dismiss" />
                <input type="hidden" name="userId" value={c.id} />
                <Button appearance="subtle" aria-label={t("admin.coordinators.removeNamed", { name: c.name })}>
                  {t("admin.coordinators.remove")}
                </Button>
              </Form>
            </li>
          ))}
        </UnorderedList>
        <Form method="post" className="th-stack" noValidate>
          <input type="hidden" name="intent" value="appoint" />
          <TextField
            name="email"
            type="email"
            label={t("admin.coordinators.email")}
            description={t("admin.coordinators.emailHint")}
            defaultValue={values.intent === "appoint" ? (values.email ?? "") : ""}
            error={values.intent === "appoint" ? errors.email : undefined}
            autoComplete="off"
          />
          <div>
            <Button appearance="secondary">{t("admin.coordinators.appoint")}</Button>
          </div>
        </Form>
      </section>

      {mergedInto ? null : (
        <section className="th-card th-stack" aria-labelledby="archief">
          <Heading level={2} id="archief">
            {t("admin.networks.archiveTitle")}
          </Heading>
          <Paragraph>{t(network.archivedAt ? "admin.networks.restoreIntro" : "admin.networks.archiveIntro")}</Paragraph>
          <Form method="post">
            <input type="hidden" name="intent" value={network.archivedAt ? "restore" : "archive"} />
            <Button appearance="secondary" danger={!network.archivedAt}>
              {t(network.archivedAt ? "admin.networks.restore" : "admin.networks.archive")}
            </Button>
          </Form>
        </section>
      )}

      {mergedInto ? null : (
        <section className="th-card th-stack" aria-labelledby="samenvoegen">
          <Heading level={2} id="samenvoegen">
            {t("admin.networks.mergeTitle")}
          </Heading>
          <Paragraph>{t("admin.networks.mergeIntro", { name: network.name })}</Paragraph>
          <Form method="post" className="th-stack" noValidate>
            <input type="hidden" name="intent" value="merge" />
            <SelectField
              name="into"
              label={t("admin.networks.mergeInto")}
              placeholder={t("admin.choose")}
              options={others.map((o) => ({ value: o.slug, label: o.name }))}
              defaultValue={values.intent === "merge" ? (values.into ?? "") : ""}
              error={values.intent === "merge" ? errors.into : undefined}
            />
            <div>
              <Button appearance="secondary" danger>
                {t("admin.networks.merge")}
              </Button>
            </div>
          </Form>
        </section>
      )}
    </div>
  );
}
