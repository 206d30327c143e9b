// axe-core for the browser tests, one setup for every spec: the current rule set (axe-core 4.14, where
// "label in name", WCAG 2.5.3, is no longer experimental) injected into @axe-core/playwright (whose own
// newer release wants Node 22), with WCAG 2.1 A/AA and best practice.
import { expect, type Page } from '@playwright/test';
import AxeBuilder from '@axe-core/playwright';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const AXE_SOURCE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
/** A control's accessible name contains its visible text (for voice control). */
export const LABEL_IN_NAME = 'label-content-name-mismatch';

/** The violations on the page as it is, each `state: rule targets`; checks that label-in-name ran. */
export async function axeViolations(page: Page, state = ''): Promise<string[]> {
  const results = await new AxeBuilder({ page, axeSource: AXE_SOURCE })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'])
    .analyze();
  expect(results.testEngine.version).toMatch(/^4\.1[4-9]/);
  // The rule ran: it passed or failed somewhere (every page state has controls with visible text).
  expect([...results.passes, ...results.violations].map((r) => r.id)).toContain(LABEL_IN_NAME);
  return results.violations.map(
    (v) =>
      `${state ? `${state}: ` : ''}${v.id}: ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
