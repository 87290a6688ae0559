import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/join";
import { requestContext, servicesContext } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { translator } from "~/i18n/index.ts";
import { formInput, requiredText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getJoinOptions } from "~/services/networks/get-join-options.server.ts";
import { requestNetworkJoin } from "~/services/networks/request-network-join.server.ts";
import { Alert, Button, ButtonLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextArea } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

const joinSchema = z.object({
  organisationId: z.uuid({ error: "form.required" }),
  motivation: requiredText(2000, "join.error.motivationRequired"),
});

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const t = translator(actor.locale ?? context.get(requestContext).locale);
  const options = await getJoinOptions(context.get(servicesContext), actor, { slug: params.slug });
  return { ...options, sent: new URL(request.url).searchParams.has("verzonden"), title: t("join.title", { name: options.network.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Deelnemen"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only an organisation's admin asks to join; someone who administers none hears that before the form is read.
  if ((await getJoinOptions(services, actor, { slug: params.slug })).organisations.length === 0) throw forbidden();
  const input = formInput(joinSchema, form);
  await requestNetworkJoin(services, actor, { slug: params.slug, ...input });
  throw redirect(`/netwerken/${encodeURIComponent(params.slug)}/deelnemen?verzonden=1`);
});

export default function NetworkJoinPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network, organisations, sent } = loaderData;
  const back = (
    <Paragraph>
      <Link to={`/netwerken/${network.slug}`}>{t("join.back")}</Link>
    </Paragraph>
  );
  if (sent) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("join.sentTitle")}</Heading>
        <Alert type="ok">
          <Paragraph>{t("join.sent", { name: network.name })}</Paragraph>
        </Alert>
        {back}
      </div>
    );
  }
  const available = organisations.filter((o) => o.standing === "available");
  const taken = organisations.filter((o) => o.standing !== "available");
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("join.intro", { name: network.name })}</Paragraph>
      {organisations.length === 0 ? (
        <>
          <Alert type="info">
            <Paragraph>{t("join.noOrganisation")}</Paragraph>
          </Alert>
          <ButtonLink to="/organisaties/nieuw">{t("join.createOrganisation")}</ButtonLink>
        </>
      ) : null}
      {taken.length ? (
        <Alert type="info">
          <UnorderedList>
            {taken.map((o) => (
              <li key={o.id}>{t(`join.standing.${o.standing}`, { name: o.name })}</li>
            ))}
          </UnorderedList>
        </Alert>
      ) : null}
      {organisations.length > 0 && available.length === 0 ? <Paragraph>{t("join.allTaken", { name: network.name })}</Paragraph> : null}
      {available.length ? (
        <>
          <ErrorSummary errors={errors} labels={{ organisationId: t("join.organisation"), motivation: t("join.motivation") }} />
          <Form method="post" noValidate className="th-stack">
            <SelectField
              name="organisationId"
              label={t("join.organisation")}
              description={t("join.organisationHint")}
              options={available.map((o) => ({ value: o.id, label: o.name }))}
              defaultValue={values.organisationId ?? available[0]!.id}
              error={errors.organisationId}
            />
            <TextArea
              name="motivation"
              label={t("join.motivation")}
              description={t("join.motivationHint")}
              defaultValue={values.motivation ?? ""}
              error={errors.motivation}
              rows={5}
            />
            <Button>{t("join.submit")}</Button>
          </Form>
        </>
      ) : null}
      {back}
    </div>
  );
}
