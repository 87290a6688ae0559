import { type RouteConfig, index, route } from "@react-router/dev/routes";

/** Every URL of the app, with Dutch paths. Route modules stay thin: parse, authorise, call a service. */
export default [
  index("routes/home.tsx"),
  route("taal", "routes/language.ts"),
] satisfies RouteConfig;
