import { describe, expect, it } from "vitest";
import { RouterContextProvider } from "react-router";
import { action } from "./language.ts";

async function post(fields: Record<string, string>) {
  const body = new FormData();
  for (const [name, value] of Object.entries(fields)) body.set(name, value);
  const request = new Request("http://localhost/taal", { method: "POST", body });
  return (await action({ request, context: new RouterContextProvider() } as unknown as Parameters<typeof action>[0])) as Response;
}

describe("POST /taal", () => {
  it("goes back to the page the visitor was on", async () => {
    const response = await post({ lang: "en", redirectTo: "/netwerken?provincie=Utrecht" });
    expect(response.headers.get("location")).toBe("/netwerken?provincie=Utrecht");
    expect(response.headers.get("set-cookie")).toContain("lang=en");
  });
  it.each(["//evil.example/", "/\\evil.example/", "/%5Cevil.example", "https://evil.example", "/.//evil.example"])("sends %j home instead", async (redirectTo) => {
    const response = await post({ lang: "nl", redirectTo });
    expect(response.headers.get("location")).toBe("/");
  });
});
