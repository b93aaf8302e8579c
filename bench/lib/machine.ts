/** The machine a run was made on: figures mean little without it. */
import { cpus, loadavg, release, totalmem } from "node:os";

export interface Machine {
  cpus: number;
  cpuModel: string;
  memoryGiB: number;
  node: string;
  os: string;
  /** 1-minute load average at the start and the end: how busy the shared machine was. */
  loadAverage: { start: number; end?: number };
}

export function machine(): Machine {
  const list = cpus();
  return {
    cpus: list.length,
    cpuModel: list[0]?.model.trim() ?? "unknown",
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`,
    loadAverage: { start: Number(loadavg()[0]!.toFixed(2)) },
  };
}

export function describe(m: Machine): string {
  const load = m.loadAverage.end === undefined ? `${m.loadAverage.start}` : `${m.loadAverage.start} → ${m.loadAverage.end}`;
  return `${m.cpus} cores (${m.cpuModel}), ${m.memoryGiB} GiB, Node ${m.node.replace(/^v/, "")}, ${m.os}, load average ${load}`;
}
