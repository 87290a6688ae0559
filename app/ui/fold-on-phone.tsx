import { useContext, useEffect, useRef, type ReactNode } from "react";
import { Form, UNSAFE_FrameworkContext, useLocation } from "react-router";
import { Button } from "./components.tsx";
import { TextField } from "./form.tsx";

/** The width below which the page is laid out in one column (the `50em` of app/styles). */
export const PHONE_MEDIA = "(max-width: 50em)";

/**
 * Folds the `<details>` element with this id on a phone before the browser first paints it.
 *
 * A panel the server renders open works without JavaScript on every screen; folding it later, in
 * an effect after hydration, moved everything below it up on a phone (a layout shift of 0.13 on
 * `/netwerken`, Lighthouse's CLS). This inline script runs while the HTML is read, right after the
 * element, so the first paint already shows it folded. It only runs on the page as the server sent
 * it; after a client-side navigation the caller's effect folds the panel instead.
 */
export function FoldOnPhone({ targetId, selector }: { targetId: string; selector?: undefined } | { targetId?: undefined; selector: string }) {
  const nonce = useContext(UNSAFE_FrameworkContext)?.nonce;
  const code =
    selector === undefined
      ? `(function(d){if(d&&window.matchMedia(${JSON.stringify(PHONE_MEDIA)}).matches)d.open=false})(document.getElementById(${JSON.stringify(targetId)}))`
      : `(function(l){if(window.matchMedia(${JSON.stringify(PHONE_MEDIA)}).matches)for(var i=0;i<l.length;i++)l[i].open=false})(document.querySelectorAll(${JSON.stringify(selector)}))`;
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: code }} />;
}

/** Folds, on a phone, the `<details>` under `root` that `selector` finds: FoldOnPhone's work after a client-side render. */
export function foldOnPhone(root: ParentNode | null, selector: string): void {
  if (!root || !window.matchMedia(PHONE_MEDIA).matches) return;
  for (const d of root.querySelectorAll<HTMLDetailsElement>(selector)) d.open = false;
}

/**
 * A list's filters in a panel that is open beside the results on a wide screen and folded above them
 * on a phone, so a phone shows the results first (`/netwerken`, `/cursussen`). Open as the server
 * sends it, so the filters work without JavaScript; folded on a phone before the first paint
 * (FoldOnPhone) or, after a client-side search, by the effect. A panel with filters chosen stays
 * open: the person is working in it.
 */
export function PhoneFoldedFilters({ id, summary, chosen, children }: { id: string; summary: ReactNode; chosen: number; children: ReactNode }) {
  const panel = useRef<HTMLDetailsElement>(null);
  useEffect(() => {
    if (panel.current && chosen === 0 && window.matchMedia(PHONE_MEDIA).matches) panel.current.open = false;
  }, [chosen]);
  return (
    <>
      <details className="th-filters" id={id} open ref={panel}>
        <summary className="th-filters__summary">{summary}</summary>
        <div className="th-filters__body th-stack">{children}</div>
      </details>
      {chosen === 0 ? <FoldOnPhone targetId={id} /> : null}
    </>
  );
}

/**
 * The search form of a list with filters (`/netwerken`, `/cursussen`, `/aanbod`): the search words and
 * their button always in view, the other filters in a PhoneFoldedFilters panel. Keyed by the URL, so
 * after a client-side navigation the inputs show the new search, not stale choices.
 */
export function FilteredSearchForm({
  action,
  label,
  search,
  summary,
  chosen,
  children,
}: {
  action: string;
  /** The search landmark's name. */
  label: string;
  search: { label: string; hint: string; value: string; submit: string };
  summary: string;
  chosen: number;
  children: ReactNode;
}) {
  const location = useLocation();
  return (
    <Form method="get" action={action} className="th-directory__form th-stack" role="search" aria-label={label} key={location.search}>
      <div className="th-directory__search">
        <TextField name="q" type="search" label={search.label} description={search.hint} defaultValue={search.value} maxLength={200} />
        <Button type="submit">{search.submit}</Button>
      </div>
      <PhoneFoldedFilters id="filters" chosen={chosen} summary={summary}>
        {children}
      </PhoneFoldedFilters>
    </Form>
  );
}
