import { Form, redirect } from "react-router";
import type { Route } from "./+types/registration";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { formatSessionTime } from "~/domain/courses/format.ts";
import { invalid } from "~/domain/errors.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { acceptVacancy } from "~/services/courses/accept-vacancy.server.ts";
import { cancelRegistration } from "~/services/courses/cancel-registration.server.ts";
import { getRegistration } from "~/services/courses/get-registration.server.ts";
import { verifyCourseAccess } from "~/services/courses/verify-course-access.server.ts";
import { Alert, Button, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = {
  aangemeld: "courses.registration.notice.confirmed",
  wachtlijst: "courses.registration.notice.waitlisted",
  geannuleerd: "courses.registration.notice.cancelled",
  aangenomen: "courses.registration.notice.accepted",
  bevestigd: "courses.registration.notice.confirmed",
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = context.get(userContext);
  const t = translator(user?.locale ?? context.get(requestContext).locale);
  const search = new URL(request.url).searchParams;
  // Without an account or the link's key this page is not found, which also hides whether it exists.
  const registration = await getRegistration(context.get(servicesContext), user, { registrationId: params.id, token: search.get("sleutel") });
  const notice = Object.keys(NOTICES).find((k) => search.has(k));
  return { registration, notice: notice ? NOTICES[notice]! : null, title: `${t("courses.registration.title")} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanmelding | Technohub" }, { name: "robots", content: "noindex" }];
}

export const action = routeAction(async ({ params, context, form }: WithForm<Route.ActionArgs>) => {
  const user = context.get(userContext);
  const services = context.get(servicesContext);
  const sleutel = form.get("sleutel");
  const token = typeof sleutel === "string" && sleutel !== "" ? sleutel : null;
  // Permission before anything else: someone without the account or the key hears 404, whatever they sent.
  await verifyCourseAccess(services, user, { kind: "registration", registrationId: params.id, token });
  const intent = form.get("intent");
  const keep = token ? `sleutel=${encodeURIComponent(token)}&` : "";
  if (intent === "cancel") {
    await cancelRegistration(services, user, { registrationId: params.id, token });
    throw redirect(`/aanmelding/${params.id}?${keep}geannuleerd`);
  }
  if (intent === "accept") {
    await acceptVacancy(services, user, { registrationId: params.id, token });
    throw redirect(`/aanmelding/${params.id}?${keep}aangenomen`);
  }
  throw invalid("courses.error.unknownAction");
});

export default function RegistrationPage({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { registration: r, notice } = loaderData;
  const status = r.status === "waitlisted" ? t("courses.page.mineWaiting", { n: r.position ?? "" }) : t(`courses.registrationStatus.${r.status}`);
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{t("courses.registration.title")}</Heading>
      {notice ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {actionData?.errors._form ? (
        <Alert type="error">
          <Paragraph>{t(actionData.errors._form)}</Paragraph>
        </Alert>
      ) : null}
      {r.session.cancelled ? <Alert type="warning">{t("courses.registration.sessionCancelled")}</Alert> : null}
      <DataList
        items={[
          { label: t("courses.registration.course"), value: <Link to={`/cursussen/${r.course.slug}`}>{r.course.title}</Link> },
          { label: t("courses.page.provider"), value: r.course.provider },
          { label: t("courses.page.when"), value: formatSessionTime(r.session.startsAt, r.session.endsAt, locale) },
          { label: t("courses.page.where"), value: r.session.location },
          { label: t("courses.registration.participant"), value: `${r.participantName} (${r.participantEmail})` },
          { label: t("courses.registration.status"), value: <strong data-testid="registration-status">{status}</strong> },
          ...(r.expiresAt && r.status === "offered" ? [{ label: t("courses.registration.vacancyUntil"), value: formatDate(r.expiresAt, locale, { dateStyle: "long", timeStyle: "short" }) }] : []),
        ]}
      />
      {r.canAccept ? (
        <Form method="post">
          <input type="hidden" name="intent" value="accept" />
          {r.token ? <input type="hidden" name="sleutel" value={r.token} /> : null}
          <Button>{t("courses.registration.accept")}</Button>
        </Form>
      ) : null}
      {r.canConfirm && r.token ? (
        <Paragraph>
          <Link to={`/aanmelding/bevestigen/${r.token}`}>{t("courses.registration.confirmLink")}</Link>
        </Paragraph>
      ) : null}
      {r.status === "attended" ? (
        <Paragraph>
          <a className="utrecht-link" href={`/aanmelding/${r.id}/bewijs-van-deelname${r.token ? `?sleutel=${encodeURIComponent(r.token)}` : ""}`}>
            {t("courses.registration.certificate")}
          </a>
        </Paragraph>
      ) : null}
      {r.canCancel ? (
        <Form method="post" className="th-stack">
          <input type="hidden" name="intent" value="cancel" />
          {r.token ? <input type="hidden" name="sleutel" value={r.token} /> : null}
          <Paragraph className="th-muted">{t("courses.registration.cancelHint", { date: formatDate(r.session.deadline, locale) })}</Paragraph>
          <div>
            <Button appearance="secondary" danger>
              {r.status === "waitlisted" ? t("courses.registration.leaveWaitlist") : t("courses.registration.cancel")}
            </Button>
          </div>
        </Form>
      ) : null}
    </div>
  );
}
