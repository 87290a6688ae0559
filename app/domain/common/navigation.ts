/**
 * The main navigation by role. Labels are message keys.
 *
 * `place` says where an item sits in the menu bar of a wide screen, which must stay one line at
 * 1280 px whoever is signed in: "main" in the bar itself, "more" behind the "Meer" disclosure,
 * "account" at the end of the bar (signing in and out, one's account). On a phone every item is in
 * one list behind "Menu", in this order. `count` (e.g. unread messages) is shown beside the label.
 * Add an item with one line where it belongs in the order below. "Berichten" with its count took
 * the bar's last room; anything new (e.g. "Beheer") goes in "more".
 */
export type NavPlace = "main" | "more" | "account";
export type NavItem = { href: string; label: string; place: NavPlace; count?: number };

export function navigationItems(who: { signedIn: boolean; coordinator: boolean; admin: boolean; unread?: number }): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "nav.home", place: "main" },
    { href: "/netwerken", label: "nav.networks", place: "main" },
    { href: "/aanbod", label: "nav.offers", place: "main" },
    { href: "/cursussen", label: "nav.courses", place: "main" },
    { href: "/evenementen", label: "nav.events", place: "main" },
    { href: "/nieuws", label: "nav.news", place: "main" },
    { href: "/organisaties", label: "nav.organisations", place: "more" },
    { href: "/tips", label: "nav.tips", place: "more" },
  ];
  if (who.signedIn) items.push({ href: "/vragen", label: "nav.requests", place: "main" });
  if (who.signedIn) items.push({ href: "/afspraken", label: "nav.appointments", place: "main" });
  if (who.signedIn) items.push({ href: "/inbox", label: "inbox.nav.label", place: "main", count: who.unread ?? 0 });
  if (who.signedIn) items.push({ href: "/programmas", label: "nav.programmes", place: "more" });
  if (who.signedIn) items.push({ href: "/behoeften", label: "nav.needs", place: "more" });
  if (who.coordinator || who.admin) items.push({ href: "/coordinatie", label: "nav.coordinator", place: "more" });
  if (who.admin) items.push({ href: "/beheer", label: "nav.admin", place: "more" });
  if (who.signedIn) items.push({ href: "/account", label: "nav.account", place: "account" });
  else items.push({ href: "/inloggen", label: "nav.signIn", place: "account" }, { href: "/registreren", label: "nav.signUp", place: "account" });
  return items;
}
