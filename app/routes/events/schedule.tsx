import type { Route } from "./+types/schedule";
import { servicesContext } from "~/context.ts";
import { formatDate, labelOf, translator } from "~/i18n/index.ts";
import { routeLoader } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getSchedule } from "~/services/events/get-schedule.server.ts";
import { Alert, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const schedule = await getSchedule(context.get(servicesContext), actor, { slug: params.slug, orgSlug: params.orgSlug });
  return { ...schedule, title: translator(actor.locale)("events.schedule.title", { event: schedule.event.name }) };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Rooster"} – ${loaderData?.organisation.name ?? ""} | Technohub` }];
}

export default function SchedulePage({ loaderData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { event, organisation, items, unassigned, isHost } = loaderData;
  const base = `/evenementen/${event.slug}/rooster/${organisation.slug}`;
  return (
    <div className="th-stack th-schedule">
      <Heading level={1}>{loaderData.title}</Heading>
      <Paragraph lead>{t("events.schedule.for", { name: organisation.name })}</Paragraph>
      {!loaderData.published ? (
        <Alert type="warning">
          <Paragraph>{t("events.schedule.preview")}</Paragraph>
        </Alert>
      ) : null}
      <Paragraph className="th-no-print">
        <a className="utrecht-link" href={`${base}/agenda.ics`} download>
          {t("events.schedule.ics")}
        </a>
        {" · "}
        <a className="utrecht-link" href={`${base}/rooster.pdf`} download>
          {t("events.schedule.pdf")}
        </a>
        {isHost ? (
          <>
            {" · "}
            <Link to={`/evenementen/${event.slug}/aanwezigheid/${organisation.slug}`}>{t("events.schedule.attendance")}</Link>
          </>
        ) : null}
      </Paragraph>
      {items.length === 0 ? <Paragraph>{t("events.schedule.empty")}</Paragraph> : null}
      {items.map((item) => (
        <section key={`${item.slotId}-${item.groups[0]?.assignmentId}`} className="th-schedule-item" aria-label={`${labelOf(t, `events.window.${item.windowLabel.toLowerCase()}`, item.windowLabel)} ${item.hostName}`}>
          <Heading level={2}>
            {formatDate(item.date, locale, { weekday: "long", day: "numeric", month: "long" })}, {labelOf(t, `events.window.${item.windowLabel.toLowerCase()}`, item.windowLabel)} ({item.start}–{item.end})
          </Heading>
          <Paragraph>
            <strong>{item.hostName}</strong> – {item.activity}
          </Paragraph>
          {item.street || item.place ? (
            <Paragraph>
              {t("events.schedule.address")}: {[item.street, [item.postcode, item.place].filter(Boolean).join(" ")].filter(Boolean).join(", ")}
            </Paragraph>
          ) : null}
          {item.accessibilityNotes ? (
            <Paragraph>
              {t("events.schedule.accessibility")}: {item.accessibilityNotes}
            </Paragraph>
          ) : null}
          <UnorderedList>
            {item.groups.map((g) => (
              <li key={g.assignmentId}>{t("events.schedule.group", { school: g.schoolName, label: g.label, pupils: t("events.group.pupils", { count: g.size }), level: t(`events.level.${g.level}`) })}</li>
            ))}
          </UnorderedList>
        </section>
      ))}
      {unassigned.length ? (
        <section aria-labelledby="unassigned">
          <Heading level={2} id="unassigned">
            {t("events.schedule.unassigned")}
          </Heading>
          <UnorderedList>
            {unassigned.map((g, i) => (
              <li key={i}>
                {g.label} ({t("events.group.pupils", { count: g.size })}, {t(`events.level.${g.level}`)})
              </li>
            ))}
          </UnorderedList>
        </section>
      ) : null}
      <Paragraph className="th-no-print">
        <Link to={`/evenementen/${event.slug}`}>{event.name}</Link>
      </Paragraph>
    </div>
  );
}
