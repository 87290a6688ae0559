import { existsSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import { solveAssignment } from "~/domain/events/assignment/solve.ts";
import type { Instance, Progress, Result } from "~/domain/events/assignment/types.ts";
import { invalid } from "~/domain/errors.ts";
import { log } from "~/lib/log.server.ts";

const WORKER_FILE = "solve-worker.ts";

/**
 * Where the worker's source is. Beside this module when it runs from source
 * (tests, dev); the built server is one bundle, so there it is found under
 * the app directory the server starts in. Null: not available, solve inline.
 */
function workerPath(): string | null {
  const candidates = [
    path.join(path.dirname(fileURLToPath(import.meta.url)), WORKER_FILE),
    path.join(process.cwd(), "app", "services", "events", "helpers", WORKER_FILE),
  ];
  return candidates.find((p) => existsSync(p)) ?? null;
}

/**
 * Runs the engine in a worker thread (it is synchronous CPU work that can take
 * seconds for thousands of groups) and reports progress on this thread.
 * Falls back to solving inline when the worker file is not there.
 */
export async function solveInWorker(instance: Instance, options: { timeLimitMs?: number; onProgress?: (p: Progress) => void } = {}): Promise<Result> {
  const file = workerPath();
  if (!file) {
    log.warn("assignment worker file not found; solving on the main thread");
    return solveAssignment(instance, options);
  }
  return new Promise<Result>((resolve, reject) => {
    // 1 GB is the budget the issue sets for the largest events (5,000 groups, 6,000 slots).
    const worker = new Worker(file, { workerData: { instance, timeLimitMs: options.timeLimitMs }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
    let settled = false;
    worker.on("message", (message: { type: string; progress?: Progress; result?: Result; message?: string; invalid?: boolean }) => {
      if (message.type === "progress" && message.progress) options.onProgress?.(message.progress);
      else if (message.type === "result" && message.result) {
        settled = true;
        resolve(message.result);
      } else if (message.type === "error") {
        settled = true;
        reject(message.invalid ? invalid(message.message ?? "invalid instance") : new Error(message.message));
      }
    });
    worker.on("error", (error) => {
      if (!settled) reject(error);
      settled = true;
    });
    worker.on("exit", (code) => {
      if (!settled) reject(new Error(`assignment worker stopped with code ${code}`));
    });
  });
}
