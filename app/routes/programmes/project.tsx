import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/project";
import { servicesContext } from "~/context.ts";
import { invalid, notFound } from "~/domain/errors.ts";
import { milestoneFormSchema } from "~/domain/programmes/forms.ts";
import { RAGS, type Rag } from "~/domain/programmes/status.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput, requiredText } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createMilestone } from "~/services/programmes/create-milestone.server.ts";
import { recordMilestoneDone } from "~/services/programmes/record-milestone-done.server.ts";
import { getProject } from "~/services/programmes/get-project.server.ts";
import { getReportableProject } from "~/services/programmes/get-reportable-project.server.ts";
import { postProgressUpdate } from "~/services/programmes/post-progress-update.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, DataList, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, TextArea, TextField } from "~/ui/form.tsx";
import { MilestoneBadge, RagBadge } from "~/ui/programmes.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";
import { noticeOf } from "./notices.ts";

const NOTICES = {
  update: "programmes.update.posted",
  done: "programmes.milestone.done",
  added: "programmes.milestone.added",
  opgeslagen: "programmes.project.saved",
  "mijlpaal-opgeslagen": "programmes.milestone.saved",
  "mijlpaal-verwijderd": "programmes.milestone.removed",
} as const;

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale);
  const services = context.get(servicesContext);
  const { programme, project, canReport } = await getProject(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr) });
  return {
    programme: { slug: programme.slug, name: programme.name, goals: programme.goals.map((g) => ({ position: g.position, title: g.title })) },
    project,
    canReport,
    canManage: programme.canManage,
    notice: noticeOf(request, NOTICES),
    title: `${t("programmes.project.heading", { nr: project.position, title: project.title })} | ${programme.name}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Project | Technohub" }];
}

const updateSchema = z.object({
  text: requiredText(4000, "programmes.update.textRequired"),
  rag: z.enum(RAGS as [Rag, ...Rag[]], { error: "programmes.update.ragRequired" }),
});
const doneSchema = z.object({ milestoneId: z.uuid() });

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const projectPosition = Number(params.nr);
  // The team and the coordinators report here; anyone else hears 403 (an unknown project 404) before the form is read.
  await getReportableProject(services, user, { programmeSlug: params.slug, projectPosition });
  const intent = form.get("intent");
  const here = `/programmas/${params.slug}/projecten/${params.nr}`;
  if (intent === "update") {
    const input = formInput(updateSchema, form);
    await postProgressUpdate(services, user, { programmeSlug: params.slug, projectPosition, text: input.text, rag: input.rag });
    throw redirect(`${here}?gemeld=update`);
  }
  if (intent === "milestone") {
    await createMilestone(services, user, { programmeSlug: params.slug, projectPosition, ...formInput(milestoneFormSchema, form) });
    throw redirect(`${here}?gemeld=added`);
  }
  if (intent === "done") {
    const done = doneSchema.safeParse({ milestoneId: form.get("milestoneId") });
    if (!done.success) throw notFound("programmes.milestone.notFound");
    await recordMilestoneDone(services, user, { programmeSlug: params.slug, projectPosition, milestoneId: done.data.milestoneId });
    throw redirect(`${here}?gemeld=done`);
  }
  throw invalid("error.invalid.body");
});

export default function ProjectPage({ loaderData, actionData }: Route.ComponentProps) {
  const { programme, project, canReport, canManage, notice } = loaderData;
  const here = `/programmas/${programme.slug}/projecten/${project.position}`;
  const t = useT();
  const locale = useLocale();
  const day = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale, { dateStyle: "long" });
  // Three forms post here; the refused one is known by its `intent` (anything else shows above them all).
  const refused = actionData?.values.intent;
  const updateErrors = refused === "update" ? actionData?.errors : undefined;
  const milestoneErrors = refused === "milestone" ? actionData?.errors : undefined;
  const doneError = actionData && refused !== "update" && refused !== "milestone" ? actionData.errors._form : undefined;
  const values = (actionData?.values ?? {}) as Record<string, string>;
  const goalTitle = (nr: number) => programme.goals.find((g) => g.position === nr)?.title ?? "";
  return (
    <article className="th-stack">
      <Paragraph>
        <Link to={`/programmas/${programme.slug}`}>← {t("programmes.project.backToProgramme", { name: programme.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("programmes.project.heading", { nr: project.position, title: project.title })}</Heading>
      {notice ? <Alert type="ok">{t(notice)}</Alert> : null}
      {canManage ? (
        <ButtonGroup>
          <ButtonLink to={`${here}/bewerken`} appearance="secondary">
            {t("programmes.project.edit")}
          </ButtonLink>
          <ButtonLink to={`${here}/team`} appearance="secondary">
            {t("programmes.team.manage")}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      {doneError ? <Alert type="warning">{t(doneError)}</Alert> : null}
      <p className="utrecht-paragraph">
        <RagBadge rag={project.rag} />
      </p>
      {project.description ? <Paragraph lead>{project.description}</Paragraph> : null}
      <DataList
        items={[
          {
            label: t("programmes.project.goals"),
            value: project.goalPositions.map((nr) => t("programmes.goal.heading", { nr, title: goalTitle(nr) })).join("; "),
          },
        ]}
      />

      <section className="th-stack" aria-labelledby="team">
        <Heading level={2} id="team">
          {t("programmes.project.team")}
        </Heading>
        {project.team.length === 0 ? (
          <Paragraph>{t("programmes.project.teamNone")}</Paragraph>
        ) : (
          <ul className="utrecht-unordered-list">
            {project.team.map((s) => (
              <li key={s.id} className="utrecht-unordered-list__item">
                {s.role}
                {s.organisation && s.organisationSlug ? (
                  <>
                    {", "}
                    <Link to={`/organisaties/${s.organisationSlug}`}>{s.organisation}</Link>
                  </>
                ) : null}
                {s.person ? ` (${s.person})` : null}
                {s.isLead ? <strong> · {t("programmes.project.lead")}</strong> : null}
              </li>
            ))}
          </ul>
        )}
      </section>

      <section className="th-stack" aria-labelledby="mijlpalen">
        <Heading level={2} id="mijlpalen">
          {t("programmes.project.milestones")}
        </Heading>
        {project.milestones.length === 0 ? <Paragraph>{t("programmes.project.milestonesNone")}</Paragraph> : null}
        <ul className="th-milestones">
          {project.milestones.map((m) => (
            <li key={m.id} className="th-milestones__item">
              <div>
                <MilestoneBadge state={m.state} /> <strong>{m.title}</strong>
                <div className="th-muted">
                  {t("programmes.milestone.due", { date: day(m.dueOn) })}
                  {m.state === "late" ? ` · ${t("programmes.overdue.item", { count: m.daysLate })}` : null}
                  {m.doneAt ? ` · ${t("programmes.milestone.doneOn", { date: formatDate(m.doneAt, locale, { dateStyle: "long" }) })}` : null}
                </div>
              </div>
              {canReport ? (
                <div className="th-member-actions">
                  {m.state !== "done" ? (
                    <Form method="post" noValidate>
                      <input type="hidden" name="intent" value="done" />
                      <input type="hidden" name="milestoneId" value={m.id} />
                      <Button appearance="secondary" aria-label={t("programmes.milestone.markDoneLabel", { title: m.title })}>
                        {t("programmes.milestone.markDone")}
                      </Button>
                    </Form>
                  ) : null}
                  <ButtonLink to={`${here}/mijlpalen/${m.id}`} appearance="subtle" aria-label={t("programmes.milestone.editLabel", { title: m.title })}>
                    {t("programmes.milestone.edit")}
                  </ButtonLink>
                </div>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      {canReport ? (
        <section className="th-card th-stack th-narrow" aria-labelledby="voortgang-melden">
          <Heading level={2} id="voortgang-melden">
            {t("programmes.update.add")}
          </Heading>
          {updateErrors ? <ErrorSummary errors={updateErrors} /> : null}
          <Form method="post" className="th-stack" noValidate key={`update-${project.updates.length}`}>
            <input type="hidden" name="intent" value="update" />
            <TextArea name="text" label={t("programmes.update.text")} error={updateErrors?.text} defaultValue={values.text ?? ""} required />
            <fieldset id="f-rag" className="utrecht-form-fieldset" aria-describedby={updateErrors?.rag ? "f-rag-error" : undefined}>
              <legend className="utrecht-form-fieldset__legend utrecht-form-label">{t("programmes.update.rag")}</legend>
              {updateErrors?.rag ? (
                <div className="utrecht-form-field-error-message" id="f-rag-error">
                  {t(updateErrors.rag)}
                </div>
              ) : null}
              {RAGS.map((rag) => (
                <div key={rag} className="utrecht-form-field utrecht-form-field--radio">
                  <input
                    type="radio"
                    className="utrecht-radio-button utrecht-radio-button--html-input"
                    id={`f-rag-${rag}`}
                    name="rag"
                    value={rag}
                    defaultChecked={values.rag === rag}
                  />{" "}
                  <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`f-rag-${rag}`}>
                    {t(`programmes.rag.${rag}`)}
                  </label>
                </div>
              ))}
            </fieldset>
            <Button>{t("programmes.update.submit")}</Button>
          </Form>
        </section>
      ) : null}

      <section className="th-stack" aria-labelledby="updates">
        <Heading level={2} id="updates">
          {t("programmes.project.updates")}
        </Heading>
        {project.updates.length === 0 ? <Paragraph>{t("programmes.project.updatesNone")}</Paragraph> : null}
        <ol className="th-updates">
          {project.updates.map((u) => (
            <li key={u.id} className="th-card th-stack">
              <p className="utrecht-paragraph">
                <RagBadge rag={u.rag} /> <span className="th-muted">
                  {formatDate(u.createdAt, locale, { dateStyle: "long" })}
                  {u.author ? ` · ${t("programmes.update.by", { name: u.author })}` : null}
                </span>
              </p>
              <Paragraph>{u.text}</Paragraph>
            </li>
          ))}
        </ol>
      </section>

      {canReport ? (
        <section className="th-card th-stack th-narrow" aria-labelledby="mijlpaal-toevoegen">
          <Heading level={2} id="mijlpaal-toevoegen">
            {t("programmes.milestone.add")}
          </Heading>
          {milestoneErrors ? <ErrorSummary errors={milestoneErrors} /> : null}
          <Form method="post" className="th-stack" noValidate key={`milestone-${project.milestones.length}`}>
            <input type="hidden" name="intent" value="milestone" />
            <TextField name="title" label={t("programmes.milestone.title")} error={milestoneErrors?.title} defaultValue={values.title ?? ""} required />
            <TextField name="dueOn" type="date" label={t("programmes.milestone.dueOn")} error={milestoneErrors?.dueOn} defaultValue={values.dueOn ?? ""} required />
            <Button appearance="secondary">{t("programmes.milestone.add")}</Button>
          </Form>
        </section>
      ) : null}
    </article>
  );
}
