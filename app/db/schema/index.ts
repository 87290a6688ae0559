export * from "./auth.ts";
export * from "./organisations.ts";
export * from "./networks.ts";
export * from "./mail.ts";
export * from "./events.ts";
export * from "./programmes.ts";
export * from "./news.ts";
export * from "./monitor.ts";
