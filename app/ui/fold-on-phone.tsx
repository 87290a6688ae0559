import { useContext } from "react";
import { UNSAFE_FrameworkContext } from "react-router";

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
export function FoldOnPhone({ targetId }: { targetId: string }) {
  const nonce = useContext(UNSAFE_FrameworkContext)?.nonce;
  const code = `(function(d){if(d&&window.matchMedia(${JSON.stringify(PHONE_MEDIA)}).matches)d.open=false})(document.getElementById(${JSON.stringify(targetId)}))`;
  return <script nonce={nonce} suppressHydrationWarning dangerouslySetInnerHTML={{ __html: code }} />;
}
