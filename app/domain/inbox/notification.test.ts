import { describe, expect, it } from "vitest";
import { digestMail, excerptOf, inboxHref, inboxQuery, kindOfLink, linkIn, pageCount, safeLink } from "./notification.ts";
import { navigationItems } from "../common/navigation.ts";

const BASE = "https://technohub.example";

describe("linkIn", () => {
  it("takes the first link to this site, as a path with its query", () => {
    expect(linkIn(`Plaats aannemen: ${BASE}/aanmelding/abc?sleutel=x1\nMeer: ${BASE}/cursussen`, BASE)).toBe("/aanmelding/abc?sleutel=x1");
  });

  it("passes over links elsewhere and drops the punctuation that ends a sentence", () => {
    expect(linkIn(`Zie https://elders.example/x en https://technohub.example.evil.com/y.\nAndere sessies vindt u op ${BASE}/cursussen/las.`, BASE)).toBe("/cursussen/las");
  });

  it("is null when the mail points nowhere here, and copes with a trailing slash on the base", () => {
    expect(linkIn("Geen link.", BASE)).toBeNull();
    expect(linkIn(`${BASE}/afspraken/1`, `${BASE}/`)).toBe("/afspraken/1");
  });
});

describe("kindOfLink", () => {
  it("names what an item is about from where it leads", () => {
    expect(kindOfLink("/afspraken/123")).toBe("appointment");
    expect(kindOfLink("/afspraken/vraag/9")).toBe("request");
    expect(kindOfLink("/aanmelding/1?sleutel=2")).toBe("course");
    expect(kindOfLink("/behoeften/4")).toBe("need");
    expect(kindOfLink("/coordinatie/aanmeldingen/5")).toBe("network");
    expect(kindOfLink("/evenementen/fvdt/rooster/x")).toBe("event");
    expect(kindOfLink("/organisaties/kiremko")).toBe("organisation");
    expect(kindOfLink("/afsprakenlijst")).toBe("other");
    expect(kindOfLink(null)).toBe("other");
  });
});

describe("safeLink", () => {
  it("leads only to a path on this site", () => {
    expect(safeLink("/afspraken/1")).toBe("/afspraken/1");
    expect(safeLink("//evil.example/x")).toBe("/inbox");
    expect(safeLink("/\\evil.example")).toBe("/inbox");
    expect(safeLink("https://evil.example")).toBe("/inbox");
    expect(safeLink(null)).toBe("/inbox");
  });
});

describe("excerptOf", () => {
  it("drops the salutation, the sign-off and bare links, and folds whitespace", () => {
    expect(excerptOf(`Beste Anna,\n\nEr is een plaats vrij.\n\n${BASE}/x\n\nMet vriendelijke groet,\nTechnohub`)).toBe("Er is een plaats vrij.");
  });

  it("drops the English salutation and sign-off as well", () => {
    expect(excerptOf(`Dear Anna,\n\nA place has become free.\n\n${BASE}/x\n\nKind regards,\nTechnohub`)).toBe("A place has become free.");
  });

  it("cuts a long text at a word, with an ellipsis, within the limit", () => {
    const text = "woord ".repeat(100);
    const excerpt = excerptOf(text, 50);
    expect(excerpt.length).toBeLessThanOrEqual(50);
    expect(excerpt.endsWith("woord…")).toBe(true);
  });
});

describe("pages and the address", () => {
  it("counts pages, at least one", () => {
    expect(pageCount(0)).toBe(1);
    expect(pageCount(20)).toBe(1);
    expect(pageCount(21)).toBe(2);
  });

  it("reads the query leniently and writes it back", () => {
    expect(inboxQuery.parse({})).toEqual({ ongelezen: false, pagina: 1 });
    expect(inboxQuery.parse({ ongelezen: "1", pagina: "3" })).toEqual({ ongelezen: true, pagina: 3 });
    expect(inboxQuery.parse({ ongelezen: "ja", pagina: "-2" })).toEqual({ ongelezen: false, pagina: 1 });
    expect(inboxHref({ unreadOnly: true, page: 2 })).toBe("/inbox?ongelezen=1&pagina=2");
    expect(inboxHref({ unreadOnly: false, page: 1 })).toBe("/inbox");
  });
});

describe("digestMail", () => {
  const items = [
    { subject: "Tweede", excerpt: "later", link: "/afspraken/2", createdAt: new Date("2026-03-02T12:00:00Z") },
    { subject: "Eerste", excerpt: "eerder", link: null, createdAt: new Date("2026-03-02T08:00:00Z") },
  ];

  it("lists every item oldest first, with its link, in the person's language and with a real plural", () => {
    const mail = digestMail({ name: "Anna", locale: "nl", baseUrl: BASE, items });
    expect(mail.subject).toBe("Uw dagelijkse samenvatting: 2 berichten");
    expect(mail.text.indexOf("Eerste")).toBeLessThan(mail.text.indexOf("Tweede"));
    expect(mail.text).toContain(`${BASE}/afspraken/2`);
    expect(mail.text).toContain(`${BASE}/inbox/instellingen`);
    expect(digestMail({ name: "Anna", locale: "en", baseUrl: BASE, items: items.slice(0, 1) }).subject).toBe("Your daily summary: 1 message");
  });
});

describe("the menu", () => {
  it("shows the inbox with its unread count to a signed-in person only", () => {
    expect(navigationItems({ signedIn: true, coordinator: false, admin: false, unread: 3 }).find((i) => i.href === "/inbox")).toEqual({
      href: "/inbox",
      label: "inbox.nav.label",
      place: "main",
      count: 3,
    });
    expect(navigationItems({ signedIn: false, coordinator: false, admin: false }).some((i) => i.href === "/inbox")).toBe(false);
  });
});
