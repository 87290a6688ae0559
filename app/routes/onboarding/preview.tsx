import { z } from "zod";
import { Form, redirect } from "react-router";
import type { Route } from "./+types/preview";
import { requestContext, servicesContext } from "~/context.ts";
import { isUuid } from "~/domain/common/ids.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { notFound } from "~/domain/errors.ts";
import { rowErrorDescriber, type DuplicateMatch } from "~/domain/onboarding/rows.ts";
import { SHEET_NAMES } from "~/domain/onboarding/sheets.ts";
import { translator } from "~/i18n/index.ts";
import { formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type FormRefusalData, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { confirmOnboardingImport } from "~/services/onboarding/confirm-onboarding-import.server.ts";
import { getOnboardingNetwork } from "~/services/onboarding/get-onboarding-network.server.ts";
import { getOnboardingImport } from "~/services/onboarding/get-onboarding-import.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph, Table, UnorderedList } from "~/ui/components.tsx";
import { ErrorSummary } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

function importId(value: string | undefined): string {
  if (!isUuid(value)) throw notFound();
  return value;
}

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const preview = await getOnboardingImport(context.get(servicesContext), user, { slug: slugParam(params.slug), id: importId(params.id) });
  const describe = rowErrorDescriber(t);
  const errorsByRow = new Map<number, string[]>();
  const errorsByItem = new Map<string, string[]>();
  for (const e of preview.errors) {
    if (e.row === null) continue;
    if (e.sheet) errorsByItem.set(`${e.sheet}:${e.row}`, [...(errorsByItem.get(`${e.sheet}:${e.row}`) ?? []), describe(e)]);
    else errorsByRow.set(e.row, [...(errorsByRow.get(e.row) ?? []), describe(e)]);
  }
  const duplicateByRow = new Map(preview.duplicates.map((d) => [d.row, d]));
  return {
    network: preview.network,
    id: preview.id,
    filename: preview.filename,
    confirmed: preview.status === "confirmed" ? { created: preview.createdCount ?? 0, merged: preview.mergedCount ?? 0 } : null,
    errors: preview.errors.map(describe),
    validCount: preview.valid.length,
    sheets: {
      organisations: preview.rows.length,
      offers: preview.items.filter((r) => r.sheet === "offers").length,
      courses: preview.items.filter((r) => r.sheet === "courses").length,
      sessions: preview.sessions,
    },
    items: preview.items.map((r) => {
      const cells = r.cells as Record<string, string | undefined>;
      return { sheet: r.sheet, row: r.row, organisation: cells.organisation ?? "", title: cells.title ?? "", errors: errorsByItem.get(`${r.sheet}:${r.row}`) ?? [] };
    }),
    duplicates: preview.duplicates.map((d) => ({
      row: d.row,
      by: d.by,
      existing: { name: d.existing.name, slug: d.existing.slug },
      name: preview.rows.find((r) => r.row === d.row)?.cells.name ?? "",
      brinHeldBy: d.brinHeldBy ?? null,
    })),
    rows: preview.rows.map((r) => ({
      row: r.row,
      name: r.cells.name ?? "",
      kind: r.cells.kind ?? "",
      numbers: [r.cells.kvk, r.cells.brin ? `${r.cells.brin}${r.cells.branch ? ` ${r.cells.branch}` : ""}` : ""].filter(Boolean).join(" / "),
      place: r.cells.place ?? "",
      contact: [r.cells.contactName, r.cells.contactEmail].filter(Boolean).join(", "),
      errors: errorsByRow.get(r.row) ?? [],
      duplicate: duplicateByRow.has(r.row),
    })),
    title: `${t("onboarding.preview.title", { file: preview.filename })} | ${t("app.name")}`,
  };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Organisaties importeren | Technohub" }];
}

const DECISION = { samenvoegen: "merge", overslaan: "skip" } as const;
/** One `besluit-<row>` field per duplicate; every other field of the post is ignored. */
const decisionsSchema = z
  .record(z.string(), z.unknown())
  .transform((all) => Object.fromEntries(Object.entries(all).filter(([key]) => /^besluit-[0-9]{1,6}$/.test(key))))
  .pipe(z.record(z.string(), z.enum(["samenvoegen", "overslaan"], { error: "onboarding.confirm.chooseDuplicate" })));

/** Confirm: the coordinator's choice per duplicate, then the one transaction. */
export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const slug = slugParam(params.slug);
  const id = importId(params.id);
  const services = context.get(servicesContext);
  // Who may not import hears 403 before the form is judged.
  await getOnboardingNetwork(services, user, { slug });
  const chosen = formInput(decisionsSchema, form);
  const decisions = Object.fromEntries(Object.entries(chosen).map(([key, value]) => [Number(key.slice("besluit-".length)), DECISION[value]]));
  await confirmOnboardingImport(services, user, { slug, id, decisions });
  throw redirect(`/netwerken/${slug}/organisaties-importeren/${id}`);
});

export default function OnboardingPreview({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network, confirmed, errors, duplicates, rows, validCount, sheets, items } = loaderData;
  const refusal = (actionData as Partial<FormRefusalData> | undefined)?.errors;
  const base = `/netwerken/${network.slug}/organisaties-importeren`;
  const importable = validCount - duplicates.length;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={base}>← {t("onboarding.import.title", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("onboarding.preview.title", { file: loaderData.filename })}</Heading>
      <ErrorSummary errors={refusal} labels={Object.fromEntries(duplicates.map((d) => [`besluit-${d.row}`, t("onboarding.preview.col.row") + ` ${d.row}`]))} />
      {items.length > 0 ? (
        <section aria-labelledby="per-blad" className="th-stack">
          <Heading level={2} id="per-blad">
            {t("onboarding.preview.sheets")}
          </Heading>
          <UnorderedList>
            <li>{t("onboarding.preview.sheet.organisations", { count: sheets.organisations })}</li>
            <li>{t("onboarding.preview.sheet.offers", { count: sheets.offers })}</li>
            <li>
              {t("onboarding.preview.sheet.courses", { count: sheets.courses })}
              {sheets.sessions > 0 ? ` (${t("onboarding.preview.sheet.sessions", { count: sheets.sessions })})` : ""}
            </li>
          </UnorderedList>
          <Paragraph>{t("onboarding.preview.itemsDraft")}</Paragraph>
        </section>
      ) : null}
      {confirmed ? (
        <Alert type="ok">
          <p className="utrecht-paragraph">{t("onboarding.preview.confirmed", confirmed)}</p>
          <p className="utrecht-paragraph">
            <Link to={`/netwerken/${network.slug}/uitnodigingen`}>{t("onboarding.preview.confirmedInvitations")}</Link>
          </p>
        </Alert>
      ) : errors.length > 0 ? (
        <Alert type="error">
          <p className="utrecht-paragraph">
            <strong>{t("onboarding.preview.errorsTitle", { count: errors.length })}</strong>
          </p>
          <ul className="utrecht-unordered-list">
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
          <p className="utrecht-paragraph">{t("onboarding.preview.errorsHelp")}</p>
        </Alert>
      ) : (
        <Form method="post" className="th-stack" noValidate>
          <Alert type="ok">
            <p className="utrecht-paragraph">
              <strong>{t("onboarding.preview.okTitle", { count: validCount })}</strong>
            </p>
          </Alert>
          {duplicates.length > 0 ? <Duplicates duplicates={duplicates} errors={refusal} /> : null}
          <ButtonGroup>
            <Button>{t("onboarding.preview.confirm", { count: importable + duplicates.length })}</Button>
          </ButtonGroup>
        </Form>
      )}
      {!confirmed ? (
        <ButtonGroup>
          <ButtonLink to={base} appearance="secondary" reloadDocument>
            {t("onboarding.preview.back")}
          </ButtonLink>
        </ButtonGroup>
      ) : null}
      <Table
        caption={t("onboarding.preview.rows")}
        stack
        rows={rows}
        rowKey={(r) => r.row}
        rowProps={(r) => ({ className: r.errors.length ? "th-row-error" : undefined })}
        columns={[
          { header: t("onboarding.preview.col.row"), rowHeader: true, label: true, cell: (r) => r.row },
          { header: t("onboarding.preview.col.name"), cell: (r) => r.name },
          { header: t("onboarding.preview.col.kind"), cell: (r) => r.kind },
          { header: t("onboarding.preview.col.numbers"), cell: (r) => r.numbers },
          { header: t("onboarding.preview.col.place"), cell: (r) => r.place },
          { header: t("onboarding.preview.col.contact"), cell: (r) => r.contact },
          {
            header: t("onboarding.preview.col.status"),
            cell: (r) => (r.errors.length ? r.errors.join(" ") : r.duplicate ? t("onboarding.preview.status.duplicate") : t("onboarding.preview.status.new")),
          },
        ]}
      />
      {items.length > 0 ? (
        <Table
          caption={t("onboarding.preview.items")}
          stack
          rows={items}
          rowKey={(r) => `${r.sheet}-${r.row}`}
          rowProps={(r) => ({ className: r.errors.length ? "th-row-error" : undefined })}
          columns={[
            { header: t("onboarding.preview.col.sheet"), label: true, cell: (r) => SHEET_NAMES[r.sheet] },
            { header: t("onboarding.preview.col.row"), rowHeader: true, cell: (r) => r.row },
            { header: t("onboarding.preview.col.organisation"), cell: (r) => r.organisation },
            { header: t("onboarding.preview.col.title"), cell: (r) => r.title },
            {
              header: t("onboarding.preview.col.status"),
              cell: (r) => (r.errors.length ? r.errors.join(" ") : confirmed ? t("onboarding.preview.status.new") : t("onboarding.preview.status.draft")),
            },
          ]}
        />
      ) : null}
    </div>
  );
}

type DuplicateView = { row: number; by: DuplicateMatch["by"]; name: string; existing: { name: string; slug: string }; brinHeldBy: string | null };

/** Per organisation the platform already has: merge or skip, chosen by the coordinator. */
function Duplicates({ duplicates, errors }: { duplicates: DuplicateView[]; errors?: Record<string, string> }) {
  const t = useT();
  return (
    <section className="th-stack" aria-labelledby="dubbel">
      <Heading level={2} id="dubbel">
        {t("onboarding.preview.duplicatesTitle", { count: duplicates.length })}
      </Heading>
      <Paragraph>{t("onboarding.preview.duplicatesHelp")}</Paragraph>
      {duplicates.map((d) => {
        const field = `besluit-${d.row}`;
        const error = errors?.[field];
        // Said before the choice, not only as confirm's refusal: merging this row would give the
        // matched organisation a BRIN another one holds (ADR 033). A refusal of this row, once given, says it instead.
        const taken = d.brinHeldBy && !error ? t("onboarding.confirm.brinTaken", { organisation: d.existing.name, holder: d.brinHeldBy }) : null;
        const describedBy = [taken ? `${field}-taken` : null, error ? `${field}-error` : null].filter(Boolean).join(" ") || undefined;
        return (
          <fieldset
            key={d.row}
            id={`f-${field}`}
            aria-describedby={describedBy}
            className={`utrecht-form-fieldset utrecht-form-fieldset--html-fieldset${error ? " utrecht-form-fieldset--invalid" : ""}`}
          >
            <legend className="utrecht-form-fieldset__legend utrecht-form-fieldset__legend--html-legend">
              {t("onboarding.preview.duplicateLegend", { row: d.row, name: d.name, existing: d.existing.name, by: t(`onboarding.preview.by.${d.by}`) })}
            </legend>
            {error ? (
              <div className="utrecht-form-field-error-message" id={`${field}-error`}>
                {t(error)}
              </div>
            ) : null}
            {taken ? (
              <div id={`${field}-taken`}>
                <Alert type="warning">
                  <p className="utrecht-paragraph">{taken}</p>
                </Alert>
              </div>
            ) : null}
            {(["samenvoegen", "overslaan"] as const).map((value) => (
              <div className="utrecht-form-field utrecht-form-field--radio" key={value}>
                <input className="utrecht-radio-button utrecht-radio-button--html-input" type="radio" id={`${field}-${value}`} name={field} value={value} required />
                <label className="utrecht-form-label utrecht-form-label--radio" htmlFor={`${field}-${value}`}>
                  {t(value === "samenvoegen" ? "onboarding.preview.merge" : "onboarding.preview.skip")}
                </label>
              </div>
            ))}
          </fieldset>
        );
      })}
    </section>
  );
}

