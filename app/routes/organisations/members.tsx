import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/members";
import { requestContext, servicesContext } from "~/context.ts";
import { forbidden } from "~/domain/errors.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { MEMBER_ROLES } from "~/domain/organisations/vocabulary.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { createMembership } from "~/services/organisations/create-membership.server.ts";
import { updateMemberRole } from "~/services/organisations/update-member-role.server.ts";
import { listMembers } from "~/services/organisations/list-members.server.ts";
import { removeMember } from "~/services/organisations/remove-member.server.ts";
import { Alert, Badge, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { ErrorSummary, SelectField, TextField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

const NOTICES: Record<string, string> = {
  toegevoegd: "organisations.members.added",
  rol: "organisations.members.roleChanged",
  verwijderd: "organisations.members.removed",
};

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const result = await listMembers(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const search = new URL(request.url).searchParams;
  const notice = Object.keys(NOTICES).find((key) => search.has(key));
  return {
    organisation: { slug: result.organisation.slug, name: result.organisation.name },
    canManage: result.canManage,
    // A member who does not manage sees names and roles; only their own id goes to the page (to leave).
    members: result.members.map((m, i) => ({
      key: result.canManage || m.isViewer ? m.userId : String(i),
      userId: result.canManage || m.isViewer ? m.userId : null,
      name: m.name,
      email: m.email,
      role: m.role,
      isViewer: m.isViewer,
    })),
    notice: notice ? NOTICES[notice]! : null,
    title: `${t("organisations.members.title", { name: result.organisation.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Leden | Technohub" }];
}

const role = z.enum(MEMBER_ROLES, { error: "organisations.members.role.invalid" });
// better-auth ids are short text; anything longer than this is no id.
const userId = z.string().min(1).max(100);
const memberActionSchema = z.discriminatedUnion(
  "intent",
  [
    z.object({
      intent: z.literal("add"),
      email: z.preprocess(
        (v) => (typeof v === "string" ? v.trim() : v),
        z
          .string({ error: "organisations.members.email.required" })
          .min(1, "organisations.members.email.required")
          .max(254, "organisations.form.email.invalid")
          .pipe(z.email({ error: "organisations.form.email.invalid" })),
      ),
      role,
    }),
    z.object({ intent: z.literal("role"), userId, role }),
    z.object({ intent: z.literal("remove"), userId }),
  ],
  { error: "error.invalid.body" },
);

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Permission before the form is parsed: who cannot see the members hears 403 (from listMembers), and
  // only a manager may add people or change roles. Leaving (removing oneself) is for every member.
  const { canManage } = await listMembers(services, user, { slug });
  if (!canManage && form.get("intent") !== "remove") throw forbidden("organisations.members.forbidden");
  const command = formInput(memberActionSchema, form);
  const base = `/organisaties/${slug}`;
  switch (command.intent) {
    case "add":
      await createMembership(services, user, { slug, email: command.email, role: command.role });
      throw redirect(`${base}/leden?toegevoegd`);
    case "role":
      await updateMemberRole(services, user, { slug, userId: command.userId, role: command.role });
      throw redirect(`${base}/leden?rol`);
    case "remove":
      await removeMember(services, user, { slug, userId: command.userId });
      // Who left cannot see the list any more.
      throw redirect(command.userId === user.id ? base : `${base}/leden?verwijderd`);
  }
});

export default function OrganisationMembers({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { organisation: org, members, canManage, notice } = loaderData;
  const errors: Record<string, string> = actionData?.errors ?? {};
  const values = (actionData?.values ?? {}) as Record<string, string | undefined>;
  const addErrors = values.intent === "add" ? errors : {};
  const roleOptions = MEMBER_ROLES.map((r) => ({ value: r, label: t(`organisations.role.${r}`) }));
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/organisaties/${org.slug}`}>← {t("organisations.members.back", { name: org.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("organisations.members.title", { name: org.name })}</Heading>
      <Paragraph>{t("organisations.members.intro")}</Paragraph>
      {notice && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t(notice)}</Paragraph>
        </Alert>
      ) : null}
      {values.intent !== "add" ? <ErrorSummary errors={errors} /> : null}

      <Table
        caption={t("organisations.members.table")}
        rows={members}
        rowKey={(m) => m.key}
        stack
        columns={[
          {
            header: t("organisations.members.name"),
            rowHeader: true,
            cell: (m) => (
              <>
                {m.name} {m.isViewer ? <span className="th-muted">{t("organisations.members.you")}</span> : null}
              </>
            ),
          },
          canManage && { header: t("organisations.members.email"), cell: (m) => m.email, className: "th-break" },
          { header: t("organisations.members.role"), cell: (m) => <Badge>{t(`organisations.role.${m.role}`)}</Badge> },
          {
            header: t("organisations.members.actions"),
            cell: (m) => (
              <div className="th-member-actions">
                {canManage && m.userId ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="role" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <input type="hidden" name="role" value={m.role === "admin" ? "member" : "admin"} />
                    <Button appearance="secondary">
                      {m.role === "admin" ? t("organisations.members.makeMember", { name: m.name }) : t("organisations.members.makeAdmin", { name: m.name })}
                    </Button>
                  </Form>
                ) : null}
                {m.userId ? (
                  <Form method="post">
                    <input type="hidden" name="intent" value="remove" />
                    <input type="hidden" name="userId" value={m.userId} />
                    <Button appearance="secondary" danger>
                      {m.isViewer ? t("organisations.members.leave") : t("organisations.members.remove", { name: m.name })}
                    </Button>
                  </Form>
                ) : null}
              </div>
            ),
          },
        ]}
      />

      {canManage ? (
        <section className="th-stack th-narrow" aria-labelledby="toevoegen">
          <Heading level={2} id="toevoegen">
            {t("organisations.members.add")}
          </Heading>
          <Paragraph>{t("organisations.members.addHint")}</Paragraph>
          <ErrorSummary errors={addErrors} labels={{ email: t("organisations.members.addEmail"), role: t("organisations.members.addRole") }} />
          <Form method="post" noValidate className="th-stack" key={JSON.stringify(values)}>
            <input type="hidden" name="intent" value="add" />
            <TextField
              name="email"
              type="email"
              inputMode="email"
              autoComplete="off"
              spellCheck={false}
              label={t("organisations.members.addEmail")}
              defaultValue={values.intent === "add" ? values.email : undefined}
              error={addErrors.email}
            />
            <SelectField
              name="role"
              label={t("organisations.members.addRole")}
              options={roleOptions}
              defaultValue={values.intent === "add" ? (values.role ?? "member") : "member"}
              error={addErrors.role}
            />
            <Button>{t("organisations.members.addSubmit")}</Button>
          </Form>
        </section>
      ) : null}
    </div>
  );
}

