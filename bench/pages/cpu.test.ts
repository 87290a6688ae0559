import { describe, expect, it } from "vitest";
import { backendDatabase, cpuUsed, processCpu, sampleCpu, type CpuSample } from "./cpu.ts";

const sample = (entries: Record<string, number>): CpuSample => new Map(Object.entries(entries));

describe("cpuUsed", () => {
  it("counts what each process used between the first and the last sample", () => {
    expect(cpuUsed([sample({ "100@5": 1000, "200@7": 300 }), sample({ "100@5": 1400, "200@7": 350 })])).toBe(450);
  });

  it("counts a backend that appeared during the window from zero", () => {
    expect(cpuUsed([sample({ "100@5": 1000 }), sample({ "100@5": 1200, "300@9": 40 })])).toBe(240);
  });

  it("never turns a backend that left into a loss: it counts up to its last sighting", () => {
    // The old sum of the two ends gave (1200) − (1000 + 5000) = −4800 here.
    const gone = [sample({ "100@5": 1000, "200@7": 5000 }), sample({ "100@5": 1100, "200@7": 5030 }), sample({ "100@5": 1200 })];
    expect(cpuUsed(gone)).toBe(230);
    expect(cpuUsed([gone[0]!, gone[2]!])).toBe(200);
  });

  it("tells a reused PID from the process that had it before", () => {
    expect(cpuUsed([sample({ "100@5": 1000, "200@7": 5000 }), sample({ "100@5": 1000, "200@80": 20 })])).toBe(20);
  });

  it("is zero without samples", () => {
    expect(cpuUsed([])).toBe(0);
  });
});

describe("backendDatabase", () => {
  it("reads the database from a backend's title, with or without the cluster's name", () => {
    expect(backendDatabase("postgres: 15/main: postgres technohub_nat_x 127.0.0.1(53412) idle\0")).toBe("technohub_nat_x");
    expect(backendDatabase("postgres: postgres technohub [local] SELECT")).toBe("technohub");
  });

  it("counts no server process that is not a backend", () => {
    expect(backendDatabase("postgres: 15/main: checkpointer ")).toBeNull();
    expect(backendDatabase("postgres: 15/main: autovacuum launcher ")).toBeNull();
    expect(backendDatabase("node server.ts")).toBeNull();
  });
});

describe("sampleCpu", () => {
  it("reads this process from /proc under its PID and start time", () => {
    const own = processCpu(process.pid);
    expect(own?.key).toMatch(new RegExp(`^${process.pid}@\\d+$`));
    expect(sampleCpu(process.pid, null).get(own!.key)).toBeGreaterThanOrEqual(own!.ms);
  });
});
