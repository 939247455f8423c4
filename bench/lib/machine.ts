/** What the figures were measured on: they mean little without it. */
import { cpus, totalmem } from 'node:os';

export interface MachineInfo {
  cpu_model: string;
  cores: number;
  memory_gb: number;
  platform: string;
  node: string;
  chromium: string;
  date: string;
}

export function machineInfo(chromiumVersion: string): MachineInfo {
  const cpu = cpus();
  return {
    cpu_model: cpu[0]?.model.trim() ?? 'unknown',
    cores: cpu.length,
    memory_gb: Math.round(totalmem() / 2 ** 30),
    platform: `${process.platform} ${process.arch}`,
    node: process.version,
    chromium: chromiumVersion,
    date: new Date().toISOString(),
  };
}
