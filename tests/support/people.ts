/** Moved to the shared factories; kept so imports of this module keep working. */
export { insertPerson } from "./factories.ts";
