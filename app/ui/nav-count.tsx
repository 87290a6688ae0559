import { pluralOf } from "~/domain/inbox/notification.ts";
import { useLocale, useT } from "~/ui/use-t.ts";

/**
 * A count beside a menu label (the unread messages): the number is seen, and screen readers
 * hear the link as "Berichten, 3 ongelezen" instead of a bare "3".
 */
export function NavCount({ count, label }: { count: number; label: string }) {
  const t = useT();
  const locale = useLocale();
  return (
    <>
      {" "}
      <span className="utrecht-data-badge th-nav__count" aria-hidden="true">
        {count}
      </span>
      <span className="th-visually-hidden">, {t(`${label}.${pluralOf(count, locale)}`, { count })}</span>
    </>
  );
}
