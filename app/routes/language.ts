import { redirect } from "react-router";
import { z } from "zod";
import type { Route } from "./+types/language";
import { safeRedirectPath } from "~/domain/auth/safe-redirect-path.ts";

const schema = z.object({
  lang: z.enum(["nl", "en"]),
  redirectTo: z.unknown().transform((value) => safeRedirectPath(value, "/")),
});

/** The language switch: a plain form post, so it works without JavaScript. */
export async function action({ request }: Route.ActionArgs) {
  const parsed = schema.safeParse(Object.fromEntries(await request.formData()));
  if (!parsed.success) return new Response("Ongeldige taal", { status: 400 });
  return redirect(parsed.data.redirectTo, {
    headers: { "set-cookie": `lang=${parsed.data.lang}; Path=/; Max-Age=31536000; SameSite=Lax` },
  });
}

export function loader() {
  return redirect("/");
}
