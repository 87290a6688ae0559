import { data, type MiddlewareFunction } from "react-router";
import { allows, platformRoles } from "~/domain/permissions.ts";
import { requestContext, servicesContext, userContext } from "~/context.ts";
import { devToolsEnabled } from "~/lib/env.server.ts";
import type { ErrorData } from "~/lib/error-data.ts";

/**
 * Whether an address is this machine's own: 127.0.0.0/8, ::1, or an IPv4 loopback address as a
 * dual-stack socket reports it (::ffff:127.0.0.1).
 */
export function isLoopbackAddress(address: string | undefined): boolean {
  if (!address) return false;
  const v4 = address.toLowerCase().startsWith("::ffff:") ? address.slice(7) : address;
  return v4 === "::1" || /^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/.test(v4);
}

/**
 * Whether the request comes from this machine. `address` is Express's req.ip: the socket's
 * address, or with TRUST_PROXY the client the proxy reported. Without TRUST_PROXY a request that
 * carries forwarding headers came through a proxy on this machine on behalf of someone else, so
 * its loopback socket says nothing about the person behind it.
 */
export function isLocalRequest(input: { address: string | undefined; trustProxy: boolean; forwarded: boolean }): boolean {
  if (!input.trustProxy && input.forwarded) return false;
  return isLoopbackAddress(input.address);
}

export type DevTool = "mail" | "clock";

type Ctx = { get: <T>(key: import("react-router").RouterContext<T>) => T };

/** Whether this request may open a developer page: the one decision, for the gate and for links to it. */
export function canUseDevTool(context: Ctx, tool: DevTool): boolean {
  return mayUseDevTool({
    tool,
    enabled: devToolsEnabled(context.get(servicesContext).env),
    local: context.get(requestContext).local,
    platformAdmin: allows("platform.admin", platformRoles(context.get(userContext))),
  });
}

/**
 * Who may open a developer page. The outbox holds every mail's links (password resets included),
 * so it is for this machine or a platform administrator; the clock moves the platform's time and
 * runs the sweeps, so it is for this machine only.
 */
export function mayUseDevTool(input: { tool: DevTool; enabled: boolean; local: boolean; platformAdmin: boolean }): boolean {
  if (!input.enabled) return false;
  if (input.local) return true;
  return input.tool === "mail" && input.platformAdmin;
}

/**
 * Route middleware for every /dev/* route: anyone else gets the same 404 as an unknown address,
 * so the pages do not reveal that they exist. As middleware it covers loaders and actions alike.
 */
export function devToolGate(tool: DevTool): MiddlewareFunction<Response> {
  return ({ context }) => {
    const allowed = canUseDevTool(context, tool);
    if (!allowed) throw data<ErrorData>({ code: "not_found", message: "error.notFound.body" }, { status: 404 });
  };
}
