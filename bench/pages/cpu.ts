/**
 * CPU time of a server under load in `npm run bench -- pages`: its own process plus the
 * PostgreSQL backends serving its database, read from /proc.
 *
 * A backend comes and goes with its pool connection: one opened during the window was not there
 * in the first sample, one closed is gone from the last (pg's pool closes a connection idle for
 * 10 s, e.g. the other server's while this one is loaded: both share the database).
 * Summing all backends at each end and subtracting counted a backend that left as a loss of all
 * the CPU it had ever used, which is how a page came out at −16.9 ms per request. So processes
 * are followed one by one: what each used between its first and last sight in the window, a new
 * one from zero. A process is known by its PID and its start time, because a PID can be reused.
 */
import fs from "node:fs";

/** CPU time used so far (ms) per process, keyed `<pid>@<start time>`. */
export type CpuSample = Map<string, number>;

const TICK_MS = 10; // /proc reports CPU time in clock ticks of 1/100 s (USER_HZ on Linux)

/** One process's identity and CPU time so far (utime + stime of /proc/<pid>/stat); null once it is gone. */
export function processCpu(pid: number | string): { key: string; ms: number } | null {
  let stat: string;
  try {
    stat = fs.readFileSync(`/proc/${pid}/stat`, "utf8");
  } catch {
    return null;
  }
  // The command name (field 2) is in parentheses and may itself hold ") ": the fields after it start at the last one.
  const fields = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
  return { key: `${pid}@${fields[19]}`, ms: (Number(fields[11]) + Number(fields[12])) * TICK_MS };
}

/**
 * The database a PostgreSQL backend serves, from its process title: "postgres: <user> <database>
 * <address> <state>", after the cluster's name when it has one (Debian's "postgres: 15/main: …").
 * Reading a fixed word of the title counted no backend at all on a server with a cluster name.
 */
export function backendDatabase(cmdline: string): string | null {
  return /^postgres: (?:\S+: )?\S+ (\S+) (?:\[local\]|\S+\(\d+\)) /.exec(cmdline.replaceAll("\0", " "))?.[1] ?? null;
}

/**
 * The server's process and every backend of `database` (null on PGlite: the process alone). The
 * other databases' backends are not counted; the other server on the same database is (the app
 * and the ceiling share it, but only one of them is under load at a time).
 */
export function sampleCpu(pid: number, database: string | null): CpuSample {
  const sample: CpuSample = new Map();
  const add = (entry: number | string) => {
    const cpu = processCpu(entry);
    if (cpu) sample.set(cpu.key, cpu.ms);
  };
  add(pid);
  if (database) {
    for (const entry of fs.readdirSync("/proc")) {
      if (!/^\d+$/.test(entry)) continue;
      let title: string;
      try {
        title = fs.readFileSync(`/proc/${entry}/cmdline`, "utf8");
      } catch {
        continue; // gone since the directory was read
      }
      if (backendDatabase(title) === database) add(entry);
    }
  }
  return sample;
}

/**
 * CPU time (ms) used between the first and the last of `samples`, taken in order: per process, its
 * last reading minus its reading in the first sample, or minus zero if it started after that. A
 * process that ended counts up to the last sample it was seen in; what it used after that sample
 * is lost, so sample often enough that little falls between (a closed pool connection is idle).
 */
export function cpuUsed(samples: CpuSample[]): number {
  const first = samples[0];
  if (!first) return 0;
  const last = new Map<string, number>();
  for (const sample of samples) for (const [key, ms] of sample) last.set(key, ms);
  let total = 0;
  for (const [key, ms] of last) total += ms - (first.get(key) ?? 0);
  return total;
}
