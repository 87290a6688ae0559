import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/invitations";
import { requestContext, servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getOnboardingNetwork } from "~/services/onboarding/get-onboarding-network.server.ts";
import { listOnboardingInvitations } from "~/services/onboarding/list-onboarding-invitations.server.ts";
import { sendOnboardingInvitation } from "~/services/onboarding/send-onboarding-invitation.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const result = await listOnboardingInvitations(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const resent = new URL(request.url).searchParams.get("verstuurd");
  return {
    network: result.network,
    accepted: result.accepted,
    open: result.open.map((o) => ({ ...o, sentAt: o.sentAt.toISOString(), remindedAt: o.remindedAt?.toISOString() ?? null })),
    resent: resent && resent.length <= 254 ? resent : null,
    title: `${t("onboarding.invitations.title", { name: result.network.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Uitnodigingen | Technohub" }];
}

const resendSchema = z.object({ invitationId: z.string({ error: "error.notFound.body" }).min(1).max(100) });

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Who may not follow the invitations hears 403 before the form is judged.
  await getOnboardingNetwork(services, user, { slug });
  const input = formInput(resendSchema, form);
  const { email } = await sendOnboardingInvitation(services, user, { slug, invitationId: input.invitationId });
  throw redirect(`/netwerken/${slug}/uitnodigingen?verstuurd=${encodeURIComponent(email)}`);
});

export default function OnboardingInvitations({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { network, open, accepted, resent } = loaderData;
  const day = (iso: string) => formatDate(iso, locale, { dateStyle: "medium" });
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/netwerken/${network.slug}/organisaties-importeren`}>← {t("onboarding.import.title", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("onboarding.invitations.title", { name: network.name })}</Heading>
      {resent ? (
        <Alert type="ok" role="status">
          <p className="utrecht-paragraph">{t("onboarding.invitations.resent", { email: resent })}</p>
        </Alert>
      ) : null}
      <Paragraph>{t("onboarding.invitations.intro")}</Paragraph>
      <Paragraph>{t("onboarding.invitations.accepted", { count: accepted })}</Paragraph>
      {open.length === 0 ? (
        <Paragraph>{t("onboarding.invitations.empty")}</Paragraph>
      ) : (
        <Table
          caption={t("onboarding.invitations.caption")}
          stack
          rows={open}
          rowKey={(o) => o.id}
          columns={[
            { header: t("onboarding.invitations.col.organisation"), rowHeader: true, label: true, cell: (o) => <Link to={`/organisaties/${o.organisationSlug}`}>{o.organisation}</Link> },
            { header: t("onboarding.invitations.col.contact"), cell: (o) => `${o.name ? `${o.name}, ` : ""}${o.email}` },
            { header: t("onboarding.invitations.col.sent"), cell: (o) => day(o.sentAt) },
            { header: t("onboarding.invitations.col.reminded"), cell: (o) => (o.remindedAt ? day(o.remindedAt) : t("onboarding.invitations.notReminded")) },
            {
              header: t("onboarding.invitations.col.action"),
              cell: (o) => (
                <Form method="post">
                  <input type="hidden" name="invitationId" value={o.id} />
                  <Button appearance="secondary">{t("onboarding.invitations.resend", { email: o.email })}</Button>
                </Form>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
