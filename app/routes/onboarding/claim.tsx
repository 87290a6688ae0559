import { Form, redirect } from "react-router";
import type { Route } from "./+types/claim";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { translator } from "~/i18n/index.ts";
import { routeAction, routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { acceptOnboardingInvitation } from "~/services/onboarding/accept-onboarding-invitation.server.ts";
import { getOnboardingInvitation } from "~/services/onboarding/get-onboarding-invitation.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Paragraph } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

/** /uitnodiging/:token: the link in an invitation mail. Anyone with it sees what it offers; a signed-in person claims it. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const invitation = await getOnboardingInvitation(context.get(servicesContext), user, { token: params.token ?? "" });
  const here = new URL(request.url).pathname;
  return {
    invitation,
    signedIn: user !== null,
    here,
    title: `${t("onboarding.claim.title", { organisation: invitation.organisation })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Uitnodiging | Technohub" }, { name: "robots", content: "noindex" }];
}

export const action = routeAction(async ({ params, request, context }: Route.ActionArgs) => {
  const user = requireUser(context, request);
  const { slug } = await acceptOnboardingInvitation(context.get(servicesContext), user, { token: params.token ?? "" });
  throw redirect(`/organisaties/${slug}`);
});

export default function ClaimInvitation({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const { invitation, signedIn, here } = loaderData;
  const back = encodeURIComponent(here);
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("onboarding.claim.title", { organisation: invitation.organisation })}</Heading>
      {invitation.accepted ? (
        <Alert type="info">
          <p className="utrecht-paragraph">{t("onboarding.claim.accepted")}</p>
        </Alert>
      ) : (
        <>
          <Paragraph>{t("onboarding.claim.intro", { network: invitation.network, organisation: invitation.organisation })}</Paragraph>
          {signedIn ? (
            <Form method="post">
              <Button>{t("onboarding.claim.submit", { organisation: invitation.organisation })}</Button>
            </Form>
          ) : (
            <>
              <ButtonGroup>
                <ButtonLink to={`/inloggen?redirectTo=${back}`}>{t("onboarding.claim.signIn")}</ButtonLink>
                <ButtonLink to={`/registreren?redirectTo=${back}`} appearance="secondary">
                  {t("onboarding.claim.signUp")}
                </ButtonLink>
              </ButtonGroup>
              <Paragraph className="th-muted">{t("onboarding.claim.signUpHelp")}</Paragraph>
            </>
          )}
        </>
      )}
    </div>
  );
}
