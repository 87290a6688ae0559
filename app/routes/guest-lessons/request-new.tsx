import { redirect } from "react-router";
import type { Route } from "./+types/request-new";
import { requestContext, servicesContext } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { requestFormSchema } from "~/domain/guest-lessons/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createRequest } from "~/services/guest-lessons/create-request.server.ts";
import { getRequestForm } from "~/services/guest-lessons/get-request-form.server.ts";
import { Alert, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { RequestForm } from "~/ui/guest-lessons.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const locale = user.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const search = new URL(request.url).searchParams;
  // `organisatie`: the request is addressed to that organisation (its widget's button, its page; ADR 030).
  const form = await getRequestForm(context.get(servicesContext), user, { directOfferId: search.get("aanbod"), organisationSlug: search.get("organisatie") });
  const heading = form.direct
    ? t("requestForm.titleDirect", { title: form.direct.title })
    : form.addressee
      ? t("requestForm.titleAddressee", { name: form.addressee.name })
      : t("requestForm.title");
  return {
    schools: form.schools.map((s) => ({ id: s.id, name: s.name })),
    topics: form.topics.map((tp) => ({ slug: tp.slug, name: locale === "en" ? tp.nameEn : tp.nameNl, groupName: tp.groupName })),
    direct: form.direct,
    addressee: form.addressee,
    notice: form.notice,
    heading,
    title: `${heading} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Nieuwe vraag | Technohub" }];
}

export const action = routeAction(async ({ request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only someone who acts for a school asks for a guest lesson; anyone else hears that before the form is read.
  if ((await getRequestForm(services, user, { directOfferId: null })).schools.length === 0) throw forbidden("requestForm.error.school");
  const input = formInput(requestFormSchema, form);
  const created = await createRequest(services, user, input);
  throw redirect(`/vragen/${created.id}?opgeslagen`);
});

export default function NewRequest({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { direct, addressee, notice, schools, heading } = loaderData;
  if (schools.length === 0) {
    return (
      <div className="th-stack th-narrow">
        <Heading level={1}>{t("requestForm.title")}</Heading>
        <Paragraph>{t("requestForm.noSchool")}</Paragraph>
        <Paragraph>
          <ButtonLink to="/organisaties/nieuw" appearance="secondary">
            {t("offer.howToRequest.addSchool")}
          </ButtonLink>
        </Paragraph>
        <Paragraph>
          <Link to="/vragen">{t("requests.backToList")}</Link>
        </Paragraph>
      </div>
    );
  }
  const values = actionData?.values ?? {
    schoolOrganisationId: schools[0]!.id,
    groups: "1",
    place: "any",
    ...(direct ? { kind: direct.kind, title: direct.title, "topics[]": direct.topics } : {}),
    ...(addressee ? { directOfferId: addressee.offers[0]!.id } : {}),
  };
  return (
    <div className="th-stack th-narrow">
      <Heading level={1}>{heading}</Heading>
      {notice ? (
        <Alert type="warning">
          <Paragraph>{t(notice.key, "name" in notice ? { name: notice.name } : {})}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph lead>
        {direct
          ? t("requestForm.introDirect", { name: direct.organisationName })
          : addressee
            ? t("requestForm.introAddressee", { name: addressee.name })
            : t("requestForm.intro")}
      </Paragraph>
      {direct ? (
        <Alert type="info">
          <Paragraph>
            {t("requestForm.directLimits", { min: direct.groupSizeMin, max: direct.groupSizeMax, levels: direct.levels.map((l) => t(`guestLessons.level.${l}`)).join(", ") })}
          </Paragraph>
        </Alert>
      ) : null}
      <RequestForm
        key={JSON.stringify(values)}
        values={values}
        errors={actionData?.errors}
        schools={schools}
        topics={loaderData.topics}
        direct={direct}
        addressee={addressee}
        cancelTo={direct ? `/aanbod/${direct.id}` : addressee ? `/organisaties/${addressee.slug}` : "/vragen"}
      />
    </div>
  );
}
