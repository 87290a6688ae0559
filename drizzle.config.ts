import { defineConfig } from "drizzle-kit";

// drizzle-kit only generates migrations; they are applied at start by the app (see app/db/migrate.server.ts).
export default defineConfig({
  dialect: "postgresql",
  schema: "./app/db/schema/index.ts",
  out: "./app/db/migrations",
});
