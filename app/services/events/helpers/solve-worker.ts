/**
 * Worker-thread entry: runs the assignment engine off the main thread, so the
 * server keeps answering requests during a long solve. Plain Node (type
 * stripping), relative imports only: it is loaded as a file, not bundled.
 */
import { parentPort, workerData } from "node:worker_threads";
import { solveAssignment } from "../../../domain/events/assignment/solve.ts";
import { InstanceError } from "../../../domain/events/assignment/validate.ts";

const port = parentPort;
if (!port) throw new Error("solve-worker runs as a worker thread");
try {
  const { instance, timeLimitMs } = workerData as { instance: unknown; timeLimitMs?: number };
  const result = solveAssignment(instance, { timeLimitMs, onProgress: (progress) => port.postMessage({ type: "progress", progress }) });
  port.postMessage({ type: "result", result });
} catch (error) {
  port.postMessage({ type: "error", message: error instanceof Error ? error.message : String(error), invalid: error instanceof InstanceError });
}
