// Without WebGL the map cannot be drawn; the article and the features with their passages still work.
import { expect, test } from '@playwright/test';

test.use({
  launchOptions: {
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-3d-apis', '--disable-webgl'],
  },
});

test('the page says so and still offers the article and every feature with its passages', async ({
  page,
}) => {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto('/');
  await expect(page.getByTestId('no-webgl')).toContainText('this browser has no WebGL');
  await expect(page.getByTestId('article')).toContainText('barricaded themselves in a monastery');
  await page
    .getByRole('button', { name: /^Layers and features/ })
    .filter({ visible: true })
    .click();
  const monastery = page.getByTestId('layer-monastery');
  await monastery.getByText(/^List/).click();
  await monastery.getByRole('button', { name: /Banjska Monastery/ }).click();
  const details = page.getByTestId('details').getByTestId('feature-details');
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('Banjska Monastery');
  await expect(details.getByTestId('details-passage')).toContainText('barricaded themselves in a monastery');
  await page
    .getByTestId('article')
    .getByRole('link', { name: /four municipalities with a Serb majority/ })
    .click();
  await expect(details.getByRole('heading', { level: 2 })).toHaveText('North Mitrovica');
  expect(errors).toEqual([]);
});
