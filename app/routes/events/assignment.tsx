import { useEffect } from "react";
import { Form, redirect, useRevalidator } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/assignment";
import { servicesContext } from "~/context.ts";
import { parsePage } from "~/domain/common/paging.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { formatDecimal, translator, type Locale } from "~/i18n/index.ts";
import { confirmationStep, isConfirmed, queryObject } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { updateAssignment } from "~/services/events/update-assignment.server.ts";
import { getAssignmentReview } from "~/services/events/get-assignment-review.server.ts";
import { publishEvent } from "~/services/events/publish-event.server.ts";
import { getPublicationAudience } from "~/services/events/get-publication-audience.server.ts";
import { createAssignmentRun } from "~/services/events/create-assignment-run.server.ts";
import type { PublicationAudience } from "~/services/events/get-publication-audience.server.ts";
import { withdrawGroup } from "~/services/events/withdraw-group.server.ts";
import { verifyEventAccess } from "~/services/events/verify-event-access.server.ts";
import { Alert, Button, ButtonGroup, DataList, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ConfirmStep } from "~/ui/confirm.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { PageNotice, Pagination, type PageState } from "~/ui/pagination.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

// What the address may carry: a page, a filter, and the notice a redirect names (anything else is ignored).
const querySchema = z.object({
  filter: z.enum(["niet-ingedeeld", ""]).catch(""),
  melding: z.enum(["opgeslagen", "ingetrokken", "gepubliceerd"]).nullable().catch(null),
  mails: z.coerce.number().int().min(0).max(1_000_000).nullable().catch(null),
});

const groupId = z.object({ groupId: z.uuid() });
const adjustSchema = z.object({ groupId: z.uuid(), slotId: z.union([z.uuid(), z.literal("")]), locked: z.string().optional() });

export const loader = routeLoader(async ({ request, params, context }: Route.LoaderArgs) => {
  const actor = requireUser(context, request);
  const url = new URL(request.url);
  const query = querySchema.parse({ filter: "", melding: null, mails: null, ...queryObject(url) });
  const { page, ignored } = parsePage(url.searchParams.get("pagina"));
  const review = await getAssignmentReview(context.get(servicesContext), actor, {
    slug: params.slug,
    page,
    onlyUnassigned: query.filter === "niet-ingedeeld",
  });
  return {
    ...review,
    ignored,
    notice: query.melding,
    mails: query.mails === null ? null : String(query.mails),
    title: translator(actor.locale)("events.assignment.title", { name: review.event.name }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Indeling"} | Technohub` }];
}

export const action = routeAction(async ({ request, params, context, form }: WithForm<Route.ActionArgs>) => {
  const actor = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only the event's coordinators: others hear 403 before the form is read.
  await verifyEventAccess(services, actor, { slug: params.slug, as: "coordinator" });
  const base = `/evenementen/${encodeURIComponent(params.slug)}/indeling`;
  const intent = form.get("intent");
  if (intent === "run") {
    await createAssignmentRun(services, actor, { slug: params.slug });
    throw redirect(base);
  }
  if (intent === "publish") {
    // Publishing mails every school and host: first say how many, then publish on "Bevestigen".
    if (!isConfirmed(form)) return confirmationStep(form, await getPublicationAudience(services, actor, { slug: params.slug }));
    const { mails } = await publishEvent(services, actor, { slug: params.slug });
    throw redirect(`${base}?melding=gepubliceerd&mails=${mails}`);
  }
  if (intent === "withdraw") {
    const group = groupId.safeParse({ groupId: form.get("groupId") });
    if (!group.success) throw notFound();
    // Withdrawing deletes a school's class and its place (once published, its host is mailed); it sat
    // beside "Opslaan" in the group's card on a phone, so it asks first, naming the class.
    if (!isConfirmed(form)) return confirmationStep(form, { withdrawGroupId: group.data.groupId });
    // The coordinator may withdraw a class at any time; once published its host is told by mail.
    const { mails } = await withdrawGroup(services, actor, { slug: params.slug, groupId: group.data.groupId });
    throw redirect(`${base}?melding=ingetrokken&mails=${mails}`);
  }
  if (intent !== "adjust") throw invalid("error.invalid.body");
  const adjust = adjustSchema.safeParse({ groupId: form.get("groupId"), slotId: form.get("slotId") ?? "", locked: form.get("locked") ?? undefined });
  if (!adjust.success) throw notFound();
  const input = adjust.data;
  await updateAssignment(services, actor, { slug: params.slug, groupId: input.groupId, slotId: input.slotId || null, locked: input.locked === "ja" });
  // Back to the page and filter the coordinator was on, at the group just changed.
  const back = new URLSearchParams();
  const url = new URL(request.url);
  const query = querySchema.parse({ filter: "", melding: null, mails: null, ...queryObject(url) });
  const { page } = parsePage(url.searchParams.get("pagina"));
  if (page > 1) back.set("pagina", String(page));
  if (query.filter) back.set("filter", query.filter);
  back.set("melding", "opgeslagen");
  throw redirect(`${base}?${back.toString()}#groep-${input.groupId}`);
});

/** How far the objective may be from the best possible, in percent of the bound. */
function gapPercent(objective: number, upperBound: number, locale: Locale) {
  return formatDecimal((Math.abs(upperBound - objective) / Math.max(1, Math.abs(upperBound))) * 100, locale, 2);
}

function percent(n: number) {
  return `${Math.round(n * 100)}%`;
}

type PageData = Route.ComponentProps["loaderData"];
type ReviewRow = PageData["rows"][number];

export default function AssignmentPage({ loaderData, actionData }: Route.ComponentProps) {
  const { event, run, rows, page, onlyUnassigned } = loaderData;
  const active = run?.status === "queued" || run?.status === "running";
  useRevalidateWhile(active);
  const errors: Record<string, string> = actionData && "errors" in actionData ? actionData.errors : {};
  const confirm = actionData && "confirm" in actionData ? actionData.confirm : null;
  const publication = confirm && "schools" in confirm.details ? { fields: confirm.fields, audience: confirm.details } : null;
  const withdrawGroupId = confirm && "withdrawGroupId" in confirm.details ? confirm.details.withdrawGroupId : null;
  const withdrawal = confirm && withdrawGroupId ? { fields: confirm.fields, row: rows.find((r) => r.id === withdrawGroupId) } : null;
  const published = event.status === "published" || event.status === "done";
  const filterHref = (only: boolean, p = 1) => {
    const q = new URLSearchParams();
    if (only) q.set("filter", "niet-ingedeeld");
    if (p > 1) q.set("pagina", String(p));
    const s = q.toString();
    return `/evenementen/${event.slug}/indeling${s ? `?${s}` : ""}`;
  };
  return (
    <div className="th-stack">
      {active ? (
        <noscript>
          <meta httpEquiv="refresh" content="2" />
        </noscript>
      ) : null}
      <Heading level={1}>{loaderData.title}</Heading>
      <AssignmentIntro errors={errors} notice={loaderData.notice} mails={loaderData.mails} />
      {publication && !published ? <ConfirmPublication fields={publication.fields} audience={publication.audience} cancelTo={filterHref(onlyUnassigned, page)} /> : null}
      {withdrawal ? <ConfirmWithdrawal fields={withdrawal.fields} row={withdrawal.row} published={published} cancelTo={filterHref(onlyUnassigned, page)} /> : null}
      <RunSection data={loaderData} active={active} published={published} />
      <GroupsSection rows={rows} hasRun={!!run} eventStatus={event.status} published={published} onlyUnassigned={onlyUnassigned} filterHref={filterHref} paging={loaderData} />
      <Paragraph>
        <Link to={`/evenementen/${event.slug}`}>{event.name}</Link>
      </Paragraph>
    </div>
  );
}

/** With JavaScript: reload the data every second while the engine runs (without, the meta refresh does it). */
function useRevalidateWhile(active: boolean) {
  const revalidator = useRevalidator();
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => {
      if (revalidator.state === "idle") void revalidator.revalidate();
    }, 1000);
    return () => clearInterval(timer);
  }, [active, revalidator]);
}

/** The intro, a refused action's errors and the notice after a save, withdrawal or publication. */
function AssignmentIntro({ errors, notice, mails }: { errors: Record<string, string>; notice: PageData["notice"]; mails: PageData["mails"] }) {
  const t = useT();
  return (
    <>
      <Paragraph lead>{t("events.assignment.intro")}</Paragraph>
      <ErrorSummary errors={errors} />
      {notice === "opgeslagen" ? (
        <Alert type="ok">
          <Paragraph>{t("events.assignment.saved")}</Paragraph>
        </Alert>
      ) : null}
      {notice === "ingetrokken" ? (
        <Alert type="ok">
          <Paragraph>{t("events.manage.groupWithdrawn", { mails: mails ?? "0" })}</Paragraph>
        </Alert>
      ) : null}
      {notice === "gepubliceerd" ? (
        <Alert type="ok">
          <Paragraph>{t("events.assignment.published", { mails: mails ?? "0" })}</Paragraph>
        </Alert>
      ) : null}
    </>
  );
}

/** The step before publishing: how many schools and hosts will be mailed, then "Bevestigen en publiceren". */
function ConfirmPublication({ fields, audience, cancelTo }: { fields: [string, string][]; audience: PublicationAudience; cancelTo: string }) {
  const t = useT();
  return (
    <ConfirmStep
      id="publiceren-bevestigen"
      title={t("events.publish.confirmTitle")}
      fields={fields}
      confirmLabel={t("events.publish.confirm")}
      cancelTo={cancelTo}
      cancelLabel={t("events.publish.cancel")}
    >
      <Paragraph>{t("events.publish.confirmIntro")}</Paragraph>
      <DataList
        items={[
          { label: t("events.publish.schools"), value: String(audience.schools) },
          { label: t("events.publish.hosts"), value: String(audience.hosts) },
          { label: t("events.publish.mails"), value: String(audience.mails) },
        ]}
      />
      {audience.unreachable > 0 ? (
        <Paragraph>{t("events.publish.unreachable", { count: audience.unreachable })}</Paragraph>
      ) : null}
      <Paragraph>{t("events.publish.final")}</Paragraph>
    </ConfirmStep>
  );
}

/** The step before withdrawing a class: which class, that it cannot be undone, and who hears of it. */
function ConfirmWithdrawal({ fields, row, published, cancelTo }: { fields: [string, string][]; row: ReviewRow | undefined; published: boolean; cancelTo: string }) {
  const t = useT();
  return (
    <ConfirmStep
      id="intrekken-bevestigen"
      title={row ? t("events.assignment.withdrawConfirm.title", { name: `${row.label}, ${row.schoolName}` }) : t("events.assignment.withdrawConfirm.titleUnnamed")}
      fields={fields}
      confirmLabel={t("events.assignment.withdrawConfirm.submit")}
      cancelTo={row ? `${cancelTo}#groep-${row.id}` : cancelTo}
      cancelLabel={t("events.assignment.withdrawConfirm.back")}
    >
      <Paragraph>{t("events.assignment.withdrawConfirm.body")}</Paragraph>
      {published && row?.slotId ? <Paragraph>{t("events.assignment.withdrawConfirm.hostMailed")}</Paragraph> : null}
      <Paragraph>{t("events.assignment.withdrawConfirm.school")}</Paragraph>
    </ConfirmStep>
  );
}

/** The latest run (queued, running, failed or done), the figures, and running or publishing. */
function RunSection({ data, active, published }: { data: PageData; active: boolean; published: boolean }) {
  const t = useT();
  const locale = useLocale();
  const { event, run, stats, totals } = data;
  return (
    <section aria-labelledby="run-status" className="th-stack">
      <Heading level={2} id="run-status">
        {t("events.assignment.result")}
      </Heading>
      <RunStatus run={run} />
      <DataList
        items={[
          { label: t("events.assignment.assigned"), value: t("events.assignment.ofGroups", { n: totals.assigned, count: totals.groups }) },
          { label: t("events.assignment.unassigned"), value: String(totals.unassigned) },
          { label: t("events.assignment.locked"), value: String(totals.locked) },
          // Before any group is placed, "0%" and "0,0 km" read as a (bad) result; they are none yet.
          ...[
            { label: t("events.assignment.firstChoice"), value: percent(stats.firstChoice) },
            { label: t("events.assignment.top3"), value: percent(stats.top3) },
            { label: t("events.assignment.avgKm"), value: `${formatDecimal(stats.avgKm, locale)} km` },
            { label: t("events.assignment.maxKm"), value: `${formatDecimal(stats.maxKm, locale)} km` },
          ].map((item) => (totals.assigned === 0 ? { ...item, value: t("events.assignment.notYet") } : item)),
        ]}
      />
      {published ? (
        <Alert type="ok">
          <Paragraph>{t("events.assignment.isPublished")}</Paragraph>
        </Alert>
      ) : (
        <ButtonGroup>
          <Form method="post">
            <input type="hidden" name="intent" value="run" />
            <Button disabled={active}>{run ? t("events.assignment.rerun") : t("events.assignment.run")}</Button>
          </Form>
          {totals.assigned > 0 && !active ? (
            <Form method="post">
              <input type="hidden" name="intent" value="publish" />
              <Button appearance="secondary">{t("events.assignment.publish")}</Button>
            </Form>
          ) : null}
        </ButtonGroup>
      )}
      {!published && totals.assigned > 0 ? <Paragraph>{t("events.assignment.publishHint")}</Paragraph> : null}
      <Paragraph>
        <a className="utrecht-link" href={`/evenementen/${event.slug}/indeling.xlsx`} download>
          {t("events.assignment.export")}
        </a>
      </Paragraph>
    </section>
  );
}

function RunStatus({ run }: { run: PageData["run"] }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {run?.status === "queued" ? (
        <Alert type="info">
          <Paragraph>{t("events.assignment.queued")}</Paragraph>
        </Alert>
      ) : null}
      {run?.status === "running" ? (
        <Alert type="info">
          <Paragraph>{t("events.assignment.running", { percent: Math.round(run.progress * 100), phase: t(`events.assignment.phase.${run.phase ?? "build"}`) })}</Paragraph>
          <progress className="th-progress" max={1} value={run.progress} aria-label={t("events.assignment.result")} />
          {run.objective != null && run.upperBound != null ? (
            <Paragraph>{t("events.assignment.bestSoFar", { objective: String(run.objective), gap: gapPercent(run.objective, run.upperBound, locale) })}</Paragraph>
          ) : null}
        </Alert>
      ) : null}
      {run?.status === "failed" ? (
        <Alert type="error">
          <Paragraph>{t("events.assignment.failed", { error: run.error ?? "" })}</Paragraph>
        </Alert>
      ) : null}
      {run?.status === "done" ? (
        <Paragraph>
          {t("events.assignment.doneAt", { groups: run.groupCount ?? 0, slots: run.slotCount ?? 0, seconds: formatDecimal((run.solveMs ?? 0) / 1000, locale) })}{" "}
          {run.optimal
            ? t("events.assignment.optimal")
            : run.objective != null && run.upperBound != null
              ? t("events.assignment.nearOptimal", { gap: gapPercent(run.objective, run.upperBound, locale) })
              : null}
        </Paragraph>
      ) : null}
    </>
  );
}

type GroupsProps = {
  rows: ReviewRow[];
  hasRun: boolean;
  eventStatus: PageData["event"]["status"];
  published: boolean;
  onlyUnassigned: boolean;
  filterHref: (only: boolean, page?: number) => string;
  paging: PageState;
};

/** One page of groups: where each goes (or why not), and the forms to move, lock or withdraw it. */
function GroupsSection({ rows, hasRun, eventStatus, published, onlyUnassigned, filterHref, paging }: GroupsProps) {
  const t = useT();
  const locale = useLocale();
  return (
    <section aria-labelledby="groups" className="th-stack">
      <Heading level={2} id="groups">
        {t("events.assignment.groups")}
      </Heading>
      <Paragraph>
        {onlyUnassigned ? (
          <Link to={filterHref(false)}>{t("events.assignment.all")}</Link>
        ) : (
          <Link to={filterHref(true)}>{t("events.assignment.onlyUnassigned")}</Link>
        )}
      </Paragraph>
      <PageNotice {...paging} />
      {rows.length === 0 ? (
        <Paragraph>{t("events.assignment.noGroups")}</Paragraph>
      ) : (
        // Six columns with a form in one do not fit a phone: under the breakpoint each group is a card.
        <Table
          caption={t("events.assignment.caption")}
          stack
          rows={rows}
          rowKey={(r) => r.id}
          rowProps={(r) => ({ id: `groep-${r.id}` })}
          columns={[
            {
              header: t("events.assignment.col.group"),
              rowHeader: true,
              cell: (r) => (
                <>
                  <strong>{r.label}</strong>
                  <br />
                  {r.schoolName} · {r.size} · {t(`events.level.${r.level}`)}
                </>
              ),
            },
            {
              header: t("events.assignment.col.slot"),
              cell: (r) => (
                <>
                  {r.slotLabel ?? <em>{r.reason ? t(`events.reason.${r.reason}`) : hasRun ? t("events.assignment.unassigned") : t("events.assignment.notRun")}</em>}
                  {r.locked ? ` · ${t("events.assignment.locked")}` : ""}
                  {r.source === "manual" ? ` · ${t("events.assignment.byHand")}` : ""}
                </>
              ),
            },
            {
              header: t("events.assignment.col.choice"),
              cell: (r) => (r.slotId ? (r.rank >= 0 ? t("events.assignment.choice", { n: r.rank + 1 }) : t("events.assignment.noChoice")) : "–"),
            },
            { header: t("events.assignment.col.km"), cell: (r) => (r.km != null ? `${formatDecimal(r.km, locale)} km` : "–") },
            !published && { header: t("events.assignment.col.change"), label: false, cell: (r) => <AdjustForm row={r} name={`${r.label}, ${r.schoolName}`} /> },
            eventStatus !== "done" && {
              header: t("events.manage.withdraw"),
              label: false,
              cell: (r) => (
                <Form method="post">
                  <input type="hidden" name="intent" value="withdraw" />
                  <input type="hidden" name="groupId" value={r.id} />
                  <Button appearance="secondary" danger aria-label={t("events.manage.withdrawLabel", { name: `${r.label}, ${r.schoolName}` })}>
                    {t("events.manage.withdraw")}
                  </Button>
                </Form>
              ),
            },
          ]}
        />
      )}
      <Pagination {...paging} href={(p) => filterHref(onlyUnassigned, p)} label={t("events.assignment.pages")} />
    </section>
  );
}

/** Moving a group by hand (to a slot it fits, or out) and locking it. */
function AdjustForm({ row: r, name }: { row: ReviewRow; name: string }) {
  const t = useT();
  return (
    <Form method="post" className="th-assign-form">
      <input type="hidden" name="intent" value="adjust" />
      <input type="hidden" name="groupId" value={r.id} />
      <label className="utrecht-form-label" htmlFor={`slot-${r.id}`}>
        {t("events.assignment.moveTo", { group: name })}
      </label>
      <select id={`slot-${r.id}`} name="slotId" className="utrecht-select utrecht-select--html-select" defaultValue={r.slotId ?? ""}>
        <option value="">{t("events.assignment.noSlot")}</option>
        {r.slotId && !r.options.some((o) => o.id === r.slotId) ? <option value={r.slotId}>{r.slotLabel}</option> : null}
        {r.options.map((o) => (
          <option key={o.id} value={o.id}>
            {o.label}
          </option>
        ))}
      </select>
      <span className="utrecht-form-field utrecht-form-field--checkbox">
        <input className="utrecht-checkbox utrecht-checkbox--html-input" type="checkbox" id={`lock-${r.id}`} name="locked" value="ja" defaultChecked={r.locked} />
        <label className="utrecht-form-label utrecht-form-label--checkbox" htmlFor={`lock-${r.id}`}>
          {t("events.assignment.lock")}
          <span className="th-visually-hidden"> ({name})</span>
        </label>
      </span>
      <Button appearance="secondary" aria-label={`${t("events.assignment.save")} (${name})`}>
        {t("events.assignment.save")}
      </Button>
    </Form>
  );
}
