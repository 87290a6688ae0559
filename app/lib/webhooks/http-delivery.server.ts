import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import type { LookupFunction } from "node:net";
import { isPrivateAddress } from "./address.server.ts";

export type AttemptResult = { statusCode: number | null; error: string | null };

/** A refusal the receiver did not cause: nothing was sent. */
export class RefusedAddressError extends Error {}

/**
 * The one lookup webhooks connect through when private addresses are refused: every address the
 * name resolves to is checked, and the connection goes to a checked address. Checking while
 * connecting (not before, with a second lookup) leaves no gap for a name that changes its answer
 * between the check and the connection (DNS rebinding).
 */
const publicOnlyLookup: LookupFunction = (hostname, options, callback) => {
  dns.lookup(hostname, { ...options, all: true }, (error, addresses) => {
    if (error) return callback(error, "", 0);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad || list.length === 0) return callback(new RefusedAddressError(`address refused: ${hostname} resolves to ${bad?.address ?? "nothing"}`), "", 0);
    if ((options as dns.LookupOptions).all) return (callback as unknown as (e: null, a: dns.LookupAddress[]) => void)(null, list);
    callback(null, list[0]!.address, list[0]!.family);
  });
};

/**
 * POSTs one signed body and reads only the status; redirects are not followed (a 3xx is a failure),
 * the answer's body is discarded, and the whole attempt ends after `timeoutMs`.
 */
export function postWebhook(target: string, headers: Record<string, string>, body: string, options: { allowPrivate: boolean; timeoutMs: number }): Promise<AttemptResult> {
  return new Promise((resolve) => {
    let url: URL;
    try {
      url = new URL(target);
    } catch {
      return resolve({ statusCode: null, error: "invalid URL" });
    }
    // An address written in the URL is never looked up, so it is checked here.
    if (!options.allowPrivate && isPrivateAddress(url.hostname)) return resolve({ statusCode: null, error: `address refused: ${url.hostname}` });
    const client = url.protocol === "https:" ? https : url.protocol === "http:" ? http : null;
    if (!client) return resolve({ statusCode: null, error: "unsupported protocol" });
    let settled = false;
    const finish = (result: AttemptResult) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      resolve(result);
    };
    const request = client.request(
      url,
      {
        method: "POST",
        headers: { ...headers, "content-length": String(Buffer.byteLength(body)), "user-agent": "Technohub-Webhooks/1" },
        agent: false,
        ...(options.allowPrivate ? {} : { lookup: publicOnlyLookup }),
      },
      (response) => {
        response.resume();
        response.on("end", () => finish({ statusCode: response.statusCode ?? null, error: null }));
        response.on("error", (error) => finish({ statusCode: response.statusCode ?? null, error: error.message }));
      },
    );
    const timer = setTimeout(() => {
      request.destroy(new Error(`timed out after ${options.timeoutMs} ms`));
    }, options.timeoutMs);
    request.on("error", (error) => finish({ statusCode: null, error: error.message.slice(0, 500) }));
    request.end(body);
  });
}
