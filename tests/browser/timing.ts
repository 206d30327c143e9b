// Timeouts that scale with the machine: on a quiet 2-core machine 1; when other processes keep the
// cores busy, more, from the load average per core when the suite starts (capped at 4). Set
// TEST_TIME_SCALE to choose it. Tests wait on states and events; these are only their upper bounds.
import { cpus, loadavg } from 'node:os';

export const TIME_SCALE =
  Number(process.env.TEST_TIME_SCALE) || Math.min(4, Math.max(1, 0.5 + loadavg()[0] / cpus().length));

export const scaled = (ms: number) => Math.round(ms * TIME_SCALE);
