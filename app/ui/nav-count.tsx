import type { NavItem } from "~/domain/common/navigation.ts";
import { pluralOf } from "~/domain/inbox/notification.ts";
import { useLocale, useT } from "~/ui/use-t.ts";

/**
 * The name a menu link (or the phone's "Menu" button) with a count is spoken by: "Berichten, 3
 * ongelezen" instead of "Berichten 3"; undefined, so the visible text names it, when there is no
 * count. It starts with the visible label, so speech input finds the link by what it shows.
 */
export function useNavCountLabel(): (label: string, item: NavItem | undefined) => string | undefined {
  const t = useT();
  const locale = useLocale();
  return (label, item) => (item?.count && item.countLabel ? `${label}, ${t(`${item.countLabel}.${pluralOf(item.count, locale)}`, { count: item.count })}` : undefined);
}

/**
 * The count beside a menu label (the unread messages), seen only: the link's name says it. The
 * space keeps the visible text "Berichten 3", which the spoken name contains.
 */
export function NavCount({ count }: { count: number }) {
  return (
    <>
      {" "}
      <span className="utrecht-data-badge th-nav__count" aria-hidden="true">
        {count}
      </span>
    </>
  );
}
