// Names (issue 12): the reader's choice of name order changes labels, lists and details alike and
// round-trips through the URL; the precision legend explains each value; the source line names
// Libération. One page: the order is switched through the URL and the panel.
import { expect, test } from '@playwright/test';
import { Viewer } from './driver';

test('names=local|sq|sr|sr-Cyrl|en orders labels, lists and details alike, and round-trips through the URL', async ({
  page,
}) => {
  const viewer = new Viewer(page);
  await viewer.open('#feature=municipality-zvecan');
  await expect(viewer.details().getByRole('heading', { level: 2 })).toHaveText('Zvečan');
  const zvecanLabel = async () =>
    (await page.evaluate(() => window.__situationMap!.renderedLabels())).find(
      (l) => l.id === 'municipality-zvecan',
    )?.text;
  const listed = () =>
    page.getByTestId('layer-municipalities').locator('[data-feature-id="municipality-zvecan"]');
  await viewer.openLayers();
  await page.getByTestId('layer-municipalities').getByText(/^List/).click();

  // The default: a Serb-majority municipality, Serbian first.
  await expect.poll(zvecanLabel).toBe('Zvečan / Zveçan');
  await expect(listed()).toHaveText('Zvečan / Zveçan');
  await expect(viewer.details().getByTestId('local-names')).toHaveText('Zvečan / Zveçan');
  const EXPECTED = {
    sq: 'Zveçan / Zvečan',
    'sr-Cyrl': 'Звечан / Zveçan',
    sr: 'Zvečan / Zveçan',
    local: 'Zvečan / Zveçan',
    en: 'Zvečan',
  } as const;
  for (const [order, names] of Object.entries(EXPECTED)) {
    await viewer.andSettle(async () => {
      await page.getByTestId('name-order').selectOption(order);
    });
    if (order === 'local') await expect(page).not.toHaveURL(/names=/);
    else await expect(page).toHaveURL(new RegExp(`names=${order}(&|$)`));
    await expect.poll(zvecanLabel, { message: order }).toBe(names);
    // Lists add the English name after local forms that differ from it.
    const escaped = names.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    await expect(listed()).toHaveText(new RegExp(`^${escaped}( \\(Zvečan\\))?$`));
    await expect(viewer.details().getByTestId('local-names')).toHaveText(names);
  }
  // The chosen order survives a reload.
  await page.reload();
  await viewer.waitForMapIdle();
  await expect(page.getByTestId('name-order')).toHaveValue('en');
  await expect.poll(zvecanLabel).toBe('Zvečan');
  // A town in Serbia carries its Serbian name (a link without names= is in the local order).
  await viewer.andSettle(async () => {
    await page.evaluate(() => {
      window.location.hash = '#map=9.5/43.10/20.60';
    });
  });
  await expect(page.getByTestId('name-order')).toHaveValue('local');
  const labels = await page.evaluate(() => window.__situationMap!.renderedLabels());
  expect(labels.find((l) => l.id === 'town-novi-pazar')?.text).toBe('Novi Pazar');
  expect(viewer.errors).toEqual([]);
});

test('the precision legend explains each value, and the source line names Libération', async ({ page }) => {
  const viewer = new Viewer(page);
  await viewer.open();
  await expect(page.getByTestId('source-line')).toContainText('Libération');
  await expect(page.getByTestId('article')).toContainText('Libération');
  await viewer.openLayers();
  const legend = page.getByTestId('precision-legend');
  for (const [term, meaning] of [
    ['Surveyed position', /survey accuracy/],
    ['Derived from mapped sources', /simplified or generalised/],
    ['Approximate position', /standing for a place/],
  ] as const) {
    await expect(legend).toContainText(term);
    await expect(legend).toContainText(meaning);
  }
});
