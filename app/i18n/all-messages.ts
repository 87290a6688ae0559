/**
 * Every area's messages in both languages: what the server translates with, and what the build
 * turns into one chunk per language for the browser (vite/messages.ts).
 */
import type { Messages } from "./index.ts";
import { common } from "./messages/common.ts";
import { home } from "./messages/home.ts";
import { networks } from "./messages/networks.ts";
import { account } from "./messages/account.ts";
import { organisations } from "./messages/organisations.ts";
import { programmes } from "./messages/programmes.ts";
import { news } from "./messages/news.ts";
import { monitor } from "./messages/monitor.ts";
import { onboarding } from "./messages/onboarding.ts";
import { guestLessons } from "./messages/guest-lessons.ts";
import { events } from "./messages/events.ts";
import { courses } from "./messages/courses.ts";
import { impact } from "./messages/impact.ts";
import { about } from "./messages/about.ts";
import { admin } from "./messages/admin.ts";
import { inbox } from "./messages/inbox.ts";
import { search } from "./messages/search.ts";
import { webhooks } from "./messages/webhooks.ts";
import { openData } from "./messages/open-data.ts";
import { widgets } from "./messages/widgets.ts";
import { api } from "./messages/api.ts";
import { privacy } from "./messages/privacy.ts";
import { identity } from "./messages/identity.ts";

// Each area keeps its own message file; list it here.
const areas: Messages[] = [common, networks, account, organisations, programmes, news, monitor, guestLessons, events, courses, impact, about, admin, home, inbox, search, webhooks, openData, widgets, api, privacy, onboarding, identity];

export const allMessages: Messages = { nl: {}, en: {} };
for (const area of areas) {
  Object.assign(allMessages.nl, area.nl);
  Object.assign(allMessages.en, area.en);
}
