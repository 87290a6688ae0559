import type { PrivacyStatement } from "~/domain/privacy/processing.ts";
import { Heading, Paragraph, Table } from "~/ui/components.tsx";
import { useT } from "~/ui/use-t.ts";

type Activity = PrivacyStatement["activities"][number];
type Rule = PrivacyStatement["rules"][number];

/** The register of processing as a table: data, purpose, basis, retention (the privacy statement and every network's summary). */
function ProcessingTable({ activities }: { activities: readonly Activity[] }) {
  const t = useT();
  const kept = (a: Activity) => {
    const periods = a.rules.map((r) => `${t(`privacy.rule.${r.key}`)}: ${t(r.period.key, { count: r.period.count })}`);
    return [a.untilAccountDeleted ? t("privacy.kept.account") : null, ...periods].filter(Boolean).join(" · ") || t("privacy.kept.none");
  };
  return (
    <Table caption={t("privacy.table.caption")} stack>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.data")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.purpose")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.basis")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.kept")}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {activities.map((a) => (
          <tr className="utrecht-table__row" key={a.key}>
            <td className="utrecht-table__cell" data-label={t("privacy.col.data")}>
              <strong>{t(`privacy.activity.${a.key}.title`)}</strong>
              <br />
              {t(`privacy.activity.${a.key}.data`)}
            </td>
            <td className="utrecht-table__cell" data-label={t("privacy.col.purpose")}>{t(`privacy.activity.${a.key}.purpose`)}</td>
            <td className="utrecht-table__cell" data-label={t("privacy.col.basis")}>{t(`privacy.basis.${a.basis}`)}</td>
            <td className="utrecht-table__cell" data-label={t("privacy.col.kept")}>{kept(a)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** Every retention period the nightly job applies. */
export function RetentionTable({ rules, showTable = false }: { rules: readonly Rule[]; showTable?: boolean }) {
  const t = useT();
  return (
    <Table caption={t("privacy.retention.caption")} stack>
      <thead className="utrecht-table__header">
        <tr className="utrecht-table__row">
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.what")}</th>
          {showTable ? <th className="utrecht-table__header-cell" scope="col">{t("privacy.admin.col.table")}</th> : null}
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.period")}</th>
          <th className="utrecht-table__header-cell" scope="col">{t("privacy.col.action")}</th>
        </tr>
      </thead>
      <tbody className="utrecht-table__body">
        {rules.map((r) => (
          <tr className="utrecht-table__row" key={r.key}>
            <td className="utrecht-table__cell" data-label={t("privacy.col.what")}>{t(`privacy.rule.${r.key}`)}</td>
            {showTable ? (
              <td className="utrecht-table__cell" data-label={t("privacy.admin.col.table")}>
                <code>{r.table}</code>
              </td>
            ) : null}
            <td className="utrecht-table__cell" data-label={t("privacy.col.period")}>{t(r.period.key, { count: r.period.count })}</td>
            <td className="utrecht-table__cell" data-label={t("privacy.col.action")}>{t(`privacy.action.${r.action}`)}</td>
          </tr>
        ))}
      </tbody>
    </Table>
  );
}

/** What is never processed, and who else processes the data. */
function NeverAndProcessors({ statement }: { statement: Pick<PrivacyStatement, "never" | "processors"> }) {
  const t = useT();
  return (
    <>
      <section className="th-stack" aria-labelledby="nooit">
        <Heading level={2} id="nooit">{t("privacy.never.heading")}</Heading>
        <ul className="utrecht-unordered-list">
          {statement.never.map((n) => (
            <li className="utrecht-unordered-list__item" key={n}>{t(`privacy.never.${n}`)}</li>
          ))}
        </ul>
      </section>
      <section className="th-stack" aria-labelledby="verwerkers">
        <Heading level={2} id="verwerkers">{t("privacy.processors.heading")}</Heading>
        <ul className="utrecht-unordered-list">
          {statement.processors.map((p) => (
            <li className="utrecht-unordered-list__item" key={p}>{t(`privacy.processor.${p}`)}</li>
          ))}
        </ul>
      </section>
    </>
  );
}

/** The register, the retention periods, what is never processed and the processors: the body both the statement and a network's summary show. */
export function StatementBody({ statement }: { statement: PrivacyStatement }) {
  const t = useT();
  return (
    <>
      <section className="th-stack" aria-labelledby="gegevens">
        <Heading level={2} id="gegevens">{t("privacy.table.heading")}</Heading>
        <ProcessingTable activities={statement.activities} />
      </section>
      <section className="th-stack" aria-labelledby="bewaartermijnen">
        <Heading level={2} id="bewaartermijnen">{t("privacy.retention.heading")}</Heading>
        <Paragraph>{t("privacy.retention.intro")}</Paragraph>
        <RetentionTable rules={statement.rules} />
      </section>
      <NeverAndProcessors statement={statement} />
    </>
  );
}

export function PrivacyContact({ email }: { email: string | null }) {
  const t = useT();
  return <Paragraph>{email ? t("privacy.contact.email", { email }) : t("privacy.contact.none")}</Paragraph>;
}
