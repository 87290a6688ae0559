/**
 * The form fields each action reads, taken from its route module's Zod schema and form (and the
 * shared schemas in app/domain/*). The bad-input test fills them with hostile values; it adds
 * random names of its own, so a field missing here is still reached now and then.
 */
const OFFER = ["intent", "organisationId", "kind", "title", "description", "topics[]", "tags", "levels[]", "groupSizeMin", "groupSizeMax", "durationMinutes", "locations[]", "travelRadiusKm", "weekdays[]", "periodFrom", "periodUntil", "blackoutDates", "maxPerMonth", "language", "contactName", "contactEmail", "preparationTips"];
const REQUEST = ["schoolOrganisationId", "mode", "directOfferId", "kind", "title", "topics[]", "freeText", "level", "pupils", "groups", "periodFrom", "periodUntil", "place", "placeName", "maxTravelKm", "notes", "date1", "time1", "date2", "time2", "date3", "time3"];
const COURSE = ["intent", "providerId", "networkId", "title", "summary", "description", "topics", "topics[]", "targetGroups", "targetGroups[]", "level", "format", "duration", "price", "leadsTo", "originNeedIds[]"];
const SESSION = ["intent", "sessionId", "date", "startTime", "endDate", "endTime", "locationId", "address", "place", "capacity", "minParticipants", "deadline"];
const NEED = ["intent", "organisationId", "topic", "description", "employeeCount", "preferredFormat", "periodStart", "periodEnd", "place"];
const ORGANISATION = ["name", "kind", "description", "educationLevels[]", "sector", "sizeClass", "kvkNumber", "street", "postcode", "place", "province", "website", "email", "confirmDuplicate"];
const EVENT = ["intent", "to", "networkId", "name", "kind", "description", "startsOn", "endsOn", "windows", "targetLevels", "targetLevels[]", "girlsOnly", "minGroupSize", "defaultMaxKm", "hostRegistrationOpensOn", "hostRegistrationClosesOn", "schoolRegistrationOpensOn", "schoolRegistrationClosesOn"];
const ARTICLE = ["network", "title", "summary", "body", "imageUrl", "imageAlt", "status"];
const PROGRAMME = ["intent", "networkId", "name", "description", "funders", "startsOn", "endsOn", "goalId", "direction", "title", "indicator", "target"];
const PROFILE = ["summary", "description", "province", "cooperationType", "educationSectors[]", "economicSector", "tags", "focusAreas", "startYear", "contactEmail", "projectLeader", "website", "note"];

export const FORM_FIELDS: Record<string, string[]> = {
  "routes/language": ["lang", "redirectTo"],
  "routes/networks/propose": PROFILE,
  "routes/networks/join": ["organisationId", "motivation"],
  "routes/networks/proposal": ["intent", "reason"],
  "routes/networks/join-request": ["intent", "reason"],
  "routes/organisations/new": ORGANISATION,
  "routes/organisations/edit": ORGANISATION,
  "routes/organisations/members": ["intent", "email", "role", "userId"],
  "programme-new": PROGRAMME,
  "programme-edit": PROGRAMME,
  "routes/programmes/goal": ["intent", "goalId", "title", "indicator", "target"],
  "project-new": ["intent", "projectId", "title", "description", "goals", "goals[]"],
  "project-edit": ["intent", "projectId", "title", "description", "goals", "goals[]"],
  "routes/programmes/project": ["intent", "text", "rag", "milestoneId", "title", "dueOn"],
  "routes/programmes/team": ["intent", "seatId", "organisationId", "name", "email", "role"],
  "routes/programmes/milestone": ["intent", "title", "dueOn"],
  "news-new": ARTICLE,
  "news-edit": ARTICLE,
  "routes/courses/course-new": COURSE,
  "routes/courses/course-edit": COURSE,
  "routes/courses/sessions": SESSION,
  "routes/courses/register": ["intent", "organisationId", "employees", "prijs", "bevestigd"],
  "routes/courses/participants": ["attended[]"],
  "routes/courses/confirm": [],
  "routes/courses/registration": ["intent", "sleutel"],
  "routes/courses/need-new": NEED,
  "routes/courses/need": NEED,
  "routes/monitor/import": ["intent", "file", "filename", "rows"],
  "routes/account/sign-up": ["name", "email", "password", "passwordRepeat"],
  "routes/account/resend-verification": ["email"],
  "routes/account/sign-in": ["email", "password", "redirectTo"],
  "routes/account/sign-out": [],
  "routes/account/forgot-password": ["email"],
  "routes/account/reset-password": ["password", "passwordRepeat"],
  "routes/account/account": ["name", "locale"],
  "routes/inbox/inbox": ["intent", "id"],
  "routes/inbox/settings": ["mode"],
  "routes/account/delete-account": ["confirmEmail"],
  "routes/account/auth-api": ["email", "password", "name", "callbackURL"],
  "routes/events/new": EVENT,
  "routes/events/edit": EVENT,
  "routes/events/slot": ["intent", "id", "slotId", "hostOrganisationId", "window", "capacityPupils", "maxGroups", "levels", "levels[]", "sector", "activity", "street", "postcode", "place", "accessibilityNotes"],
  "routes/events/group": ["intent", "id", "groupId", "schoolOrganisationId", "label", "size", "level", "windows", "pref1", "pref2", "pref3", "pref4", "pref5", "maxKm", "girlsOnly"],
  "routes/events/assignment": ["intent", "groupId", "slotId", "locked", "bevestigd"],
  "routes/events/attendance": ["assignmentId", "status", "pupilsPresent"],
  "routes/guest-lessons/offer-new": OFFER,
  "routes/guest-lessons/offer": ["intent"],
  "routes/guest-lessons/offer-edit": OFFER,
  "routes/guest-lessons/request-new": REQUEST,
  "routes/guest-lessons/request-edit": REQUEST,
  "routes/guest-lessons/request-withdraw": ["reason"],
  "routes/guest-lessons/request": ["offerIds[]", "bevestigd"],
  "routes/guest-lessons/appointments": ["intent"],
  "routes/guest-lessons/appointment-request": ["suggestionId"],
  "routes/guest-lessons/appointment": ["intent", "date", "otherDate", "startTime", "proposalDate", "proposalTime", "proposalReason", "declineReason", "cancelReason", "pupilsReached", "as", "noShowReason", "rating", "evalPupils", "comment", "marks", "marks[]", "body", "show"],
  "routes/guest-lessons/open-requests": ["requestId", "offerId-", "note-"],
  "routes/guest-lessons/network-settings": ["escalationWorkingDays"],
  "tip-new": ["title", "summary", "body"],
  "tip-edit": ["title", "summary", "body"],
  "routes/dev/clock": ["intent", "days"],
  "routes/admin/networks": ["name", "kind", "summary", "province", "contactEmail", "website"],
  "routes/admin/network": ["intent", "name", "kind", "summary", "province", "contactEmail", "website", "into", "email", "userId", "confirmed"],
  "routes/admin/people": ["intent", "userId", "reason", "role", "confirmed"],
  "routes/admin/organisation": ["intent", "into", "confirmed"],
  "routes/admin/content": ["intent", "kind", "id"],
};

/**
 * Intents the actions switch on: without a valid one most hostile values never reach the deeper
 * parsers. Intents that read no field (run or publish an assignment, reset the demo clock, accept)
 * are left out: hostile input cannot reach anything there, and running them costs real work.
 */
export const INTENTS: Record<string, string[]> = {
  "routes/networks/proposal": ["accept", "reject"],
  "routes/networks/join-request": ["accept", "reject"],
  "routes/organisations/members": ["add", "role", "remove"],
  "programme-edit": ["details", "addGoal", "moveGoal"],
  "routes/programmes/goal": ["save", "remove"],
  "project-edit": ["save", "remove"],
  "routes/programmes/project": ["update", "milestone", "done"],
  "routes/programmes/team": ["add", "lead", "remove"],
  "routes/programmes/milestone": ["save", "remove"],
  "routes/courses/course-new": ["publish", "draft"],
  "routes/courses/course-edit": ["publish", "archive", "republish"],
  "routes/courses/sessions": ["cancel", "add"],
  "routes/courses/register": ["self", "employees"],
  "routes/courses/registration": ["cancel", "accept"],
  "routes/courses/need": ["close", "reopen", "save"],
  "routes/monitor/import": ["confirm", "preview"],
  "routes/events/edit": ["status", "save"],
  "routes/events/slot": ["withdraw", "update", "create"],
  "routes/events/group": ["withdraw", "update", "create"],
  "routes/events/assignment": ["withdraw", "adjust"],
  "routes/guest-lessons/offer-new": ["publish", "draft"],
  "routes/guest-lessons/offer": ["publish", "archive", "draft"],
  "routes/guest-lessons/offer-edit": ["publish", "draft"],
  "routes/guest-lessons/appointments": ["reset-calendar"],
  "routes/guest-lessons/appointment": ["schedule", "decline", "cancel", "confirm_took_place", "report_no_show", "evaluate", "message", "calendar"],
  "routes/dev/clock": ["advance"],
  "routes/admin/network": ["update", "appoint", "dismiss"],
  "routes/admin/people": ["block", "unblock", "reset", "role"],
  "routes/admin/organisation": ["merge"],
  "routes/admin/content": ["hide", "unhide"],
  "routes/inbox/inbox": ["read"],
};

/** Query parameters the loaders read (search pages, notices, tokens, redirects). */
export const QUERY_KEYS = [
  "q", "bij", "pagina", "soort", "provincie", "redirectTo", "token", "filter", "netwerk", "behoefte", "aanbod", "wijzig", "sleutel",
  "onderwerp", "regio", "geimporteerd", "besluit", "melding", "mails", "gemeld", "opgeslagen", "verwijderen", "niveau", "type",
  "afstand", "plaats", "sort", "page", "kind", "level", "topic", "lat", "lon", "bbox", "zoom",
  "zoek", "status", "wie", "actie", "van", "tot",
  "ongelezen", "gelezen", "allesgelezen",
];
