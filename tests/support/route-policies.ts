/**
 * Who may do what, per route: the DECLARED answer for every route × role × method. Written by
 * reading the route modules, the permission map (app/domain/permissions.ts) and the
 * use-cases' checks — not by recording what the server answers today. Where today's code answers
 * differently (permission checked after the form is parsed, a page that should be closed), the
 * table states the rule and the matrix test fails until the code follows it.
 *
 * Rules encoded:
 * - a visitor on a page that needs an account is sent to /inloggen (redirect-sign-in);
 * - a signed-in role without the permission gets 403, or 404 where the app hides existence
 *   (registrations, requests, appointments, needs);
 * - the empty form a matrix POST sends is refused with 400 only AFTER the permission passed: a
 *   role for which no input at all could succeed gets 403/404, never 400;
 * - a 500 is never declared.
 *
 * Params point at real seeded rows owned by "this network" (TechNet Utrecht, coordinated by the
 * "coordinator" role), the teacher's school (vmbo-de-werkplaats) or the company (Kiremko).
 */
import type { Role } from "./app-harness.ts";

export type Outcome =
  | "ok" // 2xx
  | "redirect-sign-in" // 302/303 to /inloggen
  | "redirect" // any other 3xx
  | "invalid" // 400: the input was refused after permission passed
  | "forbidden" // 403
  | "not-found" // 404 (also for what is hidden from the role)
  | "no-action" // 405: the route has no action (or, under /api/v1, not this method)
  | "no-key"; // 401: an API operation that needs an API key (ADR 029); a session is no key

export type Expectation = Record<Role, Outcome>;

export type SeedParams = {
  network: string;
  proposalId: string;
  joinRequestId: string;
  organisation: string;
  programme: string;
  goalNr: number;
  projectNr: number;
  milestoneId: string;
  article: string;
  course: string;
  sessionId: string;
  registrationId: string;
  need: string;
  event: string;
  schoolSlug: string;
  hostSlug: string;
  offerId: string;
  requestId: string;
  appointmentId: string;
  scheduledAppointmentId: string;
  calendarToken: string;
  mailId: string;
  tip: string;
  /** Copies of the teacher's open request, one per role: withdrawing needs no input, so each role's POST may use one up. */
  withdrawable: Record<Role, string>;
};

export type RoutePolicy = {
  /** The concrete address for the route's pattern, with real ids. */
  path: (p: SeedParams) => string;
  /** POST somewhere else than `path`: the auth API's catch-all, and routes whose POST succeeds with an empty form (one target per role). */
  postPath?: (p: SeedParams, role: Role) => string;
  get: Expectation;
  post: Expectation;
  /** The POST ends the session (sign-out): send it with a session of its own. */
  freshSession?: boolean;
};

const SIGNED_IN: Exclude<Role, "visitor">[] = ["teacher", "company", "provider", "employee", "coordinator", "otherCoordinator", "admin"];

/** Everyone gets the same answer. */
function everyone(outcome: Outcome): Expectation {
  return { visitor: outcome, teacher: outcome, company: outcome, provider: outcome, employee: outcome, coordinator: outcome, otherCoordinator: outcome, admin: outcome };
}

/**
 * A page behind sign-in: the visitor goes to /inloggen; the listed roles get `allowed`; every
 * other signed-in role gets `denied`.
 */
function signedIn(allowed: Outcome, roles: readonly Exclude<Role, "visitor">[] | "all", denied: Outcome = "forbidden"): Expectation {
  const result = { visitor: "redirect-sign-in" } as Expectation;
  for (const role of SIGNED_IN) result[role] = roles === "all" || roles.includes(role) ? allowed : denied;
  return result;
}

const NO_ACTION = everyone("no-action");
const PUBLIC_PAGE = { get: everyone("ok"), post: NO_ACTION };

// Who holds what, for the params below (see app/db/seed/demo-users.ts and the fixtures in seed-params.ts):
// teacher: member of school vmbo-de-werkplaats; company: admin of Kiremko; provider: admin of OBM
// Midden-Nederland; employee: no organisation; coordinator: TechNet Utrecht + Technologieroute +
// (fixture) MKB-deal Maakindustrie Utrecht-West, member of provider ROC Midden-Nederland;
// otherCoordinator: Technohub NOP, member of provider ROC Friese Poort; admin: platform admin.
const COORDINATES_THIS_NETWORK = ["coordinator", "admin"] as const;
const COORDINATES_ANY_NETWORK = ["coordinator", "otherCoordinator", "admin"] as const;
/** Members of a company or provider: may offer guest lessons and event slots. */
const OFFERING_MEMBERS = ["company", "provider", "coordinator", "otherCoordinator"] as const;
/** Members of a provider, or admin: may create courses (organisationsOf gives admin every provider). */
const PROVIDER_MEMBERS = ["provider", "coordinator", "otherCoordinator", "admin"] as const;

export const ROUTE_POLICIES: Record<string, RoutePolicy> = {
  "routes/home/home": { path: () => "/", ...PUBLIC_PAGE },
  "routes/about/accessibility": { path: () => "/toegankelijkheid", ...PUBLIC_PAGE },
  "routes/privacy/privacy": { path: () => "/privacy", ...PUBLIC_PAGE },
  "routes/privacy/network-summary": { path: (p) => `/netwerken/${p.network}/privacyoverzicht`, ...PUBLIC_PAGE },
  "routes/privacy/retention": { path: () => "/beheer/bewaartermijnen", get: signedIn("ok", ["admin"]), post: NO_ACTION },
  "routes/open-data/open-data": { path: () => "/open-data", ...PUBLIC_PAGE },
  "routes/open-data/download": { path: () => "/open-data/organisaties.csv", ...PUBLIC_PAGE },
  // The public API (ADR 028): reads for everyone, the session ignored; no path takes a form (405).
  "routes/api/developers": { path: () => "/ontwikkelaars", ...PUBLIC_PAGE },
  "routes/api/openapi": { path: () => "/api/v1/openapi.json", ...PUBLIC_PAGE },
  "routes/api/networks": { path: () => "/api/v1/networks", ...PUBLIC_PAGE },
  "routes/api/organisations": { path: () => "/api/v1/organisations", ...PUBLIC_PAGE },
  "routes/api/offers": { path: () => "/api/v1/offers", ...PUBLIC_PAGE },
  "routes/api/courses": { path: () => "/api/v1/courses", ...PUBLIC_PAGE },
  "routes/api/course-sessions": { path: () => "/api/v1/courses/mig-mag-lassen-voor-beginners/sessions", ...PUBLIC_PAGE },
  "routes/api/network-agenda": { path: () => "/api/v1/networks/technet-utrecht/agenda-items", ...PUBLIC_PAGE },
  "routes/api/events": { path: () => "/api/v1/events", ...PUBLIC_PAGE },
  "routes/api/articles": { path: () => "/api/v1/articles", ...PUBLIC_PAGE },
  "routes/api/not-found": { path: () => "/api/v1/nothing-here", get: everyone("not-found"), post: everyone("not-found") },
  // Only the header's switch posts here; anything else changes nothing and goes home.
  "routes/language": { path: () => "/taal", get: everyone("redirect"), post: everyone("redirect") },

  // Directory
  "routes/networks/search": { path: () => "/netwerken", ...PUBLIC_PAGE },
  "routes/search/search": { path: () => "/zoeken?q=techniek", ...PUBLIC_PAGE },
  "routes/networks/map-locations": { path: () => "/netwerken/vestigingen.json", ...PUBLIC_PAGE },
  "routes/networks/profile": { path: (p) => `/netwerken/${p.network}`, ...PUBLIC_PAGE },
  "routes/networks/members": { path: (p) => `/netwerken/${p.network}/deelnemers`, ...PUBLIC_PAGE },
  "routes/networks/propose": {
    path: (p) => `/netwerken/${p.network}/wijzigen`,
    get: signedIn("ok", "all"),
    // network.propose_change: every verified user (all demo users are verified).
    post: signedIn("invalid", "all"),
  },
  "routes/networks/history": { path: (p) => `/netwerken/${p.network}/geschiedenis`, ...PUBLIC_PAGE },
  "routes/networks/join": {
    path: (p) => `/netwerken/${p.network}/deelnemen`,
    get: signedIn("ok", "all"),
    // network.request_join: org_admin of the joining organisation. A role that is admin of no
    // organisation (the platform administrator included: the page offers it none) can send
    // nothing that would pass.
    post: signedIn("invalid", ["company", "provider"]),
  },
  "routes/networks/coordination": { path: () => "/coordinatie", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: NO_ACTION },
  "routes/networks/proposal": {
    path: (p) => `/coordinatie/voorstellen/${p.proposalId}`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/networks/join-request": {
    path: (p) => `/coordinatie/aanmeldingen/${p.joinRequestId}`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },

  // Organisations (Kiremko: the company role is its admin)
  "routes/organisations/list": { path: () => "/organisaties", ...PUBLIC_PAGE },
  "routes/organisations/new": { path: () => "/organisaties/nieuw", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/organisations/organisation": { path: (p) => `/organisaties/${p.organisation}`, ...PUBLIC_PAGE },
  "routes/organisations/edit": {
    path: (p) => `/organisaties/${p.organisation}/bewerken`,
    get: signedIn("ok", ["company", "admin"]),
    post: signedIn("invalid", ["company", "admin"]),
  },
  "routes/organisations/members": {
    path: (p) => `/organisaties/${p.organisation}/leden`,
    get: signedIn("ok", ["company", "admin"]),
    post: signedIn("invalid", ["company", "admin"]),
  },
  // Safeguarding (VOG) of a company: offer.manage, its members (Kiremko: the company role) and the platform admin.
  "routes/guest-lessons/vog": {
    path: (p) => `/organisaties/${p.organisation}/vog`,
    get: signedIn("ok", ["company", "admin"]),
    post: signedIn("invalid", ["company", "admin"]),
  },
  // webhook.manage: the organisation's admins (Kiremko: the company role) and the platform admin.
  "routes/webhooks/webhooks": {
    path: (p) => `/organisaties/${p.organisation}/webhooks`,
    get: signedIn("ok", ["company", "admin"]),
    post: signedIn("invalid", ["company", "admin"]),
  },
  // The API's writes with an organisation's key (ADR 029): no session counts; without a key a GET of a
  // PUT-only path and any POST are 405, the keyed read is 401.
  "routes/api/organisation-course": { path: () => "/api/v1/organisations/obm-midden-nederland/courses/CRS-1", get: everyone("no-action"), post: everyone("no-action") },
  "routes/api/organisation-session": { path: () => "/api/v1/organisations/obm-midden-nederland/courses/CRS-1/sessions/S-1", get: everyone("no-action"), post: everyone("no-action") },
  "routes/api/session-registrations": {
    path: () => "/api/v1/organisations/obm-midden-nederland/courses/CRS-1/sessions/S-1/registrations",
    get: everyone("no-key"),
    post: everyone("no-action"),
  },
  "routes/api/organisation-offer": { path: () => "/api/v1/organisations/kiremko/offers/GL-1", get: everyone("no-action"), post: everyone("no-action") },
  // An organisation's API keys: its administrators (the company role administers Kiremko) and a platform admin.
  "routes/api/keys": {
    path: (p) => `/organisaties/${p.organisation}/api-sleutels`,
    get: signedIn("ok", ["company", "admin"]),
    post: signedIn("invalid", ["company", "admin"]),
  },

  // Programmes (MKB-deal Maakindustrie Utrecht-West; the coordinator role coordinates it by fixture)
  "routes/programmes/list": { path: () => "/programmas", get: signedIn("ok", "all"), post: NO_ACTION },
  "programme-new": { path: () => "/programmas/nieuw", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },
  "routes/programmes/dashboard": { path: (p) => `/programmas/${p.programme}`, get: signedIn("ok", "all"), post: NO_ACTION },
  "programme-edit": {
    path: (p) => `/programmas/${p.programme}/bewerken`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/programmes/goal": {
    path: (p) => `/programmas/${p.programme}/doelen/${p.goalNr}`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    // The form names the goal by a hidden id; without it the app answers "goal not found" (after permission).
    post: signedIn("not-found", COORDINATES_THIS_NETWORK),
  },
  "project-new": {
    path: (p) => `/programmas/${p.programme}/projecten/nieuw`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/programmes/project": {
    path: (p) => `/programmas/${p.programme}/projecten/${p.projectNr}`,
    get: signedIn("ok", "all"),
    // Progress updates and milestones: the programme's managers and the project's team (Kiremko has a seat on project 1).
    post: signedIn("invalid", ["company", ...COORDINATES_THIS_NETWORK]),
  },
  "project-edit": {
    path: (p) => `/programmas/${p.programme}/projecten/${p.projectNr}/bewerken`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/programmes/team": {
    path: (p) => `/programmas/${p.programme}/projecten/${p.projectNr}/team`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/programmes/milestone": {
    path: (p) => `/programmas/${p.programme}/projecten/${p.projectNr}/mijlpalen/${p.milestoneId}`,
    get: signedIn("ok", ["company", ...COORDINATES_THIS_NETWORK]),
    post: signedIn("invalid", ["company", ...COORDINATES_THIS_NETWORK]),
  },
  "programme-report-pdf": { path: (p) => `/programmas/${p.programme}/rapportage.pdf`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "programme-report-xlsx": { path: (p) => `/programmas/${p.programme}/rapportage.xlsx`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },

  // News (an article of TechNet Utrecht)
  "routes/news/list": { path: () => "/nieuws", ...PUBLIC_PAGE },
  "news-feed": { path: () => "/nieuws.xml", ...PUBLIC_PAGE },
  "news-feed-network": { path: (p) => `/netwerken/${p.network}/nieuws.xml`, ...PUBLIC_PAGE },
  "news-new": { path: () => "/nieuws/nieuw", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },
  "routes/news/article": { path: (p) => `/nieuws/${p.article}`, ...PUBLIC_PAGE },
  "news-edit": { path: (p) => `/nieuws/${p.article}/bewerken`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },

  // Courses (a course of OBM Midden-Nederland: the provider role is its admin)
  "routes/courses/catalogue": { path: () => "/cursussen", ...PUBLIC_PAGE },
  "routes/courses/course-new": { path: () => "/cursussen/nieuw", get: signedIn("ok", PROVIDER_MEMBERS), post: signedIn("invalid", PROVIDER_MEMBERS) },
  "routes/courses/course": { path: (p) => `/cursussen/${p.course}`, ...PUBLIC_PAGE },
  "routes/courses/course-edit": { path: (p) => `/cursussen/${p.course}/bewerken`, get: signedIn("ok", ["provider", "admin"]), post: signedIn("invalid", ["provider", "admin"]) },
  "routes/courses/sessions": { path: (p) => `/cursussen/${p.course}/sessies`, get: signedIn("ok", ["provider", "admin"]), post: signedIn("invalid", ["provider", "admin"]) },
  "routes/courses/register": {
    path: (p) => `/cursussen/${p.course}/sessies/${p.sessionId}/aanmelden`,
    get: signedIn("ok", "all"),
    // Anyone signed in may register themselves.
    post: signedIn("invalid", "all"),
  },
  "routes/courses/participants": {
    path: (p) => `/cursussen/${p.course}/sessies/${p.sessionId}/deelnemers`,
    get: signedIn("ok", ["provider", "admin"]),
    // The session lies in the future: attendance is refused (400) for the provider.
    post: signedIn("invalid", ["provider", "admin"]),
  },
  "routes/courses/export": { path: (p) => `/cursussen/${p.course}/sessies/${p.sessionId}/export/csv`, get: signedIn("ok", ["provider", "admin"]), post: NO_ACTION },
  "routes/courses/confirm": { path: () => "/aanmelding/bevestigen/no-such-token", get: everyone("ok"), post: everyone("not-found") },
  // The employee's own registration, for a course of ROC Friese Poort (whose member the other coordinator is).
  "routes/courses/registration": {
    path: (p) => `/aanmelding/${p.registrationId}`,
    get: { ...everyone("not-found"), employee: "ok", otherCoordinator: "ok", admin: "ok" },
    // Whether a registration exists is private: without access, 404 — even for a form without intent.
    post: { ...everyone("not-found"), employee: "invalid", otherCoordinator: "invalid", admin: "invalid" },
  },
  "routes/courses/certificate": {
    path: (p) => `/aanmelding/${p.registrationId}/bewijs-van-deelname`,
    get: { ...everyone("not-found"), employee: "ok", otherCoordinator: "ok", admin: "ok" },
    post: NO_ACTION,
  },
  "routes/courses/provider": { path: () => "/opleider", get: signedIn("ok", "all"), post: NO_ACTION },

  // Training needs (a need of Kiremko)
  "routes/courses/needs": { path: () => "/behoeften", get: signedIn("ok", "all"), post: NO_ACTION },
  "routes/courses/need-new": { path: () => "/behoeften/nieuw", get: signedIn("ok", ["company", "admin"]), post: signedIn("invalid", ["company", "admin"]) },
  "routes/courses/needs-overview": { path: () => "/behoeften/overzicht", get: signedIn("ok", PROVIDER_MEMBERS), post: NO_ACTION },
  "routes/courses/need": {
    path: (p) => `/behoeften/${p.need}`,
    // Providers and coordinators see demand; the company edits its own; others: not found.
    get: { ...signedIn("ok", ["company", ...PROVIDER_MEMBERS], "not-found") },
    post: { ...signedIn("forbidden", PROVIDER_MEMBERS, "not-found"), company: "invalid", admin: "invalid" },
  },

  // Monitor, impact, calendar (TechNet Utrecht)
  "routes/monitor/monitor": { path: (p) => `/netwerken/${p.network}/monitor`, ...PUBLIC_PAGE },
  "routes/monitor/import": { path: (p) => `/netwerken/${p.network}/monitor/importeren`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },
  // Onboarding (ADR 034): the network's coordinators import and follow invitations; an unknown import is 404 to them.
  "routes/onboarding/import": { path: (p) => `/netwerken/${p.network}/organisaties-importeren`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },
  "routes/onboarding/template": { path: (p) => `/netwerken/${p.network}/organisaties-importeren/sjabloon/xlsx`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "routes/onboarding/preview": {
    path: (p) => `/netwerken/${p.network}/organisaties-importeren/00000000-0000-4000-8000-000000000000`,
    get: signedIn("not-found", COORDINATES_THIS_NETWORK),
    post: signedIn("not-found", COORDINATES_THIS_NETWORK),
  },
  "routes/onboarding/invitations": { path: (p) => `/netwerken/${p.network}/uitnodigingen`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },
  // Anyone may open an invitation's link; an unknown token is 404, and claiming needs an account first.
  "routes/onboarding/claim": { path: () => "/uitnodiging/geen-bestaande-uitnodiging-123", get: everyone("not-found"), post: signedIn("not-found", "all") },
  "routes/monitor/example": { path: (p) => `/netwerken/${p.network}/monitor/voorbeeld.csv`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "routes/impact/impact": { path: (p) => `/netwerken/${p.network}/impact`, ...PUBLIC_PAGE },
  "impact-export-xlsx": { path: (p) => `/netwerken/${p.network}/impact.xlsx`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "impact-export-pdf": { path: (p) => `/netwerken/${p.network}/impact.pdf`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "routes/networks/agenda": { path: (p) => `/netwerken/${p.network}/agenda`, ...PUBLIC_PAGE },
  "routes/networks/agenda-ics": { path: (p) => `/netwerken/${p.network}/agenda.ics`, ...PUBLIC_PAGE },

  // Accounts
  // Signed in, the page itself redirects to the account; that redirect also answers the (refused) form.
  "routes/account/sign-up": { path: () => "/registreren", get: { ...everyone("redirect"), visitor: "ok" }, post: { ...everyone("redirect"), visitor: "invalid" } },
  "routes/account/sign-up-sent": { path: () => "/registreren/verstuurd", ...PUBLIC_PAGE },
  "routes/account/verify-email": { path: () => "/email-bevestigen", get: everyone("invalid"), post: NO_ACTION },
  "routes/account/resend-verification": { path: () => "/email-bevestigen/opnieuw", get: everyone("ok"), post: everyone("invalid") },
  "routes/account/sign-in": { path: () => "/inloggen", get: { ...everyone("redirect"), visitor: "ok" }, post: { ...everyone("redirect"), visitor: "invalid" } },
  "routes/identity/sign-in": { path: () => "/inloggen/organisatie", get: { ...everyone("redirect"), visitor: "ok" }, post: { ...everyone("redirect"), visitor: "invalid" } },
  // Signing out lands on the sign-in page ("uitgelogd").
  // GET: a visitor goes home, a signed-in person sees the button (a federated session goes on to its provider after it).
  "routes/account/sign-out": { path: () => "/uitloggen", get: { ...everyone("ok"), visitor: "redirect" }, post: everyone("redirect-sign-in"), freshSession: true },
  "routes/account/forgot-password": { path: () => "/wachtwoord-vergeten", get: everyone("ok"), post: everyone("invalid") },
  "routes/account/reset-password": { path: () => "/wachtwoord-herstellen/no-such-token", get: everyone("invalid"), post: everyone("invalid") },
  "routes/account/account": { path: () => "/account", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/account/account-data": { path: () => "/account/gegevens.json", get: signedIn("ok", "all"), post: NO_ACTION },
  "routes/account/delete-account": { path: () => "/account/verwijderen", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/account/account-deleted": { path: () => "/account/verwijderd", ...PUBLIC_PAGE },
  // better-auth's own API: the session endpoint answers everyone; a form body to sign-in/email is refused.
  // SAML (ADR 033): our SP metadata per provider (none in the seed: 404), our single logout service
  // (neither a LogoutRequest nor a LogoutResponse: 400), the SSO plugin's unsigned sign-out closed (404).
  "routes/account/saml-metadata": { path: () => "/api/auth/sso/saml2/sp/metadata?providerId=entree-1", get: everyone("not-found"), post: NO_ACTION },
  "routes/account/saml-logout": { path: () => "/api/auth/sso/saml2/sp/slo/entree-1", get: everyone("invalid"), post: everyone("invalid") },
  "routes/account/saml-logout-plugin": { path: () => "/api/auth/sso/saml2/logout/entree-1", get: everyone("not-found"), post: everyone("not-found") },
  "routes/account/auth-api": { path: () => "/api/auth/get-session", postPath: () => "/api/auth/sign-in/email", get: everyone("ok"), post: everyone("invalid") },

  // Inbox: everyone signed in has their own; someone else's item (or none) is "not found".
  "routes/inbox/inbox": { path: () => "/inbox", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/inbox/settings": { path: () => "/inbox/instellingen", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/inbox/open": { path: () => "/inbox/00000000-0000-4000-8000-000000000000", get: signedIn("not-found", "all"), post: NO_ACTION },

  // Events (Feest van de Techniek 2027 of TechNet Utrecht: published, with a schedule)
  "routes/events/list": { path: () => "/evenementen", ...PUBLIC_PAGE },
  "routes/events/new": { path: () => "/evenementen/nieuw", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },
  "routes/events/detail": { path: (p) => `/evenementen/${p.event}`, ...PUBLIC_PAGE },
  "routes/events/edit": { path: (p) => `/evenementen/${p.event}/bewerken`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },
  "routes/events/slot": {
    path: (p) => `/evenementen/${p.event}/aanbieden`,
    get: signedIn("ok", "all"),
    // A slot is offered by a member of a company or provider (registerSlot: isMemberOf the host).
    post: signedIn("invalid", OFFERING_MEMBERS),
  },
  "routes/events/group": {
    path: (p) => `/evenementen/${p.event}/aanmelden`,
    get: signedIn("ok", "all"),
    // A class is registered by a member of its school (registerGroup: isMemberOf the school).
    post: signedIn("invalid", ["teacher"]),
  },
  "routes/events/assignment": { path: (p) => `/evenementen/${p.event}/indeling`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: signedIn("invalid", COORDINATES_THIS_NETWORK) },
  "routes/events/export": { path: (p) => `/evenementen/${p.event}/indeling.xlsx`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "routes/events/schedule": { path: (p) => `/evenementen/${p.event}/rooster/${p.schoolSlug}`, get: signedIn("ok", ["teacher", ...COORDINATES_THIS_NETWORK]), post: NO_ACTION },
  "routes/events/schedule-file": { path: (p) => `/evenementen/${p.event}/rooster/${p.schoolSlug}/agenda.ics`, get: signedIn("ok", ["teacher", ...COORDINATES_THIS_NETWORK]), post: NO_ACTION },
  "routes/events/attendance": {
    path: (p) => `/evenementen/${p.event}/aanwezigheid/${p.hostSlug}`,
    get: signedIn("ok", ["company", ...COORDINATES_THIS_NETWORK]),
    // Attendance is recorded by the host's own people (recordAttendance: isMemberOf the host); for
    // them an empty form names no assignment of this host, which is not found.
    post: signedIn("not-found", ["company"]),
  },

  // Guest lessons: offers (Kiremko's), requests (the teacher's school's), appointments
  "routes/guest-lessons/offers": { path: () => "/aanbod", ...PUBLIC_PAGE },
  // An offer is made for one's own company or provider; the platform administrator belongs to none,
  // so the page offers no form and a post is refused (403), as for anyone without such a membership.
  "routes/guest-lessons/offer-new": { path: () => "/aanbod/nieuw", get: signedIn("ok", "all"), post: signedIn("invalid", [...OFFERING_MEMBERS]) },
  "routes/guest-lessons/offer": { path: (p) => `/aanbod/${p.offerId}`, get: everyone("ok"), post: signedIn("invalid", ["company", "admin"]) },
  "routes/guest-lessons/offer-edit": { path: (p) => `/aanbod/${p.offerId}/bewerken`, get: signedIn("ok", ["company", "admin"]), post: signedIn("invalid", ["company", "admin"]) },
  "routes/guest-lessons/requests": { path: () => "/vragen", ...PUBLIC_PAGE },
  // Likewise a request is made for one's own school.
  "routes/guest-lessons/request-new": { path: () => "/vragen/nieuw", get: signedIn("ok", "all"), post: signedIn("invalid", ["teacher"]) },
  // An open request in "open" mode: every company and provider may see it; only the school edits it.
  "routes/guest-lessons/request": {
    path: (p) => `/vragen/${p.requestId}`,
    get: { ...everyone("not-found"), teacher: "ok", admin: "ok", company: "ok", provider: "ok", coordinator: "ok", otherCoordinator: "ok" },
    // Sending the request to chosen offers: the school's people (an empty choice is refused beside the field).
    post: signedIn("invalid", ["teacher", "admin"], "forbidden"),
  },
  "routes/guest-lessons/request-edit": {
    path: (p) => `/vragen/${p.requestId}/bewerken`,
    get: { ...signedIn("ok", ["teacher", "admin"], "forbidden"), employee: "not-found" },
    post: { ...signedIn("invalid", ["teacher", "admin"], "forbidden"), employee: "not-found" },
  },
  "routes/guest-lessons/request-withdraw": {
    path: (p) => `/vragen/${p.requestId}/intrekken`,
    // An empty form is a complete withdrawal (the reason is optional): the school's people succeed.
    postPath: (p, role) => `/vragen/${p.withdrawable[role]}/intrekken`,
    get: { ...signedIn("ok", ["teacher", "admin"], "forbidden"), employee: "not-found" },
    post: { ...signedIn("redirect", ["teacher", "admin"], "forbidden"), employee: "not-found" },
  },
  "routes/guest-lessons/appointments": { path: () => "/afspraken", get: signedIn("ok", "all"), post: signedIn("invalid", "all") },
  "routes/guest-lessons/appointment-request": {
    path: (p) => `/afspraken/vraag/${p.requestId}`,
    get: signedIn("ok", ["teacher", "admin"], "not-found"),
    post: signedIn("invalid", ["teacher", "admin"], "not-found"),
  },
  // A requested appointment between the teacher's school and Kiremko, in TechNet Utrecht.
  "routes/guest-lessons/appointment": {
    path: (p) => `/afspraken/${p.appointmentId}`,
    get: signedIn("ok", ["teacher", "company", ...COORDINATES_THIS_NETWORK], "not-found"),
    post: signedIn("invalid", ["teacher", "company", ...COORDINATES_THIS_NETWORK], "not-found"),
  },
  // A scheduled appointment of the teacher's school (with another company): only its two sides get the file.
  "routes/guest-lessons/appointment-ics": { path: (p) => `/afspraken/${p.scheduledAppointmentId}/agenda.ics`, get: signedIn("ok", ["teacher"], "not-found"), post: NO_ACTION },
  "routes/guest-lessons/calendar-feed": { path: (p) => `/agenda/${p.calendarToken}.ics`, ...PUBLIC_PAGE },
  "routes/guest-lessons/open-requests": { path: () => "/coordinatie/vragen", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },
  "routes/guest-lessons/network-settings": {
    path: (p) => `/coordinatie/netwerken/${p.network}/instellingen`,
    get: signedIn("ok", COORDINATES_THIS_NETWORK),
    post: signedIn("invalid", COORDINATES_THIS_NETWORK),
  },
  "routes/guest-lessons/tips": { path: () => "/tips", ...PUBLIC_PAGE },
  "tip-new": { path: () => "/tips/nieuw", get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },
  "routes/guest-lessons/tip": { path: (p) => `/tips/${p.tip}`, ...PUBLIC_PAGE },
  // The seeded tips belong to no network: every coordinator may edit those (guest-lessons/helpers/tip-writers.server.ts mayEditTip).
  "tip-edit": { path: (p) => `/tips/${p.tip}/bewerken`, get: signedIn("ok", COORDINATES_ANY_NETWORK), post: signedIn("invalid", COORDINATES_ANY_NETWORK) },

  // Administration: the platform administrator only; everyone else is refused before a form is read.
  "routes/admin/overview": { path: () => "/beheer", get: signedIn("ok", ["admin"]), post: NO_ACTION },
  "routes/admin/networks": { path: () => "/beheer/netwerken", get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  "routes/admin/network": { path: (p) => `/beheer/netwerken/${p.network}`, get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  "routes/admin/people": { path: () => "/beheer/personen", get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  "routes/admin/organisations": { path: () => "/beheer/organisaties", get: signedIn("ok", ["admin"]), post: NO_ACTION },
  "routes/admin/organisation": { path: (p) => `/beheer/organisaties/${p.organisation}`, get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  "routes/admin/content": { path: () => "/beheer/inhoud", get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  "routes/admin/audit": { path: () => "/beheer/logboek", get: signedIn("ok", ["admin"]), post: NO_ACTION },
  "routes/admin/audit-export": { path: () => "/beheer/logboek.csv", get: signedIn("ok", ["admin"]), post: NO_ACTION },
  "routes/identity/providers": { path: () => "/beheer/inloggen-met-organisatie", get: signedIn("ok", ["admin"]), post: signedIn("invalid", ["admin"]) },
  // No provider is seeded: the administrator hears that this one does not exist, everyone else 403 first.
  "routes/identity/provider": { path: () => "/beheer/inloggen-met-organisatie/geen-aanbieder", get: signedIn("not-found", ["admin"]), post: signedIn("not-found", ["admin"]) },

  // Widgets (ADR 030): the same public page for everyone, session or not; the builder for the
  // network's coordinators and the organisation's people (Kiremko: the company role is its admin).
  // A widget's language is in its address, not the visitor's choice: English here, for the English
  // pass of every-page.spec.ts (the Dutch lists are checked in tests/e2e/widgets.spec.ts).
  "routes/widgets/widget": { path: (p) => `/widget/organisaties/${p.organisation}/gastles?taal=en`, ...PUBLIC_PAGE },
  "routes/widgets/stylesheet": { path: () => "/widget/stijl.css?tekst=%23112233", ...PUBLIC_PAGE },
  "widget-builder-network": { path: (p) => `/netwerken/${p.network}/widget`, get: signedIn("ok", COORDINATES_THIS_NETWORK), post: NO_ACTION },
  "widget-builder-organisation": { path: (p) => `/organisaties/${p.organisation}/widget`, get: signedIn("ok", ["company", "admin"]), post: NO_ACTION },

  // Developer tools, open in demo mode. The outbox holds every mail the platform sent (password-reset
  // and verification links of every account) and the clock moves every deadline: on a server that is
  // online they are for the platform admin only.
  // From outside, the outbox opens to an administrator only and the clock to nobody; everyone
  // else meets the same 404 as an unknown address (app/lib/dev-access.server.ts).
  "routes/dev/mail": { path: () => "/dev/mail", get: { ...everyone("not-found"), admin: "ok" }, post: { ...everyone("not-found"), admin: "no-action" } },
  "routes/dev/mail-detail": { path: (p) => `/dev/mail/${p.mailId}`, get: { ...everyone("not-found"), admin: "ok" }, post: { ...everyone("not-found"), admin: "no-action" } },
  "routes/dev/mail-attachment": {
    path: (p) => `/dev/mail/${p.mailId}/bijlage/0`,
    get: { ...everyone("not-found"), admin: "ok" },
    post: { ...everyone("not-found"), admin: "no-action" },
  },
  "routes/dev/clock": { path: () => "/dev/klok", get: everyone("not-found"), post: everyone("not-found") },
};
