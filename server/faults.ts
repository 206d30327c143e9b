// Fault injection for the crash test (tests/server/crash.test.ts), and nothing else: with SV_FAULT set
// to one of these points when the server starts (read once, in server/main.ts), the process kills
// itself with SIGKILL when a publish, unpublish or restore reaches that point, as a power cut or an
// OOM kill would. Unset (always, outside tests) it does nothing.
export const FAULT_POINTS = [
  /** The story file and thumbnail written and flushed; the revision not yet committed. */
  'before-revision',
  /** The revision committed; the index not yet replaced. */
  'after-revision',
  /** The new index written and flushed as stories/.index-<random>.json, not yet renamed into place. */
  'before-index-rename',
  /** The index replaced; the answer not yet sent. */
  'after-index-rename',
] as const;
export type FaultPoint = (typeof FAULT_POINTS)[number];

export type Faults = (point: FaultPoint) => void;
export const noFaults: Faults = () => {};

/** The switch: the process kills itself at `point` (server/config.ts reads it from SV_FAULT, once). */
export function faultsAt(at: FaultPoint | null | undefined): Faults {
  if (!at) return noFaults;
  return (point) => {
    if (point === at) process.kill(process.pid, 'SIGKILL');
  };
}
