/**
 * A profile field's change shown so it reads without colour: "Was:" with the
 * old value struck through, "Wordt:" with the new one; lists show what is
 * added and removed. Used by the coordinator's review and the public history.
 */
import { PROFILE_FIELD, type ProfileFieldName, type ProfileValue } from "~/domain/networks/profile-fields.ts";
import { listDelta } from "~/domain/networks/proposal.ts";
import { useT } from "~/ui/use-t.ts";

export function ProfileValueText({ value }: { value: ProfileValue | undefined }) {
  const t = useT();
  if (Array.isArray(value)) return <>{value.length ? value.join(", ") : t("networks.proposals.empty")}</>;
  if (value === null || value === undefined || value === "") return <>{t("networks.proposals.empty")}</>;
  return <span className="th-prewrap">{String(value)}</span>;
}

export function FieldChange({ name, from, to }: { name: ProfileFieldName; from: ProfileValue | undefined; to: ProfileValue | undefined }) {
  const t = useT();
  if (PROFILE_FIELD[name].type === "list" && Array.isArray(from) && Array.isArray(to)) {
    const { added, removed } = listDelta(from, to);
    return (
      <div className="th-diff">
        {added.length ? (
          <p className="utrecht-paragraph">
            <strong>{t("networks.proposals.diff.added")}</strong>{" "}
            {added.map((item, i) => (
              <span key={item}>
                {i > 0 ? ", " : null}
                <ins className="th-diff-new">{item}</ins>
              </span>
            ))}
          </p>
        ) : null}
        {removed.length ? (
          <p className="utrecht-paragraph">
            <strong>{t("networks.proposals.diff.removed")}</strong>{" "}
            {removed.map((item, i) => (
              <span key={item}>
                {i > 0 ? ", " : null}
                <del className="th-diff-old">{item}</del>
              </span>
            ))}
          </p>
        ) : null}
        {!added.length && !removed.length ? (
          <p className="utrecht-paragraph">
            <strong>{t("networks.proposals.diff.becomes")}</strong> <ins className="th-diff-new">{to.join(", ")}</ins>
          </p>
        ) : null}
      </div>
    );
  }
  return (
    <div className="th-diff">
      <p className="utrecht-paragraph">
        <strong>{t("networks.proposals.diff.was")}</strong>{" "}
        <del className="th-diff-old">
          <ProfileValueText value={from} />
        </del>
      </p>
      <p className="utrecht-paragraph">
        <strong>{t("networks.proposals.diff.becomes")}</strong>{" "}
        <ins className="th-diff-new">
          <ProfileValueText value={to} />
        </ins>
      </p>
    </div>
  );
}
