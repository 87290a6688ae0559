import { z } from "zod";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/import";
import { requestContext, servicesContext } from "~/context.ts";
import { invalid } from "~/domain/errors.ts";
import { COLUMNS, rowErrorDescriber, type RawRow, type RowError } from "~/domain/monitor/rows.ts";
import { slugParam } from "~/domain/common/slug.ts";
import { translator } from "~/i18n/index.ts";
import { cleanJson, formInput } from "~/lib/forms.ts";
import { routeAction, routeLoader, type FormRefusalData, type WithForm } from "~/lib/route.server.ts";
import { requireUser } from "~/lib/require-user.server.ts";
import { getImportForm } from "~/services/monitor/get-import-form.server.ts";
import { getImportNetwork } from "~/services/monitor/get-import-network.server.ts";
import { getImportPreview, type ImportPreview } from "~/services/monitor/get-import-preview.server.ts";
import { importMonitorRows } from "~/services/monitor/import-monitor-rows.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { SpreadsheetField } from "~/ui/form.tsx";
import { useT } from "~/ui/use-t.ts";

export const loader = routeLoader(async ({ params, request, context }: Route.LoaderArgs) => {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const { network, indicators } = await getImportForm(context.get(servicesContext), user, { slug: slugParam(params.slug) });
  return { network, indicators, title: `${t("monitor.import.title", { name: network.name })} | ${t("app.name")}` };
});

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Cijfers importeren | Technohub" }];
}

// The rows come back from the preview page in a hidden field; they are checked again on confirm.
const rawRowsSchema = z.array(z.object({ row: z.number().int().min(1).max(1_000_000), cells: z.partialRecord(z.enum(COLUMNS), z.string().max(1000)) })).max(5000);
const rowsJson = z
  .string({ error: "monitor.import.rowsUnreadable" })
  .max(5_000_000, "monitor.import.rowsUnreadable")
  .transform((text, ctx) => {
    // A hand-made or damaged post (not JSON, or not rows) is refused beside the form, never a 500.
    // The form's own cleaning saw the JSON text, where a NUL is six harmless characters ("\u0000");
    // parsed, the strings are cleaned again, as an API body's are.
    let json: unknown;
    try {
      json = cleanJson(JSON.parse(text))?.value;
    } catch {
      json = undefined;
    }
    const rows = rawRowsSchema.safeParse(json);
    if (!rows.success) {
      ctx.addIssue({ code: "custom", message: "monitor.import.rowsUnreadable" });
      return z.NEVER;
    }
    return rows.data as RawRow[];
  });
const confirmSchema = z.object({
  filename: z.string({ error: "monitor.import.rowsUnreadable" }).max(200, "monitor.import.rowsUnreadable"),
  rows: rowsJson,
});

/** The refusal shape, plus the preview of a read file or the row errors of a refused import. */
type ActionResult = Partial<FormRefusalData> & { preview?: ImportPreview; rowsJson?: string; refused?: RowError[] };

export const action = routeAction(async ({ params, request, context, form }: WithForm<Route.ActionArgs>) => {
  const user = requireUser(context, request);
  const services = context.get(servicesContext);
  const slug = slugParam(params.slug);
  // Who may not import hears 403 (a visitor: the sign-in page) before anything sent is read.
  await getImportNetwork(services, user, { slug });
  if (form.get("intent") === "confirm") {
    const input = formInput(confirmSchema, form);
    const result = await importMonitorRows(services, user, { slug, filename: input.filename, rows: input.rows });
    if ("refused" in result) return data<ActionResult>({ errors: { _form: "monitor.import.refused" }, values: {}, refused: result.refused }, { status: 400 });
    throw redirect(`/netwerken/${slug}/monitor?geimporteerd=${result.imported}`);
  }
  const file = form.get("file");
  if (!(file instanceof File) || file.size === 0) throw invalid("monitor.import.fileRequired", "file");
  const preview = await getImportPreview(services, user, { slug, file: { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } });
  return data<ActionResult>({ preview, rowsJson: JSON.stringify(preview.rows) }, { status: preview.errors.length ? 400 : 200 });
});

export default function MonitorImport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network, indicators } = loaderData;
  const result = actionData as ActionResult | undefined;
  const preview = result?.preview;
  const describe = rowErrorDescriber(t);
  const fileError = result?.errors?.file;
  // Refusals that belong to no visible field (`_form`, or the hidden fields of the confirm form).
  const formErrors = Object.entries(result?.errors ?? {}).filter(([field]) => field !== "file");
  const base = `/netwerken/${network.slug}/monitor`;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={base}>← {t("monitor.title", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("monitor.import.title", { name: network.name })}</Heading>
      {formErrors.length > 0 || result?.refused ? (
        <Alert type="error">
          {formErrors.map(([field, message]) => (
            <p key={field} className="utrecht-paragraph">
              {t(message)}
            </p>
          ))}
          {result?.refused ? (
            <ul className="utrecht-unordered-list">
              {result.refused.map((e, i) => (
                <li key={i}>{describe(e)}</li>
              ))}
            </ul>
          ) : null}
        </Alert>
      ) : null}
      {!preview ? (
        <>
          <Paragraph>{t("monitor.import.intro")}</Paragraph>
          <Paragraph className="th-muted">{t("monitor.import.columns")}</Paragraph>
          <Paragraph>
            <a className="utrecht-link" href={`${base}/voorbeeld.csv`} download>
              {t("monitor.import.example")}
            </a>
          </Paragraph>
          <KnownIndicators indicators={indicators} />
          <Form method="post" encType="multipart/form-data" className="th-stack th-narrow">
            <input type="hidden" name="intent" value="preview" />
            <SpreadsheetField name="file" label={t("monitor.import.file")} error={fileError} />
            <Button>{t("monitor.import.preview")}</Button>
          </Form>
        </>
      ) : (
        <section className="th-stack" aria-labelledby="voorbeeld">
          <Heading level={2} id="voorbeeld">
            {t("monitor.import.previewTitle", { file: preview.filename })}
          </Heading>
          {preview.errors.length > 0 ? (
            <Alert type="error">
              <p className="utrecht-paragraph">
                <strong>{t("monitor.import.errorsTitle", { count: preview.errors.length })}</strong>
              </p>
              <ul className="utrecht-unordered-list">
                {preview.errors.map((e, i) => (
                  <li key={i}>{describe(e)}</li>
                ))}
              </ul>
              <p className="utrecht-paragraph">{t("monitor.import.errorsHelp")}</p>
            </Alert>
          ) : (
            <Alert type="ok">
              <p className="utrecht-paragraph">
                <strong>{t("monitor.import.okTitle", { count: preview.valid.length })}</strong>
              </p>
              {preview.replaces > 0 ? <p className="utrecht-paragraph">{t("monitor.import.replaces", { count: preview.replaces })}</p> : null}
              {preview.newIndicators.length > 0 ? <p className="utrecht-paragraph">{t("monitor.import.newIndicators", { codes: preview.newIndicators.join(", ") })}</p> : null}
            </Alert>
          )}
          <ButtonGroup>
            {preview.errors.length === 0 ? (
              <Form method="post">
                <input type="hidden" name="intent" value="confirm" />
                <input type="hidden" name="filename" value={preview.filename} />
                <input type="hidden" name="rows" value={result?.rowsJson ?? "[]"} />
                <Button>{t("monitor.import.confirm", { count: preview.valid.length })}</Button>
              </Form>
            ) : null}
            <ButtonLink to={`${base}/importeren`} appearance="secondary" reloadDocument>
              {t("monitor.import.again")}
            </ButtonLink>
          </ButtonGroup>
          <Table
            caption={t("monitor.import.rows")}
            rows={preview.rows}
            rowKey={(r) => r.row}
            rowProps={(r) => ({ className: preview.errors.some((e) => e.row === r.row) ? "th-row-error" : undefined })}
            columns={[
              { header: t("monitor.import.col.row"), rowHeader: true, cell: (r) => r.row },
              ...(["indicator", "regio", "periode", "waarde", "bron"] as const).map((c) => ({ header: c, cell: (r: (typeof preview.rows)[number]) => r.cells[c] ?? "" })),
              {
                header: t("monitor.import.col.status"),
                cell: (r) => {
                  const errors = preview.errors.filter((e) => e.row === r.row);
                  return errors.length ? errors.map(describe).join(" ") : t("monitor.import.rowOk");
                },
              },
            ]}
          />
        </section>
      )}
    </div>
  );
}

/** Every indicator the platform knows, so a file uses an existing code (or, on purpose, a new one). */
function KnownIndicators({ indicators }: { indicators: { code: string; name: string; unit: string }[] }) {
  const t = useT();
  if (indicators.length === 0) return <Paragraph>{t("monitor.import.knownNone")}</Paragraph>;
  return (
    <Table
      caption={t("monitor.import.known")}
      stack
      rows={indicators}
      rowKey={(i) => i.code}
      columns={[
        { header: t("monitor.import.knownCode"), label: true, cell: (i) => <code>{i.code}</code> },
        { header: t("monitor.import.knownName"), rowHeader: true, cell: (i) => i.name },
        { header: t("monitor.import.knownUnit"), cell: (i) => i.unit },
      ]}
    />
  );
}
