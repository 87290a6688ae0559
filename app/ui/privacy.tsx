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
    <Table
      caption={t("privacy.table.caption")}
      stack
      rows={activities}
      rowKey={(a) => a.key}
      columns={[
        {
          header: t("privacy.col.data"),
          rowHeader: true,
          cell: (a) => (
            <>
              <strong>{t(`privacy.activity.${a.key}.title`)}</strong>
              <br />
              {t(`privacy.activity.${a.key}.data`)}
            </>
          ),
        },
        { header: t("privacy.col.purpose"), cell: (a) => t(`privacy.activity.${a.key}.purpose`) },
        { header: t("privacy.col.basis"), cell: (a) => t(`privacy.basis.${a.basis}`) },
        { header: t("privacy.col.kept"), cell: kept },
      ]}
    />
  );
}

/** Every retention period the nightly job applies. */
export function RetentionTable({ rules, showTable = false }: { rules: readonly Rule[]; showTable?: boolean }) {
  const t = useT();
  return (
    <Table
      caption={t("privacy.retention.caption")}
      stack
      rows={rules}
      rowKey={(r) => r.key}
      columns={[
        { header: t("privacy.col.what"), rowHeader: true, cell: (r) => t(`privacy.rule.${r.key}`) },
        showTable && { header: t("privacy.admin.col.table"), cell: (r) => <code>{r.table}</code> },
        { header: t("privacy.col.period"), cell: (r) => t(r.period.key, { count: r.period.count }) },
        { header: t("privacy.col.action"), cell: (r) => t(`privacy.action.${r.action}`) },
      ]}
    />
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
