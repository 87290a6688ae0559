import { z } from "zod";
import { data, Form, redirect } from "react-router";
import type { Route } from "./+types/import";
import { requestContext, servicesContext } from "~/context.ts";
import { DomainError, STATUS } from "~/domain/errors.ts";
import { COLUMNS, describeError, type RawRow } from "~/domain/monitor/rows.ts";
import { translator } from "~/i18n/index.ts";
import { requireUser } from "~/services/auth/require.server.ts";
import { loadMonitor } from "~/services/monitor/load-monitor.server.ts";
import { ImportRefused, importMonitorRows, previewMonitorImport, type ImportPreview } from "~/services/monitor/monitor-import.server.ts";
import { Alert, Button, ButtonGroup, ButtonLink, Heading, Link, Paragraph, Table } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

export async function loader({ params, request, context }: Route.LoaderArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const services = context.get(servicesContext);
  try {
    const monitor = await loadMonitor(services, user, params.slug);
    if (!monitor.canImport) throw data(t("error.forbidden.body"), { status: 403 });
    return { network: monitor.network, codes: monitor.panels.map((p) => p.code), title: `${t("monitor.import.title", { name: monitor.network.name })} | ${t("app.name")}` };
  } catch (error) {
    if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export function meta({ loaderData }: Route.MetaArgs) {
  return [{ title: loaderData?.title ?? "Cijfers importeren | Technohub" }];
}

// The rows come back from the preview page in a hidden field; they are checked again on confirm.
const rawRowsSchema = z.array(z.object({ row: z.number().int().min(1), cells: z.partialRecord(z.enum(COLUMNS), z.string().max(1000)) })).max(5000);
const confirmSchema = z.object({ filename: z.string().max(200), rows: z.string().max(5_000_000) });

type ActionResult = { preview?: ImportPreview; rowsJson?: string; fileError?: string; refused?: string[] };

export async function action({ params, request, context }: Route.ActionArgs) {
  const user = requireUser(context, request);
  const t = translator(user.locale ?? context.get(requestContext).locale);
  const services = context.get(servicesContext);
  const formData = await request.formData();
  try {
    if (formData.get("intent") === "confirm") {
      const parsed = confirmSchema.safeParse({ filename: formData.get("filename"), rows: formData.get("rows") });
      const rows = parsed.success ? rawRowsSchema.safeParse(JSON.parse(parsed.data.rows)) : null;
      if (!parsed.success || !rows?.success) return data<ActionResult>({ fileError: "monitor.import.fileUnreadable" }, { status: 400 });
      const result = await importMonitorRows(services, user, params.slug, { filename: parsed.data.filename, rows: rows.data as RawRow[] });
      throw redirect(`/netwerken/${params.slug}/monitor?geimporteerd=${result.imported}`);
    }
    const file = formData.get("file");
    if (!(file instanceof File) || file.size === 0) return data<ActionResult>({ fileError: "monitor.import.fileRequired" }, { status: 400 });
    const preview = await previewMonitorImport(services, user, params.slug, { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) });
    return data<ActionResult>({ preview, rowsJson: JSON.stringify(preview.rows) }, { status: preview.errors.length ? 400 : 200 });
  } catch (error) {
    if (error instanceof ImportRefused) return data<ActionResult>({ refused: error.errors.map(describeError) }, { status: 400 });
    if (error instanceof DomainError && error.kind === "invalid") return data<ActionResult>({ fileError: error.message }, { status: 400 });
    if (error instanceof DomainError) throw data(t(error.message), { status: STATUS[error.kind] });
    throw error;
  }
}

export default function MonitorImport({ loaderData, actionData }: Route.ComponentProps) {
  const t = useT();
  const { network, codes } = loaderData;
  const result = actionData as ActionResult | undefined;
  const preview = result?.preview;
  const base = `/netwerken/${network.slug}/monitor`;
  return (
    <div className="th-stack">
      <Paragraph>
        <Link to={base}>← {t("monitor.title", { name: network.name })}</Link>
      </Paragraph>
      <Heading level={1}>{t("monitor.import.title", { name: network.name })}</Heading>
      {result?.refused ? (
        <Alert type="error">
          <p className="utrecht-paragraph">{t("monitor.import.refused")}</p>
          <ul className="utrecht-unordered-list">
            {result.refused.map((e) => (
              <li key={e}>{e}</li>
            ))}
          </ul>
        </Alert>
      ) : null}
      {!preview ? (
        <>
          <Paragraph>{t("monitor.import.intro")}</Paragraph>
          <Paragraph className="th-muted">{t("monitor.import.columns", { codes: codes.join(", ") })}</Paragraph>
          <Form method="post" encType="multipart/form-data" className="th-stack th-narrow">
            <input type="hidden" name="intent" value="preview" />
            <div className={`utrecht-form-field${result?.fileError ? " utrecht-form-field--invalid" : ""}`}>
              <div className="utrecht-form-field__label">
                <label className="utrecht-form-label" htmlFor="f-file">
                  {t("monitor.import.file")}
                </label>
              </div>
              {result?.fileError ? (
                <div className="utrecht-form-field-error-message" id="f-file-error">
                  {t(result.fileError)}
                </div>
              ) : null}
              <input
                id="f-file"
                name="file"
                type="file"
                accept=".csv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
                aria-describedby={result?.fileError ? "f-file-error" : undefined}
                aria-invalid={result?.fileError ? true : undefined}
                required
              />
            </div>
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
                  <li key={i}>{describeError(e)}</li>
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
          <Table caption={t("monitor.import.rows")}>
            <thead className="utrecht-table__header">
              <tr className="utrecht-table__row">
                <th scope="col" className="utrecht-table__header-cell">{t("monitor.import.col.row")}</th>
                {["indicator", "regio", "periode", "waarde", "bron"].map((c) => (
                  <th key={c} scope="col" className="utrecht-table__header-cell">
                    {c}
                  </th>
                ))}
                <th scope="col" className="utrecht-table__header-cell">{t("monitor.import.col.status")}</th>
              </tr>
            </thead>
            <tbody className="utrecht-table__body">
              {preview.rows.map((r) => {
                const errors = preview.errors.filter((e) => e.row === r.row);
                return (
                  <tr key={r.row} className={`utrecht-table__row${errors.length ? " th-row-error" : ""}`}>
                    <th scope="row" className="utrecht-table__header-cell">{r.row}</th>
                    {(["indicator", "regio", "periode", "waarde", "bron"] as const).map((c) => (
                      <td key={c} className="utrecht-table__cell">
                        {r.cells[c] ?? ""}
                      </td>
                    ))}
                    <td className="utrecht-table__cell">{errors.length ? errors.map((e) => describeError(e)).join(" ") : t("monitor.import.rowOk")}</td>
                  </tr>
                );
              })}
            </tbody>
          </Table>
        </section>
      )}
    </div>
  );
}
