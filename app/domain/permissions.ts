/**
 * Permissions as data: which roles hold which permission. A role is held in
 * a scope (a network or an organisation) or platform-wide; see
 * services/common/permissions.server.ts for how a user's roles are resolved.
 */
export type Role = "signed_in" | "verified" | "org_member" | "org_admin" | "coordinator" | "platform_admin";

export const PERMISSIONS = {
  "network.view": ["signed_in"],
  "network.propose_change": ["verified"],
  "network.decide_change": ["coordinator", "platform_admin"],
  "network.view_proposals": ["coordinator", "platform_admin"],
  /** The coordinator overview across every network, not only the ones a person coordinates. */
  "network.view_proposals_everywhere": ["platform_admin"],
  "network.request_join": ["org_admin", "platform_admin"],
  "network.decide_join": ["coordinator", "platform_admin"],
  "network.manage": ["coordinator", "platform_admin"],
  "organisation.create": ["verified"],
  "organisation.edit": ["org_admin", "platform_admin"],
  "organisation.manage_members": ["org_admin", "platform_admin"],
  "organisation.view_members": ["org_member", "org_admin", "platform_admin"],
  /** An organisation's webhooks (ADR 031): its admins, since a subscription sends its events to another system. */
  "webhook.manage": ["org_admin", "platform_admin"],
  /** An organisation's API keys: create, scope, revoke (ADR 029). A key is a credential: a system acting for the organisation is made by its administrators only, never by a member. */
  "api_key.manage": ["org_admin", "platform_admin"],
  // Guest lessons: any member of a company or provider may publish its offers; any member of a
  // school may ask on its behalf (the use-cases check the organisation's kind).
  "offer.manage": ["org_member", "org_admin", "platform_admin"],
  "request.create": ["org_member", "org_admin", "platform_admin"],
  "request.view": ["org_member", "org_admin", "platform_admin"],
  // Editing or withdrawing a request: the school's own people, not its network's coordinator.
  "request.manage": ["org_member", "org_admin", "platform_admin"],
  // Appointments: the two sides act as members of their organisation (the use-cases check which
  // side); the network's coordinator follows, brokers and may step in, a platform admin anywhere.
  "appointment.coordinate": ["coordinator", "platform_admin"],
  // Tips are shared guidance: any network's coordinator writes them (a network's own page only its
  // coordinators), a platform admin every page.
  "tip.write": ["coordinator", "platform_admin"],
  "programme.view": ["signed_in"],
  "programme.manage": ["coordinator", "platform_admin"],
  /** Starting a programme for any network, not only the ones a person coordinates. */
  "programme.manage_everywhere": ["platform_admin"],
  "news.manage": ["coordinator", "platform_admin"],
  /** Writing news for every network, not only the ones a person coordinates. */
  "news.manage_everywhere": ["platform_admin"],
  "monitor.import": ["coordinator", "platform_admin"],
  /** Onboarding a region from a spreadsheet (ADR 034): the network's coordinators import its organisations and follow the invitations. */
  "onboarding.import": ["coordinator", "platform_admin"],
  /** Claiming an organisation with an invitation's link: anyone signed in who holds the link (the token is the proof). */
  "onboarding.claim": ["signed_in"],
  "platform.admin": ["platform_admin"],
  /** Identity providers for single sign-on (ADR 033): who they are decides who may sign in as whom. */
  "identity.manage": ["platform_admin"],
  "course.manage": ["org_member", "org_admin", "platform_admin"],
  "course.register_employees": ["org_member", "org_admin", "platform_admin"],
  "need.manage": ["org_member", "org_admin", "platform_admin"],
  "need.view_demand": ["coordinator", "org_member", "org_admin", "platform_admin"],
  // Events: the network's coordinators run an event (create, edit, assign, publish, see drafts and
  // every schedule); a host's or a school's people enter slots and groups for their organisation,
  // see its schedule and record attendance.
  "event.manage": ["coordinator", "platform_admin"],
  /** Setting up an event for any network, and seeing every draft, not only those of the networks a person coordinates. */
  "event.manage_everywhere": ["platform_admin"],
  "event.enter": ["org_member", "org_admin"],
  "event.view_schedule": ["org_member", "org_admin"],
  "event.record_attendance": ["org_member", "org_admin"],
  /** A widget for one's own site (ADR 030): a network's coordinators, an organisation's people. */
  "widget.build": ["coordinator", "org_member", "org_admin", "platform_admin"],
  /** One's own inbox: every signed-in person reads and manages their own items, nobody else's. */
  "inbox.read": ["signed_in"],
} as const satisfies Record<string, readonly Role[]>;

export type Permission = keyof typeof PERMISSIONS;

/**
 * A permission a coordinator holds in the networks they coordinate, and the one that holds it in
 * every network. Which networks a person may act in is read from these two and the map above
 * (`permittedNetworks`, services/common/permissions.server.ts), never written out by hand.
 */
export const IN_EVERY_NETWORK = {
  "event.manage": "event.manage_everywhere",
  "programme.manage": "programme.manage_everywhere",
  "news.manage": "news.manage_everywhere",
  "network.view_proposals": "network.view_proposals_everywhere",
} as const satisfies Partial<Record<Permission, Permission>>;

export type NetworkPermission = keyof typeof IN_EVERY_NETWORK;

export function allows(permission: Permission, roles: Iterable<Role>): boolean {
  const granted: readonly Role[] = PERMISSIONS[permission];
  for (const role of roles) if (granted.includes(role)) return true;
  return false;
}

/** The roles a person holds everywhere, before any network or organisation is looked at. */
export function platformRoles(person: { emailVerified: boolean; role: string } | null): Set<Role> {
  const roles = new Set<Role>();
  if (!person) return roles;
  roles.add("signed_in");
  if (person.emailVerified) roles.add("verified");
  if (person.role === "admin") roles.add("platform_admin");
  return roles;
}
