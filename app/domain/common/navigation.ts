/**
 * The main navigation by role. Labels are message keys. `count` (the unread messages) is shown
 * beside its label; `countLabel` is the key, with .one/.other, that says it to screen readers.
 */
export type NavItem = { href: string; label: string; count?: number; countLabel?: string };

export function navigationItems(who: { signedIn: boolean; coordinator: boolean; admin: boolean; unread?: number }): NavItem[] {
  const items: NavItem[] = [
    { href: "/", label: "nav.home" },
    { href: "/netwerken", label: "nav.networks" },
    { href: "/organisaties", label: "nav.organisations" },
    { href: "/aanbod", label: "nav.offers" },
    { href: "/cursussen", label: "nav.courses" },
    { href: "/nieuws", label: "nav.news" },
    { href: "/evenementen", label: "nav.events" },
    { href: "/tips", label: "nav.tips" },
  ];
  if (who.signedIn) items.push({ href: "/vragen", label: "nav.requests" });
  if (who.signedIn) items.push({ href: "/afspraken", label: "nav.appointments" });
  if (who.signedIn) items.push({ href: "/programmas", label: "nav.programmes" });
  if (who.signedIn) items.push({ href: "/behoeften", label: "nav.needs" });
  if (who.coordinator || who.admin) items.push({ href: "/coordinatie", label: "nav.coordinator" });
  if (who.signedIn) items.push({ href: "/inbox", label: "inbox.nav.label", count: who.unread ?? 0, countLabel: "inbox.nav.unread" });
  if (who.signedIn) items.push({ href: "/account", label: "nav.account" });
  else items.push({ href: "/inloggen", label: "nav.signIn" }, { href: "/registreren", label: "nav.signUp" });
  return items;
}
