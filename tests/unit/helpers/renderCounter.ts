// Which components React rendered, commit by commit: a stand-in for React DevTools' hook (the way the
// DevTools' "highlight updates" and why-did-you-render see renders), installed before react-dom loads
// (import this module first). A component counts as rendered in a commit when its fiber is new to the
// committed tree and React did work on it (the PerformedWork flag); a subtree React bailed out of keeps
// the previous commit's fibers and is not counted.

interface Fiber {
  tag: number;
  type: unknown;
  flags: number;
  child: Fiber | null;
  sibling: Fiber | null;
  memoizedProps: Record<string, unknown> | null;
}

/** React's fiber tags of function components: plain, forwardRef, memo, simple memo. */
const COMPONENT_TAGS = new Set([0, 11, 14, 15]);
const PERFORMED_WORK = 1;

export interface Rendered {
  name: string;
  props: Record<string, unknown> | null;
}

const nameOf = (fiber: Fiber): string => {
  const type = fiber.type as { displayName?: string; name?: string; type?: { name?: string } } | null;
  return type?.displayName ?? type?.name ?? type?.type?.name ?? '?';
};

let previous = new Set<Fiber>();
let log: Rendered[] = [];

function onCommit(root: { current: Fiber }) {
  const seen = new Set<Fiber>();
  const walk = (first: Fiber | null) => {
    for (let fiber = first; fiber; fiber = fiber.sibling) {
      seen.add(fiber);
      if (COMPONENT_TAGS.has(fiber.tag) && fiber.flags & PERFORMED_WORK && !previous.has(fiber))
        log.push({ name: nameOf(fiber), props: fiber.memoizedProps });
      walk(fiber.child);
    }
  };
  walk(root.current);
  previous = seen;
}

(globalThis as Record<string, unknown>).__REACT_DEVTOOLS_GLOBAL_HOOK__ = {
  supportsFiber: true,
  isDisabled: false,
  renderers: new Map(),
  inject: () => 1,
  onScheduleFiberRoot: () => undefined,
  onCommitFiberRoot: (_id: number, root: { current: Fiber }) => onCommit(root),
  onPostCommitFiberRoot: () => undefined,
  onCommitFiberUnmount: () => undefined,
  checkDCE: () => undefined,
};

/** Renders recorded from now on. */
export function startCounting(): void {
  log = [];
}

/** The components rendered since `startCounting`. */
export const renders = (): readonly Rendered[] => log;
