// The newsroom's sign-in in the browser (issue 40): `#login` with Name and Password, sent with fetch;
// a wrong name or password gets one message (role="alert") that does not say which, and focus goes
// back to Name; held back after five refusals, it says when to try again; signed in, the header shows
// the name and Sign out, at 1280 × 800 and 390 × 844. A reader's page (no `sv_signed_in` cookie) makes
// no /api/ request: the network log. Against the real newsroom server (tests/browser/newsroomServer.ts).
import { expect, test, type Page } from '@playwright/test';
import { NEWSROOM_ORIGIN, NEWSROOM_PASSWORD } from './newsroom';
import { ORIGIN } from './origin';

test.use({ baseURL: NEWSROOM_ORIGIN });

const SIZES = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** Every path this page asks for under /api/. */
function apiLog(page: Page): string[] {
  const log: string[] = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (url.pathname.startsWith('/api/')) log.push(`${r.method()} ${url.pathname}`);
  });
  return log;
}

async function inViewport(page: Page, name: string | RegExp) {
  const box = (await page.getByRole('button', { name }).boundingBox())!;
  const size = page.viewportSize()!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(size.width);
  expect(box.y + box.height).toBeLessThanOrEqual(size.height);
}

for (const size of SIZES)
  test(`sign in at ${size.width} px: a wrong password is one alert and focus back to Name; signed in, the header shows the name and Sign out`, async ({
    page,
  }) => {
    await page.setViewportSize(size);
    await page.goto('/#login');
    const name = page.getByLabel('Name', { exact: true });
    const password = page.getByLabel('Password', { exact: true });
    await expect(name).toHaveAttribute('autocomplete', 'username');
    await expect(password).toHaveAttribute('autocomplete', 'current-password');
    await expect(password).toHaveAttribute('type', 'password');
    await name.fill('ana');
    await password.fill('not the password at all');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    await expect(alert).toHaveText('Wrong name or password.');
    await expect(name).toBeFocused();
    await expect(page.getByRole('alert')).toHaveCount(1);
    await page.screenshot({ path: `docs/newsroom-sign-in-${size.width}.png` });

    await password.fill(NEWSROOM_PASSWORD);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await expect(page).toHaveURL(/#stories$/);
    const session = page.getByTestId('session');
    await expect(session).toContainText('ana');
    await expect(session.getByRole('button', { name: 'Sign out' })).toBeVisible();
    await inViewport(page, 'Sign out');

    // A story's header too.
    await page.goto('/#story=liberation-2023-09-29');
    await expect(page.getByTestId('session')).toContainText('ana');
    await inViewport(page, 'Sign out');
    await page.screenshot({ path: `test-results/signed-in-story-${size.width}.png` });

    await page.getByRole('button', { name: 'Sign out' }).click();
    await expect(page.getByTestId('session')).toHaveCount(0);
    const cookies = await page.context().cookies();
    expect(cookies.map((c) => c.name)).not.toContain('sv_signed_in');
    expect(cookies.map((c) => c.name)).not.toContain('sv_session');
  });

test('the sixth sign-in of one name within 15 minutes is held back, and says when to try again', async ({
  page,
}) => {
  await page.goto('/#login');
  const name = page.getByLabel('Name', { exact: true });
  for (let i = 1; i <= 6; i++) {
    await name.fill('nobody-at-all');
    await page.getByLabel('Password', { exact: true }).fill(`wrong password number ${i}`);
    await page.getByRole('button', { name: 'Sign in' }).click();
    const alert = page.getByRole('alert');
    if (i < 6) await expect(alert).toHaveText('Wrong name or password.');
    else await expect(alert).toHaveText(/Too many refused sign-ins for this name: try again in 15 minutes\./);
    await expect(name).toBeFocused();
  }
});

for (const origin of [NEWSROOM_ORIGIN, ORIGIN])
  test(`a reader's pages make no /api/ request (${origin === ORIGIN ? 'the static build' : 'the newsroom server'})`, async ({
    browser,
  }) => {
    const context = await browser.newContext({ baseURL: origin });
    const page = await context.newPage();
    const log = apiLog(page);
    await page.goto('/');
    // The front door: the one story, or the list once the newsroom's journeys have published more
    // (the newsroom server is shared by the whole run).
    await expect(
      page.getByTestId('source-line').or(page.getByRole('heading', { name: 'Stories' })),
    ).toBeVisible();
    await page.goto('/#stories');
    await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
    await page.goto('/#story=liberation-2023-09-29');
    await expect(page.getByTestId('source-line')).toBeVisible();
    await page.goto('/#new');
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await page.goto('/#story=liberation-2023-09-29&review');
    await expect(page.getByTestId('review-panel')).toBeVisible();
    expect(log).toEqual([]);
    await context.close();
  });

test('signed in, a page asks the server who it is (the cookie says so); signed out, it asks nothing', async ({
  page,
}) => {
  const log = apiLog(page);
  await page.goto('/#login');
  await page.getByLabel('Name', { exact: true }).fill('bojan');
  await page.getByLabel('Password', { exact: true }).fill(NEWSROOM_PASSWORD);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await expect(page.getByTestId('session')).toContainText('bojan');
  log.length = 0;
  await page.reload();
  await expect(page.getByTestId('session')).toContainText('bojan');
  expect(log).toContain('GET /api/session');
  await page.getByRole('button', { name: 'Sign out' }).click();
  await expect(page.getByTestId('session')).toHaveCount(0);
  log.length = 0;
  await page.reload();
  await expect(page.getByRole('heading', { name: 'Stories' })).toBeVisible();
  await page.goto('/#story=liberation-2023-09-29');
  await expect(page.getByTestId('source-line')).toBeVisible();
  expect(log).toEqual([]);
});
