import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/goal";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { goalFormSchema } from "~/domain/programmes/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getProgrammeEditor } from "~/services/programmes/get-programme-editor.server.ts";
import { removeGoal } from "~/services/programmes/remove-goal.server.ts";
import { updateGoal } from "~/services/programmes/update-goal.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { ConfirmRemoval, GoalFields, RemovalLink, type FormValues } from "~/ui/programme-forms.tsx";
import { useT } from "~/ui/use-t.ts";

const goalId = z.object({ goalId: z.uuid() });

/** One goal of a programme: change its title, indicator and target, or remove it (/programmas/:slug/doelen/:nr). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale);
  const p = await getProgrammeEditor(context.get(servicesContext), user, { slug: params.slug });
  const goal = p.goals.find((g) => g.position === Number(params.nr));
  if (!goal) throw notFound("programmes.goal.notFound");
  return {
    programme: { slug: p.slug, name: p.name },
    goal: { id: goal.id, position: goal.position, title: goal.title, projects: goal.projects.map((pr) => ({ position: pr.position, title: pr.title })).sort((a, b) => a.position - b.position) },
    values: { title: goal.title, indicator: goal.indicator ?? "", target: goal.target ?? "" } as FormValues,
    confirming: new URL(request.url).searchParams.has("verwijderen"),
    title: t("programmes.goal.editTitle", { nr: goal.position }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Doel"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only those who run the programme may touch its goals: they hear 403 before the form is read.
  await getProgrammeEditor(services, user, { slug: params.slug });
  const id = goalId.safeParse({ goalId: form.get("goalId") });
  if (!id.success) throw notFound("programmes.goal.notFound");
  const back = `/programmas/${params.slug}/bewerken`;
  if (form.get("intent") === "remove") {
    await removeGoal(services, user, { slug: params.slug, goalId: id.data.goalId });
    throw redirect(`${back}?gemeld=doel-verwijderd#doelen`);
  }
  await updateGoal(services, user, { slug: params.slug, goalId: id.data.goalId, ...formInput(goalFormSchema, form) });
  throw redirect(`${back}?gemeld=doel-opgeslagen#doelen`);
});

export default function GoalEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, goal, confirming } = loaderData;
  const here = `/programmas/${programme.slug}/doelen/${goal.position}`;
  const back = `/programmas/${programme.slug}/bewerken#doelen`;
  // Two forms post here; the refused one is known by its `intent`.
  const removing = actionData?.values.intent === "remove";
  const errors = actionData && !removing ? actionData.errors : undefined;
  const removeError = removing ? actionData.errors._form : undefined;
  const values = actionData && !removing ? (actionData.values as FormValues) : loaderData.values;
  return (
    <div className="th-stack th-narrow">
      <Paragraph>
        <Link to={back}>← {t("programmes.edit.back", { name: programme.name })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {removeError ? <Alert type="warning">{t(removeError)}</Alert> : null}
      {confirming && !removeError ? (
        <ConfirmRemoval
          title={t("programmes.goal.remove")}
          question={t("programmes.goal.removeConfirm", { nr: goal.position, title: goal.title })}
          confirmLabel={t("programmes.goal.removeYes")}
          cancelTo={here}
          hidden={{ goalId: goal.id }}
        />
      ) : null}
      <ErrorSummary errors={errors} labels={{ title: t("programmes.goal.title"), indicator: t("programmes.goal.indicator"), target: t("programmes.goal.target") }} />
      <Form method="post" noValidate className="th-stack">
        <input type="hidden" name="intent" value="save" />
        <input type="hidden" name="goalId" value={goal.id} />
        <GoalFields values={values} errors={errors} />
        <ButtonGroup>
          <Button>{t("programmes.edit.save")}</Button>
          <ButtonLink to={back} appearance="subtle">
            {t("programmes.edit.cancel")}
          </ButtonLink>
        </ButtonGroup>
      </Form>

      <section className="th-stack" aria-labelledby="projecten-onder-doel">
        <Heading level={2} id="projecten-onder-doel">
          {t("programmes.goal.projectsUnder")}
        </Heading>
        {goal.projects.length === 0 ? (
          <Paragraph>{t("programmes.goal.noProjects")}</Paragraph>
        ) : (
          <UnorderedList>
            {goal.projects.map((pr) => (
              <li key={pr.position} className="utrecht-unordered-list__item">
                <Link to={`/programmas/${programme.slug}/projecten/${pr.position}/bewerken`}>{t("programmes.project.heading", { nr: pr.position, title: pr.title })}</Link>
              </li>
            ))}
          </UnorderedList>
        )}
      </section>
      {confirming ? null : <RemovalLink to={`${here}?verwijderen`} label={t("programmes.goal.remove")} />}
    </div>
  );
}
