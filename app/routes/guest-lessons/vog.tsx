import { Form, redirect } from "react-router";
import type { Route } from "./+types/vog";
import { requestContext, servicesContext } from "~/context.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { vogFormSchema } from "~/domain/guest-lessons/vog.ts";
import { formatDate, translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getVogStatements } from "~/services/guest-lessons/get-vog-statements.server.ts";
import { updateVogRequirement } from "~/services/guest-lessons/update-vog-requirement.server.ts";
import { updateVogStatement } from "~/services/guest-lessons/update-vog-statement.server.ts";
import { Alert, Button, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { CheckboxGroup, ErrorSummary, TextField } from "~/ui/form.tsx";
import { useLocale, useT } from "~/ui/use-t.ts";

/** /organisaties/:slug/vog: a school's VOG requirement, or a company's VOG statements per contact. */
export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const result = await getVogStatements(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  const url = new URL(request.url);
  // The contact being edited, named by one of its offers (no personal data in the address).
  const editing = result.contacts.find((c) => c.offers.some((o) => o.id === url.searchParams.get("aanbod"))) ?? null;
  return {
    ...result,
    editing: editing ? { offerId: url.searchParams.get("aanbod")!, name: editing.name, validUntil: editing.validUntil } : null,
    saved: url.searchParams.has("opgeslagen"),
    title: `${t("guestLessons.vog.title", { name: result.organisation.name })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "VOG | Technohub" }];
}

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Who may not see the page hears that, not which field is wrong.
  await getVogStatements(services, user, { slug });
  const input = formInput(vogFormSchema, form);
  if (input.intent === "requirement") await updateVogRequirement(services, user, { slug, required: input.required });
  else await updateVogStatement(services, user, { slug, offerId: input.offer, validUntil: input.validUntil });
  throw redirect(`/organisaties/${slug}/vog?opgeslagen`);
});

export default function Vog({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const locale = useLocale();
  const { organisation: org, school, contacts, editing, saved } = loaderData;
  const date = (iso: string) => formatDate(`${iso}T12:00:00Z`, locale, { day: "2-digit", month: "2-digit", year: "numeric" });
  const typed = actionData?.values?.validUntil;
  const editedOffer = typeof actionData?.values?.offer === "string" ? actionData.values.offer : editing?.offerId;
  const edited = editing ?? (editedOffer ? contacts.map((c) => ({ offerId: editedOffer, name: c.name, validUntil: c.validUntil, has: c.offers.some((o) => o.id === editedOffer) })).find((c) => c.has) : null);
  const label = t("guestLessons.vog.form.validUntil");
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={`/organisaties/${org.slug}`}>← {org.name}</Link>
      </Paragraph>
      <Heading level={1}>{t("guestLessons.vog.title", { name: org.name })}</Heading>
      {saved && !actionData ? (
        <Alert type="ok">
          <Paragraph>{t("guestLessons.vog.saved")}</Paragraph>
        </Alert>
      ) : null}
      {school ? (
        <>
          <Paragraph lead>{t("guestLessons.vog.intro.school")}</Paragraph>
          {school.canChange ? (
            <Form method="post" className="th-stack th-narrow" noValidate>
              <input type="hidden" name="intent" value="requirement" />
              <CheckboxGroup
                name="required"
                legend={t("guestLessons.vog.col.vog")}
                options={[{ value: "on", label: t("guestLessons.vog.required.label") }]}
                selected={school.required ? ["on"] : []}
              />
              <div>
                <Button type="submit">{t("guestLessons.vog.submit")}</Button>
              </div>
            </Form>
          ) : (
            <>
              <Paragraph>{t(school.required ? "guestLessons.vog.required.yes" : "guestLessons.vog.required.no")}</Paragraph>
              <Paragraph>{t("guestLessons.vog.required.adminOnly")}</Paragraph>
            </>
          )}
        </>
      ) : (
        <>
          <Paragraph lead>{t("guestLessons.vog.intro.company")}</Paragraph>
          {contacts.length === 0 ? (
            <Paragraph>{t("guestLessons.vog.noOffers")}</Paragraph>
          ) : (
            <Table
              caption={t("guestLessons.vog.table")}
              stack
              rows={contacts}
              rowKey={(c) => c.key}
              columns={[
                {
                  header: t("guestLessons.vog.col.contact"),
                  rowHeader: true,
                  cell: (c) => (
                    <>
                      {c.name ?? t("guestLessons.vog.noContact")}
                      {c.email && c.email !== c.name ? (
                        <>
                          <br />
                          {c.email}
                        </>
                      ) : null}
                    </>
                  ),
                },
                { header: t("guestLessons.vog.col.offers"), cell: (c) => c.offers.map((o) => o.title).join(", ") },
                {
                  header: t("guestLessons.vog.col.vog"),
                  cell: (c) => (
                    <>
                      {c.validUntil ? t("guestLessons.vog.validUntil", { date: date(c.validUntil) }) : t("guestLessons.vog.none")}
                      <br />
                      <Link to={`?aanbod=${c.offers[0]!.id}#vog-formulier`}>{t("guestLessons.vog.edit", { contact: c.name ?? t("guestLessons.vog.noContact") })}</Link>
                    </>
                  ),
                },
              ]}
            />
          )}
          {edited && editedOffer ? (
            <Form method="post" className="th-stack th-narrow" noValidate id="vog-formulier" aria-labelledby="vog-formulier-titel">
              <Heading level={2} id="vog-formulier-titel">
                {t("guestLessons.vog.form.title", { contact: edited.name ?? t("guestLessons.vog.noContact") })}
              </Heading>
              <ErrorSummary errors={actionData?.errors} labels={{ validUntil: label }} />
              <input type="hidden" name="intent" value="statement" />
              <input type="hidden" name="offer" value={editedOffer} />
              <TextField
                name="validUntil"
                type="date"
                label={label}
                description={t("guestLessons.vog.form.validUntilHint")}
                error={actionData?.errors?.validUntil}
                defaultValue={typeof typed === "string" ? typed : (edited.validUntil ?? "")}
              />
              <div>
                <Button type="submit">{t("guestLessons.vog.submit")}</Button>
              </div>
            </Form>
          ) : null}
        </>
      )}
    </div>
  );
}
