import type { Mismatch } from "~/domain/guest-lessons/mismatches.ts";
import { useT } from "~/ui/use-t.ts";

/** What does not fit between an offer and a class, said beside the offer: a group too large or too small, a level it is not for. */
export function Mismatches({ mismatches }: { mismatches: readonly Mismatch[] }) {
  const t = useT();
  if (mismatches.length === 0) return null;
  return (
    <ul className="utrecht-unordered-list th-mismatches">
      {mismatches.map((m) => (
        <li key={m.kind} className="utrecht-unordered-list__item">
          <strong>{t("requests.mismatch.label")}</strong>{" "}
          {m.kind === "level"
            ? t("requests.mismatch.level", { level: t(`guestLessons.level.${m.level}`), levels: m.levels.map((l) => t(`guestLessons.level.${l}`)).join(", ") })
            : m.kind === "groupTooLarge"
              ? t("requests.mismatch.groupTooLarge", { max: m.max, perGroup: m.perGroup })
              : t("requests.mismatch.groupTooSmall", { min: m.min, perGroup: m.perGroup })}
        </li>
      ))}
    </ul>
  );
}
