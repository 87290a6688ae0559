import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/team";
import { servicesContext } from "~/context.ts";
import { notFound } from "~/domain/errors.ts";
import { teamMemberFormSchema } from "~/domain/programmes/forms.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { assignTeamMember } from "~/services/programmes/assign-team-member.server.ts";
import { getProjectEditor } from "~/services/programmes/get-project-editor.server.ts";
import { getProjectTeam } from "~/services/programmes/get-project-team.server.ts";
import { assignTeamLead } from "~/services/programmes/assign-team-lead.server.ts";
import { removeTeamMember } from "~/services/programmes/remove-team-member.server.ts";
import { Alert, Button, Heading, Link, Paragraph } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import type { FormValues } from "~/ui/programme-forms.tsx";
import { OrganisationSearch } from "~/ui/organisation-search.tsx";
import { useT } from "~/ui/use-t.ts";
import { noticeOf } from "./notices.ts";

const NOTICES = {
  aangemaakt: "programmes.project.created",
  toegevoegd: "programmes.team.added",
  trekker: "programmes.team.leadMoved",
  verwijderd: "programmes.team.removed",
} as const;

const seatSchema = z.object({ seatId: z.uuid() });

/** A project's development team: add a seat, make one the lead, remove one (/programmas/:slug/projecten/:nr/team). */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const organisationQuery = new URL(request.url).searchParams.get("organisatie") ?? undefined;
  const { programme: p, project, organisations } = await getProjectTeam(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr), organisationQuery });
  return {
    programme: { slug: p.slug, name: p.name, network: p.network.name },
    project: { position: project.position, title: project.title, team: project.team },
    organisations,
    notice: noticeOf(request, NOTICES),
    title: translator(user.locale)("programmes.team.title", { nr: project.position }),
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: `${loaderData?.title ?? "Ontwikkelteam"} | Technohub` }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  // Only those who run the programme; others hear 403 (an unknown project 404) before the form is read.
  await getProjectEditor(services, user, { programmeSlug: params.slug, projectPosition: Number(params.nr) });
  const intent = form.get("intent");
  const at = { programmeSlug: params.slug, projectPosition: Number(params.nr) };
  const here = `/programmas/${params.slug}/projecten/${params.nr}/team`;
  if (intent !== "lead" && intent !== "remove") {
    await assignTeamMember(services, user, { ...at, ...formInput(teamMemberFormSchema, form) });
    throw redirect(`${here}?gemeld=toegevoegd`);
  }
  const seat = seatSchema.safeParse({ seatId: form.get("seatId") });
  if (!seat.success) throw notFound("programmes.team.notFound");
  if (intent === "lead") {
    await assignTeamLead(services, user, { ...at, seatId: seat.data.seatId });
    throw redirect(`${here}?gemeld=trekker`);
  }
  await removeTeamMember(services, user, { ...at, seatId: seat.data.seatId });
  throw redirect(`${here}?gemeld=verwijderd`);
});

export default function TeamEditor({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { programme, project, organisations, notice } = loaderData;
  // The seat buttons and the add form post here; the refused one is known by its `intent`.
  const onSeat = actionData?.values.intent === "lead" || actionData?.values.intent === "remove";
  const errors = actionData && !onSeat ? actionData.errors : undefined;
  const seatError = onSeat ? actionData?.errors._form : undefined;
  const values = (actionData && !onSeat ? actionData.values : {}) as FormValues;
  const text = (name: string) => (typeof values[name] === "string" ? (values[name] as string) : "");
  const projectUrl = `/programmas/${programme.slug}/projecten/${project.position}`;
  const name = (s: (typeof project.team)[number]) => [s.role, s.organisation].filter(Boolean).join(", ");
  return (
    <div className="th-stack th-editor">
      <Paragraph>
        <Link to={projectUrl}>← {t("programmes.project.heading", { nr: project.position, title: project.title })}</Link>
      </Paragraph>
      <Heading level={1}>{loaderData.title}</Heading>
      {notice ? <Alert type="ok">{t(notice)}</Alert> : null}
      {seatError ? <Alert type="warning">{t(seatError)}</Alert> : null}
      <Paragraph>{t("programmes.team.intro")}</Paragraph>

      <section className="th-stack" aria-labelledby="teamleden">
        <Heading level={2} id="teamleden">
          {t("programmes.team.members")}
        </Heading>
        {project.team.length === 0 ? <Paragraph>{t("programmes.project.teamNone")}</Paragraph> : null}
        <ul className="th-editor-list">
          {project.team.map((s) => (
            <li key={s.id} className="th-editor-list__item">
              <div>
                <strong>{s.role}</strong>
                {s.organisation ? `, ${s.organisation}` : null}
                {s.person ? ` (${s.person})` : null}
                {s.isLead ? (
                  <>
                    {" "}
                    <span className="th-lead">{t("programmes.project.lead")}</span>
                  </>
                ) : null}
              </div>
              <div className="th-member-actions">
                {s.isLead ? null : (
                  <Form method="post" noValidate>
                    <input type="hidden" name="intent" value="lead" />
                    <input type="hidden" name="seatId" value={s.id} />
                    <Button appearance="secondary" aria-label={t("programmes.team.makeLeadLabel", { name: name(s) })}>
                      {t("programmes.team.makeLead")}
                    </Button>
                  </Form>
                )}
                <Form method="post" noValidate>
                  <input type="hidden" name="intent" value="remove" />
                  <input type="hidden" name="seatId" value={s.id} />
                  <Button appearance="subtle" aria-label={t("programmes.team.removeLabel", { name: name(s) })}>
                    {t("programmes.team.remove")}
                  </Button>
                </Form>
              </div>
            </li>
          ))}
        </ul>
      </section>

      <section className="th-card th-stack th-narrow" aria-labelledby="teamlid-toevoegen">
        <Heading level={2} id="teamlid-toevoegen">
          {t("programmes.team.add")}
        </Heading>
        {/* Outside the network, find the organisation first; the select then offers what was found. */}
        <OrganisationSearch query={organisations.query} found={organisations.other.length} label={t("programmes.team.findOther")} help={t("programmes.team.findOtherHelp")} />
        <ErrorSummary errors={errors} labels={{ organisationId: t("programmes.team.organisation"), role: t("programmes.team.role"), email: t("programmes.team.email") }} />
        {/* A new key after each added seat empties the fields again when the page is not reloaded (with JavaScript). */}
        <Form method="post" noValidate className="th-stack" key={`${project.team.length}-${JSON.stringify(errors ?? {})}`}>
          <input type="hidden" name="intent" value="add" />
          <SelectField
            name="organisationId"
            label={t("programmes.team.organisation")}
            placeholder={t("programmes.team.organisationChoose")}
            options={[
              ...organisations.network.map((o) => ({ value: o.id, label: o.name, group: t("programmes.team.networkGroup", { network: programme.network }) })),
              ...organisations.other.map((o) => ({ value: o.id, label: o.name, group: t("programmes.team.otherGroup") })),
            ]}
            defaultValue={text("organisationId")}
            error={errors?.organisationId}
            required
          />
          <TextField name="role" label={t("programmes.team.role")} description={t("programmes.team.roleHelp")} defaultValue={text("role")} error={errors?.role} required />
          <TextField name="email" type="email" autoComplete="off" label={t("programmes.team.email")} description={t("programmes.team.emailHelp")} defaultValue={text("email")} error={errors?.email} />
          <Button>{t("programmes.team.add")}</Button>
        </Form>
      </section>
    </div>
  );
}
