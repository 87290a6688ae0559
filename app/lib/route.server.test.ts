import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { redirect, RouterContextProvider } from "react-router";
import { requestContext } from "~/context.ts";
import { z } from "zod";
import { conflict, forbidden, invalid, notFound } from "~/domain/errors.ts";
import { cleanText, formInput, hasControlCharacters, readForm } from "~/lib/forms.ts";
import { routeAction, routeLoader } from "~/lib/route.server.ts";

/** What React Router does with a thrown or returned `data(…)`: status and payload. */
function outcome(value: unknown): { status: number; data: unknown } {
  const v = value as { init?: { status?: number }; data?: unknown; status?: number };
  if (v && typeof v === "object" && "init" in v) return { status: v.init?.status ?? 200, data: v.data };
  if (value instanceof Response) return { status: value.status, data: null };
  return { status: 200, data: value };
}

async function settle(promise: Promise<unknown>) {
  try {
    return outcome(await promise);
  } catch (thrown) {
    return outcome(thrown);
  }
}

const context = new RouterContextProvider();
context.set(requestContext, { requestId: "test", locale: "en", nonce: "", local: false });

const post = (body: BodyInit | null, type?: string) =>
  new Request("http://x/p", { method: "POST", body, headers: type ? { "content-type": type } : {} });

describe("readForm", () => {
  it("reads urlencoded and multipart forms and strips control characters from names and values", async () => {
    const form = await readForm(post("na%00me=a%00b%01c%0Ad&x=1", "application/x-www-form-urlencoded"));
    expect(form.get("name")).toBe("abc\nd");
    const multipart = new FormData();
    multipart.set("title", "t\u0000itel");
    const request = new Request("http://x/p", { method: "POST", body: multipart });
    expect((await readForm(request)).get("title")).toBe("titel");
  });

  it("refuses a body that is not a form (415) and a form that cannot be read (400)", async () => {
    await expect(readForm(post("{}", "application/json"))).rejects.toMatchObject({ kind: "unsupported_media_type" });
    await expect(readForm(post("hallo", "text/plain"))).rejects.toMatchObject({ kind: "unsupported_media_type" });
    await expect(readForm(post("--x\r\nbroken", "multipart/form-data; boundary=x"))).rejects.toMatchObject({ kind: "invalid" });
  });

  it("takes an empty POST as an empty form", async () => {
    expect([...(await readForm(post(null))).keys()]).toEqual([]);
  });

  it("never lets a control character through, whatever the text", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 200 }), (s) => !hasControlCharacters(cleanText(s))));
  });
});

describe("routeLoader", () => {
  it("answers each domain error with its status and message key", async () => {
    const cases = [
      [invalid("x.invalid"), 400],
      [forbidden(), 403],
      [notFound(), 404],
      [conflict("x.conflict"), 409],
    ] as const;
    for (const [error, status] of cases) {
      const result = await settle(routeLoader(async () => Promise.reject(error))({ context }));
      expect(result.status).toBe(status);
      expect(result.data).toMatchObject({ code: error.kind, message: error.message, locale: "en" });
    }
  });

  it("lets redirects through and rethrows defects", async () => {
    const r = await settle(routeLoader(async () => Promise.reject(redirect("/inloggen")))({ context }));
    expect(r.status).toBe(302);
    await expect(routeLoader(async () => Promise.reject(new TypeError("defect")))({ context })).rejects.toThrow("defect");
  });
});

describe("routeAction", () => {
  const schema = z.object({ title: z.string().min(1, "form.required") });
  const form = (body: string) => ({ request: post(body, "application/x-www-form-urlencoded"), context });

  it("refuses a form beside its fields and keeps the typed values", async () => {
    const action = routeAction(async ({ form: f }) => formInput(schema, f));
    const result = await settle(action(form("title=&other=kept")));
    expect(result.status).toBe(400);
    expect(result.data).toEqual({ errors: { title: "form.required" }, values: { title: "", other: "kept" } });
  });

  it("puts a use-case's refusal beside its field, or above the form", async () => {
    const withField = await settle(routeAction(async () => Promise.reject(conflict("x.full", "sessionId")))(form("sessionId=1")));
    expect(withField).toEqual({ status: 409, data: { errors: { sessionId: "x.full" }, values: { sessionId: "1" } } });
    const without = await settle(routeAction(async () => Promise.reject(invalid("x.bad")))(form("a=b")));
    expect(without.data).toMatchObject({ errors: { _form: "x.bad" } });
  });

  it("fills a refusal's placeholders in the reader's language", async () => {
    const refused = await settle(routeAction(async () => Promise.reject(conflict("error.backTo", "x", { section: "Courses" })))(form("x=1")));
    expect(refused.data).toMatchObject({ errors: { x: "Go to Courses" } });
  });

  it("answers a forbidden actor with 403 before the body matters, and a non-form body with 415", async () => {
    const action = routeAction(async () => Promise.reject(forbidden()));
    expect((await settle(action(form("")))).status).toBe(403);
    expect((await settle(action({ request: post("{}", "application/json"), context }))).status).toBe(415);
  });
});
