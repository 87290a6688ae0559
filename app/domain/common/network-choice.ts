/**
 * Choosing the network a new event or programme belongs to (ADR 024, tenth pass). A coordinator of
 * a few networks picks from a select; whoever may choose among many (a platform administrator:
 * every network in the country) first finds the network by name, then fills in the form with that
 * network fixed. The choice lives in the address (`?netwerk=<slug>`, `?q=<words>`), so it works
 * without JavaScript and a link (the coordination page's) can carry the network and skip the search.
 */

/**
 * Up to this many networks the form offers them in a select. A select beyond about a dozen options
 * is a list read by scrolling inside a control (on a phone, a wheel that shows five lines at a
 * time); typing a few letters of the name is quicker there and works the same without JavaScript.
 * A coordinator of one region's networks stays under it; the country's 628 networks were 170 KB of
 * options on every visit of the form.
 */
export const NETWORKS_IN_A_SELECT = 12;

/** How many networks the search step shows at once: more than this and the person types another word. */
export const NETWORK_CHOICES_SHOWN = 20;

/** The parameters of the address the choice lives in. */
export const NETWORK_PARAM = "netwerk";
export const NETWORK_QUERY_PARAM = "q";

const MAX_QUERY_LENGTH = 100;
const MAX_WORDS = 8;

export type NetworkOption = { id: string; slug: string; name: string; province: string | null };

export type NetworkChoice =
  /** Few networks: the form offers them in a select. `error` is a refused `?netwerk=`. */
  | { step: "select"; networks: NetworkOption[]; error: string | null }
  /**
   * Many networks: first find one. `networks` are at most NETWORK_CHOICES_SHOWN of the `found` that
   * match `query` (without a query, the first by name of all `total`); `close`: none holds every
   * word, these names are close to what was typed.
   */
  | { step: "search"; query: string; total: number; found: number; close: boolean; networks: NetworkOption[]; error: string | null }
  /** The network is fixed (from `?netwerk=`); `among` is how many the person could have chosen from. */
  | { step: "chosen"; network: NetworkOption; among: number };

/** What the address asks: a network by its slug, or a search for one. */
export type NetworkChoiceQuery = { slug: string | null; query: string };

export function parseNetworkChoiceQuery(params: URLSearchParams): NetworkChoiceQuery {
  const slug = (params.get(NETWORK_PARAM) ?? "").trim().toLowerCase();
  return { slug: slug ? slug.slice(0, 200) : null, query: (params.get(NETWORK_QUERY_PARAM) ?? "").trim().slice(0, MAX_QUERY_LENGTH) };
}

/** The words every one of which a network's name must hold (folded in the database as its name is). */
export function networkQueryWords(query: string): string[] {
  return query.toLowerCase().split(/\s+/).filter(Boolean).slice(0, MAX_WORDS);
}

/** The address of a form with its network chosen. */
export function chosenNetworkHref(path: string, slug: string): string {
  return `${path}?${new URLSearchParams({ [NETWORK_PARAM]: slug })}`;
}
