import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/offer";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { responseSentence } from "~/domain/guest-lessons/reliability.ts";
import type { RequestStanding } from "~/domain/guest-lessons/request-standing.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getEditableOffer } from "~/services/guest-lessons/get-editable-offer.server.ts";
import { getOffer } from "~/services/guest-lessons/get-offer.server.ts";
import { updateOfferStatus } from "~/services/guest-lessons/update-offer-status.server.ts";
import { Alert, Badge, Button, ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { Reasons } from "~/ui/guest-lessons.tsx";
import { Mismatches } from "~/ui/mismatches.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const locale = user?.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const { topics, ...view } = await getOffer(services, user, { offerId: params.id });
  const url = new URL(request.url);
  // Who created the offer and which account is its contact are the organisation's business; the
  // page shows the contact's name and address, never the accounts behind them.
  const { createdById: _createdBy, contactUserId: _contactUser, searchText: _searchText, ...offer } = view.offer;
  return {
    ...view,
    offer,
    topicNames: Object.fromEntries(topics.map((tp) => [tp.slug, locale === "en" ? tp.nameEn : tp.nameNl])),
    notice: url.searchParams.has("gepubliceerd") ? "offer.published" : url.searchParams.has("opgeslagen") ? "offer.saved" : url.searchParams.has("gearchiveerd") ? "offer.archived" : null,
    title: `${view.offer.title} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Aanbod | Technohub" }];
}

const intentSchema = z.object({ intent: z.enum(["publish", "archive", "draft"], { error: "guestLessons.choose" }) });

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the organisation's own people change an offer's status; anyone else hears that before the form is read.
  await getEditableOffer(services, user, { offerId: params.id });
  const { intent } = formInput(intentSchema, form);
  const status = intent === "publish" ? "published" : intent === "archive" ? "archived" : "draft";
  await updateOfferStatus(services, user, { offerId: params.id, status });
  throw redirect(`/aanbod/${params.id}?${status === "published" ? "gepubliceerd" : status === "archived" ? "gearchiveerd" : "opgeslagen"}`);
});

export default function OfferPage({ loaderData }: Route.ComponentProps) {
  const { offer, organisation, canManage, schoolView, topicNames, matchingRequests, standing } = loaderData;
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale);
  const facts = [
    { label: t("offer.kind"), value: t(`guestLessons.kind.${offer.kind}`) },
    { label: t("offer.topics"), value: offer.topics.map((s) => topicNames[s] ?? s).join(", ") },
    ...(offer.tags.length ? [{ label: t("offer.tags"), value: offer.tags.join(", ") }] : []),
    { label: t("offer.levels"), value: offer.levels.map((l) => t(`guestLessons.level.${l}`)).join(", ") },
    { label: t("offer.groupSize"), value: t("offer.groupSizeValue", { min: offer.groupSizeMin, max: offer.groupSizeMax }) },
    { label: t("offer.duration"), value: t("offer.durationValue", { minutes: offer.durationMinutes }) },
    { label: t("offer.where"), value: offer.locations.map((l) => t(`guestLessons.location.${l}`)).join(", ") },
    ...(offer.locations.some((l) => l !== "online") && offer.place
      ? [{ label: t("offer.radius"), value: t("offer.radiusValue", { km: offer.travelRadiusKm, place: offer.place }) }]
      : []),
    { label: t("offer.weekdays"), value: offer.weekdays.map((d) => t(`guestLessons.weekday.${d}`)).join(", ") },
    {
      label: t("offer.periods"),
      value: offer.availablePeriods.length
        ? offer.availablePeriods.map((p) => t("offer.periodValue", { from: day(p.from), until: day(p.until) })).join("; ")
        : t("offer.periodsAlways"),
    },
    ...(offer.blackoutDates.length ? [{ label: t("offer.blackout"), value: offer.blackoutDates.map(day).join(", ") }] : []),
    ...(offer.maxPerMonth ? [{ label: t("offer.maxPerMonth"), value: t("offer.maxPerMonthValue", { count: offer.maxPerMonth }) }] : []),
    { label: t("offer.language"), value: t(`guestLessons.language.${offer.language}`) },
    ...(offer.contactName || offer.contactEmail
      ? [{ label: t("offer.contact"), value: [offer.contactName, offer.contactEmail].filter(Boolean).join(" · ") }]
      : []),
    ...(canManage ? [{ label: t("offer.status"), value: <Badge>{t(`guestLessons.status.${offer.status}`)}</Badge> }] : []),
  ];

  return (
    <div className="th-stack th-narrow">
      {loaderData.notice ? (
        <Alert type="ok" role="status">
          {t(loaderData.notice)}
        </Alert>
      ) : null}
      <Heading level={1}>{offer.title}</Heading>
      <Paragraph lead>
        {t("offer.by", { name: organisation.name })}
        {offer.place ? ` · ${offer.place}` : ""}
      </Paragraph>
      <Paragraph data-testid="offer-responses">{responseSentence(loaderData.responses, organisation.name, t)}</Paragraph>
      {canManage && offer.status === "draft" ? <Alert type="warning">{t("offer.draftNotice")}</Alert> : null}

      {schoolView ? (
        <section className="th-card th-stack" aria-labelledby="voor-school">
          <Heading level={2} appearance={4} id="voor-school">
            {t("offer.forYourSchool", { name: schoolView.schoolName })}
          </Heading>
          {schoolView.fits ? (
            <Reasons reasons={schoolView.reasons} topicNames={topicNames} />
          ) : (
            <Paragraph>{t("offer.notForYourSchool", { name: schoolView.schoolName })}</Paragraph>
          )}
          {schoolView.fits ? (
            <Paragraph>
              <ButtonLink to={`/vragen/nieuw?aanbod=${offer.id}`}>{t("offer.request")}</ButtonLink>
            </Paragraph>
          ) : null}
          {/* An open request goes to this offer as it is (one request, one more company), confirmed on the request's page. */}
          {schoolView.openRequests.length > 0 ? (
            <div className="th-stack">
              {/* "Or …" only beside the offer's own button; when the offer does not fit, this is the one way left. */}
              <Paragraph>{t(schoolView.fits ? "offer.sendOpenRequest" : "offer.sendOpenRequestOnly")}</Paragraph>
              <ul className="th-card-list">
                {schoolView.openRequests.map((r) => (
                  <li key={r.id} className="th-stack">
                    {r.asked ? (
                      <Paragraph>
                        <Link to={`/vragen/${r.id}`}>{r.title}</Link> – {t("requests.send.asked")}
                      </Paragraph>
                    ) : (
                      <Form method="post" action={`/vragen/${r.id}`}>
                        <input type="hidden" name="offerIds[]" value={offer.id} />
                        <Button appearance="secondary">{t("offer.sendThisRequest", { title: r.title })}</Button>
                      </Form>
                    )}
                    <Mismatches mismatches={r.mismatches} />
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
        </section>
      ) : null}

      {standing !== "teacher" && !canManage && offer.status === "published" ? <HowToRequest offerId={offer.id} standing={standing} /> : null}

      {offer.description.split(/\n{2,}/).map((para, i) => (
        <Paragraph key={i}>{para}</Paragraph>
      ))}
      <Heading level={2}>{t("offer.facts")}</Heading>
      <DataList items={facts} />
      {offer.preparationTips ? (
        <>
          <Heading level={2}>{t("offer.preparation")}</Heading>
          {offer.preparationTips.split(/\n{2,}/).map((para, i) => (
            <Paragraph key={i}>{para}</Paragraph>
          ))}
        </>
      ) : null}

      {canManage ? (
        <>
          <ButtonGroup>
            <ButtonLink to={`/aanbod/${offer.id}/bewerken`} appearance="secondary">
              {t("offer.edit")}
            </ButtonLink>
            {offer.status !== "published" ? (
              <Form method="post">
                <Button type="submit" name="intent" value="publish">
                  {t("offer.publish")}
                </Button>
              </Form>
            ) : null}
            {offer.status !== "archived" ? (
              <Form method="post">
                <Button type="submit" name="intent" value="archive" appearance="secondary">
                  {t("offer.archive")}
                </Button>
              </Form>
            ) : null}
          </ButtonGroup>
          {offer.status === "published" ? (
            <section className="th-stack" aria-labelledby="passende-vragen">
              <Heading level={2} id="passende-vragen">
                {t("offer.matchingRequests")}
              </Heading>
              {matchingRequests.length === 0 ? (
                <Paragraph>{t("offer.noMatchingRequests")}</Paragraph>
              ) : (
                <ul className="th-result-list th-stack">
                  {matchingRequests.map((r) => (
                    <li key={r.id} className="th-card th-result">
                      <Heading level={3} appearance={4}>
                        <Link to={`/vragen/${r.id}`}>{r.title}</Link>
                      </Heading>
                      <p className="utrecht-paragraph">
                        {r.schoolName} · {t("requests.pupils", { count: r.pupils })} {t("requests.inGroups", { count: r.groups })}
                      </p>
                      <Reasons reasons={r.match.reasons} topicNames={topicNames} reader="company" />
                    </li>
                  ))}
                </ul>
              )}
            </section>
          ) : null}
        </>
      ) : null}
      <Paragraph>
        <Link to="/aanbod">{t("offer.backToList")}</Link>
      </Paragraph>
    </div>
  );
}

/**
 * Who cannot request the offer here hears how to get there, in the words that are true for them
 * (`requestStanding`): a visitor signs in or makes an account and comes back to this offer;
 * someone signed in without any organisation adds their school (or is added by a colleague); a
 * member of a company, provider or other organisation hears that only a school's teacher requests
 * it, not that they should add a school. Without this a visitor met the offer and no way on.
 */
function HowToRequest({ offerId, standing }: { offerId: string; standing: Exclude<RequestStanding, "teacher"> }) {
  const t = useT();
  const back = encodeURIComponent(`/aanbod/${offerId}`);
  return (
    <section className="th-card th-stack" aria-labelledby="aanvragen">
      <Heading level={2} appearance={4} id="aanvragen">
        {t(standing === "notASchool" ? "offer.howToRequest.whoTitle" : "offer.howToRequest.title")}
      </Heading>
      <Paragraph>{t(`offer.howToRequest.${standing}`)}</Paragraph>
      {standing === "noOrganisation" ? (
        <Paragraph>
          <ButtonLink to="/organisaties/nieuw" appearance="secondary">
            {t("offer.howToRequest.addSchool")}
          </ButtonLink>
        </Paragraph>
      ) : standing === "visitor" ? (
        <ButtonGroup>
          <ButtonLink to={`/inloggen?redirectTo=${back}`}>{t("offer.howToRequest.signIn")}</ButtonLink>
          <ButtonLink to={`/registreren?redirectTo=${back}`} appearance="secondary">
            {t("offer.howToRequest.signUp")}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
    </section>
  );
}
