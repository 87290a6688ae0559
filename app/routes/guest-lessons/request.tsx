import { Form, redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/request";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import type { Mismatch } from "~/domain/guest-lessons/mismatches.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput, stringList } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getRequest } from "~/services/guest-lessons/get-request.server.ts";
import { requestOffers } from "~/services/guest-lessons/request-offers.server.ts";
import { Alert, Badge, Button, ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { Mismatches } from "~/ui/mismatches.tsx";
import { Reasons } from "~/ui/guest-lessons.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const services = context.get(servicesContext);
  const user = context.get(userContext);
  const locale = user?.locale ?? context.get(requestContext).locale;
  const t = translator(locale);
  const { topics, ...view } = await getRequest(services, user, { requestId: params.id });
  const r = view.request;
  // Only what the page shows: not who wrote the request (a teacher's account), nor the school's
  // coordinates or network, which companies reading an open request have no need of.
  return {
    request: {
      id: r.id,
      title: r.title,
      kind: r.kind,
      topics: r.topics,
      freeText: r.freeText,
      level: r.level,
      pupils: r.pupils,
      groups: r.groups,
      dateOptions: r.dateOptions,
      periodFrom: r.periodFrom,
      periodUntil: r.periodUntil,
      place: r.place,
      placeName: r.placeName,
      notes: r.notes,
      mode: r.mode,
      directOfferId: r.directOfferId,
      status: r.status,
      withdrawnAt: r.withdrawnAt?.toISOString() ?? null,
      withdrawReason: r.withdrawReason,
    },
    schoolName: view.schoolName,
    directOfferTitle: view.directOfferTitle,
    directOfferMismatches: view.directOfferMismatches,
    isSchool: view.isSchool,
    suggestions: view.suggestions.map(({ organisationId: _organisation, ...s }) => s),
    proposals: view.proposals,
    answers: view.answers,
    ownAppointments: view.ownAppointments,
    topicNames: Object.fromEntries(topics.map((tp) => [tp.slug, locale === "en" ? tp.nameEn : tp.nameNl])),
    notice: noticeOf(new URL(request.url).searchParams, r.mode === "direct"),
    title: `${r.title} | ${t("app.name")}`,
  };
});

/**
 * Sending the request to the companies the school ticked: the first post only checks and shows
 * what would be sent (a page-level confirmation, without JavaScript); the second, with
 * `bevestigd`, sends. requestOffers asks who and whether before it reads the choice.
 */
// Nothing here can refuse: requestOffers checks who and whether before it judges the choice.
const sendSchema = z.object({
  offerIds: stringList(z.string()),
  bevestigd: z.string().optional(),
});

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const input = formInput(sendSchema, form);
  const result = await requestOffers(context.get(servicesContext), user, { requestId: params.id, offerIds: input.offerIds, confirmed: input.bevestigd === "1" });
  if (result.sent) throw redirect(`/vragen/${params.id}?verstuurd=${result.offers.length}#antwoorden`);
  return { confirm: result.offers };
});

/** The notice a change hands over after its redirect. */
function noticeOf(params: URLSearchParams, direct: boolean): { key: string; params?: Record<string, number> }[] {
  // A request to one offer has gone to its company already; an open one waits for the school's choice, or a company's look.
  if (params.has("opgeslagen")) return [{ key: direct ? "requests.createdDirect" : "requests.created" }];
  if (params.has("verstuurd")) {
    const sent = Number(params.get("verstuurd")) || 0;
    return [{ key: "requests.send.sent", params: { count: sent } }];
  }
  if (params.has("gewijzigd")) return [{ key: "requests.saved" }];
  if (params.has("ingetrokken")) {
    const cancelled = Number(params.get("ingetrokken")) || 0;
    const more = cancelled === 0 ? [] : [{ key: "requests.withdrawnCancelled", params: { count: cancelled } }];
    return [{ key: "requests.withdrawn" }, ...more];
  }
  return [];
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Vraag | Technohub" }];
}

type Loaded = Route.ComponentProps["loaderData"];

/** A tick box to send the request to this offer, or the word that it was asked already. */
function Choose({ offerId, title, asked, checked }: { offerId: string; title: string; asked: boolean; checked: boolean }) {
  const t = useT();
  if (asked) return <Paragraph><Badge>{t("requests.send.asked")}</Badge></Paragraph>;
  return (
    <div className="utrecht-form-field utrecht-form-field--checkbox">
      <input className="utrecht-checkbox utrecht-checkbox--html-input utrecht-checkbox--custom" type="checkbox" id={`f-offer-${offerId}`} name="offerIds[]" value={offerId} defaultChecked={checked} />
      <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`f-offer-${offerId}`}>
        {t("requests.send.choose", { title })}
      </label>
    </div>
  );
}

/** The page-level confirmation before the companies are mailed: what goes to whom, and what does not fit. */
function ConfirmSend({ offers }: { offers: { id: string; title: string; organisationName: string; mismatches: Mismatch[] }[] }) {
  const t = useT();
  return (
    <section className="th-stack th-card" aria-labelledby="bevestigen">
      <Heading level={2} id="bevestigen">
        {t("requests.send.confirmTitle", { count: offers.length })}
      </Heading>
      <ul className="utrecht-unordered-list">
        {offers.map((o) => (
          <li key={o.id} className="utrecht-unordered-list__item">
            {o.title} – {o.organisationName}
            <Mismatches mismatches={o.mismatches} />
          </li>
        ))}
      </ul>
      <Paragraph>{t("requests.send.confirmBody")}</Paragraph>
      <Form method="post" className="th-stack">
        {offers.map((o) => (
          <input key={o.id} type="hidden" name="offerIds[]" value={o.id} />
        ))}
        <input type="hidden" name="bevestigd" value="1" />
        <ButtonGroup>
          <Button>{t("requests.send.confirm")}</Button>
        </ButtonGroup>
      </Form>
    </section>
  );
}

/** Every company the request went to, with its answer so far and a way to the appointment. */
function Answers({ answers }: { answers: Loaded["answers"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <section className="th-stack" aria-labelledby="antwoorden">
      <Heading level={2} id="antwoorden">
        {t("requests.answers.title")}
      </Heading>
      <ul className="th-result-list th-stack">
        {answers.map((a) => (
          <li key={a.id} className="th-card th-result">
            <Heading level={3} appearance={4}>
              <Link to={`/afspraken/${a.id}`}>{a.offerTitle}</Link>
            </Heading>
            <p className="utrecht-paragraph">
              {a.providerName} · <Badge>{t(`appointments.state.${a.state}`)}</Badge>
              {a.date ? ` · ${formatDate(`${a.date}T12:00:00Z`, locale)}` : ""}
              {a.startsAt ? ` ${formatDate(a.startsAt, locale, { timeStyle: "short" })}` : ""}
            </p>
            {a.providerProposal ? (
              <Paragraph>
                {t("requests.answers.proposal", { date: formatDate(`${a.providerProposal.date}T12:00:00Z`, locale), time: a.providerProposal.startTime ?? "" })}{" "}
                <Link to={`/afspraken/${a.id}#actions`}>{t("requests.answers.answerProposal")}</Link>
              </Paragraph>
            ) : null}
            {a.declineReason ? <Paragraph>{t("requests.answers.declined", { reason: a.declineReason })}</Paragraph> : null}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** A company's or provider's next step: answer in the appointment the school's request made, or wait to be asked. */
function CompanyNextStep({ appointments }: { appointments: { id: string; state: string }[] }) {
  const t = useT();
  const open = appointments.find((a) => a.state === "requested");
  return (
    <section className="th-stack" aria-labelledby="volgende-stap">
      <Heading level={2} id="volgende-stap">
        {t("requests.company.title")}
      </Heading>
      {open ? (
        <>
          <Paragraph>{t("requests.company.sent")}</Paragraph>
          <ButtonGroup>
            <ButtonLink to={`/afspraken/${open.id}#actions`}>{t("requests.company.answer")}</ButtonLink>
          </ButtonGroup>
        </>
      ) : appointments.length > 0 ? (
        <Paragraph>
          <Link to={`/afspraken/${appointments[0]!.id}`}>{t("requests.company.view")}</Link>
        </Paragraph>
      ) : (
        <Paragraph>{t("requests.company.notSent")}</Paragraph>
      )}
    </section>
  );
}

export default function RequestPage({ loaderData, actionData }: Route.ComponentProps) {
  const { request: r, schoolName, suggestions, topicNames, isSchool, proposals, answers } = loaderData;
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const refused = actionData && "errors" in actionData ? actionData.errors : null;
  const ticked = new Set<string>(confirm?.map((o) => o.id) ?? []);
  const open = isSchool && r.status === "open";
  const proposed = new Set(proposals.map((p) => p.offerId));
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale);
  const facts = [
    { label: t("requests.school"), value: schoolName },
    { label: t("requests.kind"), value: t(`guestLessons.kind.${r.kind}`) },
    ...(r.topics.length ? [{ label: t("requests.topics"), value: r.topics.map((s) => topicNames[s] ?? s).join(", ") }] : []),
    { label: t("requests.level"), value: t(`guestLessons.level.${r.level}`) },
    { label: t("requestForm.pupils"), value: `${t("requests.pupils", { count: r.pupils })} ${t("requests.inGroups", { count: r.groups })}` },
    r.dateOptions.length
      ? { label: t("requests.dates"), value: r.dateOptions.map((o) => `${day(o.date)}${o.startTime ? ` ${o.startTime}` : ""}`).join("; ") }
      : { label: t("requests.period"), value: r.periodFrom && r.periodUntil ? t("offer.periodValue", { from: day(r.periodFrom), until: day(r.periodUntil) }) : "" },
    { label: t("requests.place"), value: [t(`guestLessons.place.${r.place}`), r.placeName].filter(Boolean).join(" · ") },
    { label: t("requests.mode"), value: t(`guestLessons.mode.${r.mode}`) },
    ...(loaderData.directOfferTitle && r.directOfferId
      ? [
          {
            label: t("requests.directOffer"),
            value: (
              <>
                <Link to={`/aanbod/${r.directOfferId}`}>{loaderData.directOfferTitle}</Link>
                <Mismatches mismatches={loaderData.directOfferMismatches} />
              </>
            ),
          },
        ]
      : []),
    { label: t("requests.status"), value: <Badge>{t(`guestLessons.requestStatus.${r.status}`)}</Badge> },
    ...(r.withdrawnAt ? [{ label: t("requests.withdrawnAt"), value: formatDate(r.withdrawnAt, locale) }] : []),
    ...(r.withdrawReason ? [{ label: t("requests.withdrawReason"), value: r.withdrawReason }] : []),
  ];
  return (
    <div className="th-stack th-narrow">
      {loaderData.notice.length > 0 ? (
        <Alert type="ok" role="status">
          {loaderData.notice.map((n) => (
            <Paragraph key={n.key}>{t(n.key, n.params)}</Paragraph>
          ))}
        </Alert>
      ) : null}
      <Heading level={1}>{r.title}</Heading>
      {r.freeText ? <Paragraph lead>{r.freeText}</Paragraph> : null}
      <DataList items={facts} />
      {r.notes ? (
        <>
          <Heading level={2}>{t("requests.notes")}</Heading>
          <Paragraph>{r.notes}</Paragraph>
        </>
      ) : null}
      {isSchool && (r.status === "open" || r.status === "matched") ? (
        <ButtonGroup>
          {r.status === "open" ? (
            <ButtonLink to={`/vragen/${r.id}/bewerken`} appearance="secondary">
              {t("requests.edit")}
            </ButtonLink>
          ) : null}
          {/* With an agreed appointment the withdrawal page explains what to do instead. */}
          <ButtonLink to={`/vragen/${r.id}/intrekken`} appearance="secondary">
            {t("requests.withdraw")}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {answers.length > 0 ? <Answers answers={answers} /> : null}
      {!isSchool ? <CompanyNextStep appointments={loaderData.ownAppointments} /> : null}
      {confirm ? <ConfirmSend offers={confirm} /> : null}
      {refused ? <ErrorSummary errors={refused} /> : null}
      {/* One form for the coordinator's proposals and the ranked offers: the school ticks one or more and confirms on the next step. */}
      {isSchool && (open || proposals.length > 0) ? (
        <Form method="post" className="th-stack">
          {proposals.length > 0 ? (
            <section className="th-stack" aria-labelledby="voorstellen">
              <Heading level={2} id="voorstellen">
                {t("requests.proposals.title")}
              </Heading>
              <ul className="th-result-list th-stack">
                {proposals.map((p) => (
                  <li key={p.id} className="th-card th-result">
                    <Heading level={3} appearance={4}>
                      <Link to={`/aanbod/${p.offerId}`}>{p.offerTitle}</Link>
                    </Heading>
                    <p className="utrecht-paragraph">
                      {p.organisationName} · <Badge>{t(`appointments.request.source.${p.source}`)}</Badge>
                    </p>
                    {p.note ? <Paragraph>{p.note}</Paragraph> : null}
                    <Mismatches mismatches={p.mismatches} />
                    {p.appointmentId ? (
                      <Paragraph>
                        <Link to={`/afspraken/${p.appointmentId}`}>{t("appointments.request.taken")}</Link>
                      </Paragraph>
                    ) : open && p.offerStatus === "published" ? (
                      <Choose offerId={p.offerId} title={p.offerTitle} asked={false} checked={ticked.has(p.offerId)} />
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}
          {open ? (
            <section className="th-stack" aria-labelledby="suggesties">
              <Heading level={2} id="suggesties">
                {t("requests.suggestions")}
              </Heading>
              {suggestions.length === 0 ? (
                <Paragraph>{t("requests.noSuggestions")}</Paragraph>
              ) : (
                <>
                  <Paragraph>{t("requests.suggestionsIntroSend")}</Paragraph>
                  <ol className="th-result-list th-stack">
                    {suggestions.map((s) => (
                      <li key={s.id} className="th-card th-result">
                        <Heading level={3} appearance={4}>
                          <Link to={`/aanbod/${s.id}`}>{s.title}</Link>
                        </Heading>
                        <p className="utrecht-paragraph">
                          <Badge>{t(`guestLessons.kind.${s.kind}`)}</Badge> {s.organisationName}
                          {s.place ? ` · ${s.place}` : ""}
                        </p>
                        <Reasons reasons={s.match.reasons} topicNames={topicNames} />
                        <Mismatches mismatches={s.mismatches} />
                        {/* An offer the coordinator proposed too is ticked in her proposal above (one box per offer). */}
                        {proposed.has(s.id) ? null : <Choose offerId={s.id} title={s.title} asked={s.asked} checked={ticked.has(s.id)} />}
                      </li>
                    ))}
                  </ol>
                </>
              )}
            </section>
          ) : null}
          {open && (suggestions.some((s) => !s.asked) || proposals.some((p) => !p.appointmentId)) ? <Button>{t("requests.send.submit")}</Button> : null}
        </Form>
      ) : null}
      <Paragraph>
        <Link to="/vragen">{t("requests.backToList")}</Link>
      </Paragraph>
    </div>
  );
}
