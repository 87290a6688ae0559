import { type RouteConfig, index, route } from "@react-router/dev/routes";

/** Every URL of the app, with Dutch paths. Route modules stay thin: parse, authorise, call a service. */
export default [
  index("routes/home.tsx"),
  route("taal", "routes/language.ts"),
  // Directory of networks (app/routes/networks/*)
  route("netwerken", "routes/networks/search.tsx"),
  route("netwerken/:slug", "routes/networks/profile.tsx"),
  // "Is dit jouw PPS?", "Ook deelnemen?" and the coordinator's overview
  route("netwerken/:slug/wijzigen", "routes/network-propose.tsx"),
  route("netwerken/:slug/geschiedenis", "routes/network-history.tsx"),
  route("netwerken/:slug/deelnemen", "routes/network-join.tsx"),
  route("coordinatie", "routes/coordination.tsx"),
  route("coordinatie/voorstellen/:id", "routes/coordination-proposal.tsx"),
  route("coordinatie/aanmeldingen/:id", "routes/coordination-join.tsx"),
  // Organisations and their members ("nieuw" is its own entry, not a slug)
  route("organisaties", "routes/organisations.tsx"),
  route("organisaties/nieuw", "routes/organisation-new.tsx"),
  route("organisaties/:slug", "routes/organisation.tsx"),
  route("organisaties/:slug/bewerken", "routes/organisation-edit.tsx"),
  route("organisaties/:slug/leden", "routes/organisation-members.tsx"),
  // Programmes (app/routes/programmes/*)
  route("programmas", "routes/programmes/list.tsx"),
  route("programmas/:slug", "routes/programmes/dashboard.tsx"),
  route("programmas/:slug/projecten/:nr", "routes/programmes/project.tsx"),
  route("programmas/:slug/rapportage.pdf", "routes/programmes/report.ts", { id: "programme-report-pdf" }),
  route("programmas/:slug/rapportage.xlsx", "routes/programmes/report.ts", { id: "programme-report-xlsx" }),
  // News (app/routes/news/*)
  route("nieuws", "routes/news/list.tsx"),
  route("nieuws.xml", "routes/news/feed.ts", { id: "news-feed" }),
  route("netwerken/:slug/nieuws.xml", "routes/news/feed.ts", { id: "news-feed-network" }),
  route("nieuws/nieuw", "routes/news/edit.tsx", { id: "news-new" }),
  route("nieuws/:slug", "routes/news/article.tsx"),
  route("nieuws/:slug/bewerken", "routes/news/edit.tsx", { id: "news-edit" }),
  // Accounts (app/routes/auth/*)
  route("registreren", "routes/auth/sign-up.tsx"),
  route("registreren/verstuurd", "routes/auth/sign-up-sent.tsx"),
  route("email-bevestigen", "routes/auth/verify-email.tsx"),
  route("email-bevestigen/opnieuw", "routes/auth/resend-verification.tsx"),
  route("inloggen", "routes/auth/sign-in.tsx"),
  route("uitloggen", "routes/auth/sign-out.ts"),
  route("wachtwoord-vergeten", "routes/auth/forgot-password.tsx"),
  route("wachtwoord-herstellen/:token", "routes/auth/reset-password.tsx"),
  route("account", "routes/auth/account.tsx"),
  route("account/gegevens.json", "routes/auth/account-data.ts"),
  route("account/verwijderen", "routes/auth/delete-account.tsx"),
  route("account/verwijderd", "routes/auth/account-deleted.tsx"),
  route("api/auth/*", "routes/api.auth.ts"),
  // Events: registration, assignment, schedules (app/routes/events/*)
  route("evenementen", "routes/events/list.tsx"),
  route("evenementen/:slug", "routes/events/detail.tsx"),
  route("evenementen/:slug/aanbieden", "routes/events/offer.tsx"),
  route("evenementen/:slug/aanmelden", "routes/events/register.tsx"),
  route("evenementen/:slug/indeling", "routes/events/assignment.tsx"),
  route("evenementen/:slug/indeling.xlsx", "routes/events/export.ts"),
  route("evenementen/:slug/rooster/:orgSlug", "routes/events/schedule.tsx"),
  route("evenementen/:slug/rooster/:orgSlug/:file", "routes/events/schedule-file.ts"),
  route("evenementen/:slug/aanwezigheid/:orgSlug", "routes/events/attendance.tsx"),
  route("dev/mail", "routes/dev.mail.tsx"),
  route("dev/mail/:id", "routes/dev.mail.detail.tsx"),
  route("dev/mail/:id/bijlage/:index", "routes/dev.mail.attachment.ts"),
] satisfies RouteConfig;
