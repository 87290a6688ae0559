/** The main navigation by role. Labels are message keys. */
export type NavItem = { href: string; label: string };

export function navigationItems(who: { signedIn: boolean; coordinator: boolean; admin: boolean }): NavItem[] {
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
  if (who.admin) items.push({ href: "/beheer", label: "nav.admin" });
  if (who.signedIn) items.push({ href: "/account", label: "nav.account" });
  else items.push({ href: "/inloggen", label: "nav.signIn" }, { href: "/registreren", label: "nav.signUp" });
  return items;
}
