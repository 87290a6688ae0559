import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/programme-edit";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { goalFormSchema, newProgrammeFormSchema, programmeFormSchema } from "~/domain/programmes/forms.ts";
import { NETWORK_PARAM, NETWORK_QUERY_PARAM, parseNetworkChoiceQuery } from "~/domain/common/network-choice.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { redirectWithoutEmptyFields } from "~/lib/list-address.server.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createGoal } from "~/services/programmes/create-goal.server.ts";
import { createProgramme } from "~/services/programmes/create-programme.server.ts";
import { getNewProgrammeForm } from "~/services/programmes/get-new-programme-form.server.ts";
import { getProgrammeEditor } from "~/services/programmes/get-programme-editor.server.ts";
import { updateGoalPosition } from "~/services/programmes/update-goal-position.server.ts";
import { updateProgramme } from "~/services/programmes/update-programme.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { NetworkSearchStep } from "~/ui/network-choice.tsx";
import { GoalFields, ProgrammeFields, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";
import { noticeOf } from "./notices.ts";

const NOTICES = {
  aangemaakt: "programmes.form.created",
  opgeslagen: "programmes.form.saved",
  doel: "programmes.goal.added",
  "doel-opgeslagen": "programmes.goal.saved",
  "doel-verwijderd": "programmes.goal.removed",
  volgorde: "programmes.goal.moved",
  "project-verwijderd": "programmes.project.removed",
} as const;

const NEW_PATH = "/programmas/nieuw";

const moveSchema = z.object({ goalId: z.uuid(), direction: z.enum(["up", "down"]) });

/** One page to start a programme (/programmas/nieuw) and to edit it with its goals (/programmas/:slug/bewerken). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const t = translator(user.locale);
  if (!params.slug) {
    redirectWithoutEmptyFields(request, [NETWORK_PARAM, NETWORK_QUERY_PARAM]);
    const { choice } = await getNewProgrammeForm(services, user, parseNetworkChoiceQuery(new URL(request.url).searchParams));
    return { mode: "new" as const, choice, programme: null, values: {} as FormValues, notice: null, title: t("programmes.form.titleNew") };
  }
  const p = await getProgrammeEditor(services, user, { slug: params.slug });
  return {
    mode: "edit" as const,
    choice: null,
    programme: {
      slug: p.slug,
      name: p.name,
      network: p.network,
      goals: p.goals.map((g) => ({ id: g.id, position: g.position, title: g.title, indicator: g.indicator, target: g.target })),
      projects: p.projects.map((pr) => ({ id: pr.id, position: pr.position, title: pr.title, goalPositions: pr.goalPositions })),
    },
    values: { name: p.name, description: p.description, funders: p.funders, startsOn: p.startsOn, endsOn: p.endsOn } as FormValues,
    notice: noticeOf(request, NOTICES),
    title: t("programmes.form.titleEdit", { name: p.name }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Programma"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  if (!params.slug) {
    // Only coordinators start a programme; others hear 403 before the form is read.
    await getNewProgrammeForm(services, user);
    const { slug } = await createProgramme(services, user, formInput(newProgrammeFormSchema, form));
    throw redirect(`/programmas/${slug}/bewerken?gemeld=aangemaakt#doelen`);
  }
  await getProgrammeEditor(services, user, { slug: params.slug });
  const here = `/programmas/${params.slug}/bewerken`;
  const intent = form.get("intent");
  if (intent === "addGoal") {
    await createGoal(services, user, { slug: params.slug, ...formInput(goalFormSchema, form) });
    throw redirect(`${here}?gemeld=doel#doelen`);
  }
  if (intent === "moveGoal") {
    const move = moveSchema.safeParse({ goalId: form.get("goalId"), direction: form.get("direction") });
    if (!move.success) throw notFound("programmes.goal.notFound");
    await updateGoalPosition(services, user, { slug: params.slug, goalId: move.data.goalId, direction: move.data.direction });
    throw redirect(`${here}?gemeld=volgorde#doelen`);
  }
  await updateProgramme(services, user, { slug: params.slug, ...formInput(programmeFormSchema, form) });
  throw redirect(`${here}?gemeld=opgeslagen`);
});

/** Which of the page's forms a refusal belongs to, by the `intent` it posted. */
function formOf(intent: unknown): "details" | "goal" | "move" {
  return intent === "addGoal" ? "goal" : intent === "moveGoal" ? "move" : "details";
}

export default function ProgrammeEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme: p, notice } = loaderData;
  const refused = actionData ? formOf(actionData.values.intent) : null;
  const errorsFor = (form: string) => (actionData && refused === form ? actionData.errors : undefined);
  const valuesFor = (form: string, fallback: FormValues) => (actionData && refused === form ? (actionData.values as FormValues) : fallback);
  const detailLabels = {
    networkId: t("programmes.form.network"),
    name: t("programmes.form.name"),
    description: t("programmes.form.description"),
    funders: t("programmes.form.funders"),
    startsOn: t("programmes.form.startsOn"),
    endsOn: t("programmes.form.endsOn"),
  };
  const goalLabels = { title: t("programmes.goal.title"), indicator: t("programmes.goal.indicator"), target: t("programmes.goal.target") };

  if (!p) {
    const { choice } = loaderData;
    return (
      <div className="th-stack th-narrow">
        <Paragraph>
          <Link to="/programmas">← {t("programmes.back")}</Link>
        </Paragraph>
        <Heading level={1}>{loaderData.title}</Heading>
        <Paragraph lead>{t("programmes.form.introNew")}</Paragraph>
        {choice?.step === "search" ? <NetworkSearchStep choice={choice} path={NEW_PATH} /> : null}
        {choice && choice.step !== "search" ? (
          <>
            <ErrorSummary errors={errorsFor("details")} labels={detailLabels} />
            <Form method="post" noValidate className="th-stack">
              <ProgrammeFields values={valuesFor("details", loaderData.values)} errors={errorsFor("details")} network={{ choice, path: NEW_PATH }} />
              <ButtonGroup>
                <Button>{t("programmes.form.create")}</Button>
                <ButtonLink to="/programmas" appearance="subtle">
                  {t("programmes.edit.cancel")}
                </ButtonLink>
              </ButtonGroup>
            </Form>
          </>
        ) : null}
      </div>
    );
  }

  const base = `/programmas/${p.slug}`;
  return (
    <div className="th-stack th-editor">
      <Paragraph>
        <Link to={base}>← {t("programmes.edit.back", { name: p.name })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {notice ? <Alert type="ok">{t(notice)}</Alert> : null}
      {refused === "move" && actionData?.errors._form ? <Alert type="warning">{t(actionData.errors._form)}</Alert> : null}

      <section className="th-stack th-narrow" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">
          {t("programmes.form.details")}
        </Heading>
        <Paragraph>
          {t("programmes.network")}: <Link to={`/netwerken/${p.network.slug}`}>{p.network.name}</Link>
        </Paragraph>
        <ErrorSummary errors={errorsFor("details")} labels={detailLabels} />
        <Form method="post" noValidate className="th-stack">
          <input type="hidden" name="intent" value="details" />
          <ProgrammeFields values={valuesFor("details", loaderData.values)} errors={errorsFor("details")} />
          <Button>{t("programmes.edit.save")}</Button>
        </Form>
      </section>

      <section className="th-stack" aria-labelledby="doelen">
        <Heading level={2} id="doelen">
          {t("programmes.goals.manage")}
        </Heading>
        <Paragraph>{t("programmes.goals.manageIntro")}</Paragraph>
        {p.goals.length === 0 ? <Paragraph>{t("programmes.goals.none")}</Paragraph> : null}
        <ol className="th-editor-list">
          {p.goals.map((g, i) => (
            <li key={g.id} className="th-editor-list__item">
              <div>
                <strong>{t("programmes.goal.heading", { nr: g.position, title: g.title })}</strong>
                {g.indicator || g.target ? (
                  <div className="th-muted">
                    {[g.indicator ? `${t("programmes.goal.indicator")}: ${g.indicator}` : null, g.target ? `${t("programmes.goal.target")}: ${g.target}` : null].filter(Boolean).join(" · ")}
                  </div>
                ) : null}
              </div>
              <div className="th-member-actions">
                <ButtonLink to={`${base}/doelen/${g.position}`} appearance="secondary" aria-label={t("programmes.goal.editLabel", { nr: g.position })}>
                  {t("programmes.goal.edit")}
                </ButtonLink>
                {i > 0 ? <MoveGoal goalId={g.id} direction="up" label={t("programmes.goal.moveUpLabel", { nr: g.position })} text={t("programmes.goal.moveUp")} /> : null}
                {i < p.goals.length - 1 ? <MoveGoal goalId={g.id} direction="down" label={t("programmes.goal.moveDownLabel", { nr: g.position })} text={t("programmes.goal.moveDown")} /> : null}
              </div>
            </li>
          ))}
        </ol>
        <div className="th-card th-stack th-narrow">
          <Heading level={3}>{t("programmes.goal.add")}</Heading>
          <ErrorSummary errors={errorsFor("goal")} labels={goalLabels} />
          {/* A new key after each added goal empties the fields again when the page is not reloaded (with JavaScript). */}
          <Form method="post" noValidate className="th-stack" key={`${p.goals.length}-${JSON.stringify(errorsFor("goal") ?? {})}`}>
            <input type="hidden" name="intent" value="addGoal" />
            <GoalFields values={valuesFor("goal", {})} errors={errorsFor("goal")} />
            <Button appearance="secondary">{t("programmes.goal.add")}</Button>
          </Form>
        </div>
      </section>

      <section className="th-stack" aria-labelledby="projecten">
        <Heading level={2} id="projecten">
          {t("programmes.projects.manage")}
        </Heading>
        {p.projects.length === 0 ? <Paragraph>{t("programmes.projects.none")}</Paragraph> : null}
        <ol className="th-editor-list">
          {p.projects.map((pr) => (
            <li key={pr.id} className="th-editor-list__item">
              <div>
                <Link to={`${base}/projecten/${pr.position}`}>{t("programmes.project.heading", { nr: pr.position, title: pr.title })}</Link>
                <div className="th-muted">
                  {t("programmes.project.goals")}: {pr.goalPositions.join(", ")}
                </div>
              </div>
              <div className="th-member-actions">
                <ButtonLink to={`${base}/projecten/${pr.position}/bewerken`} appearance="secondary" aria-label={`${t("programmes.project.edit")}: ${pr.position}. ${pr.title}`}>
                  {t("programmes.goal.edit")}
                </ButtonLink>
                <ButtonLink to={`${base}/projecten/${pr.position}/team`} appearance="secondary" aria-label={`${t("programmes.team.manage")}: ${pr.position}. ${pr.title}`}>
                  {t("programmes.team.manage")}
                </ButtonLink>
              </div>
            </li>
          ))}
        </ol>
        {p.goals.length === 0 ? (
          <Paragraph>{t("programmes.projects.needGoal")}</Paragraph>
        ) : (
          <ButtonGroup>
            <ButtonLink to={`${base}/projecten/nieuw`}>{t("programmes.project.add")}</ButtonLink>
          </ButtonGroup>
        )}
      </section>
    </div>
  );
}

function MoveGoal({ goalId, direction, label, text }: { goalId: string; direction: "up" | "down"; label: string; text: string }) {
  return (
    <Form method="post">
      <input type="hidden" name="intent" value="moveGoal" />
      <input type="hidden" name="goalId" value={goalId} />
      <input type="hidden" name="direction" value={direction} />
      <Button appearance="subtle" aria-label={label}>
        {text}
      </Button>
    </Form>
  );
}
