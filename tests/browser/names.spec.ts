// Names (issue 12): the reader's choice of name order changes labels, lists and details alike and
// round-trips through the URL; the precision legend explains each value; the source line names
// Libération. One page: the order is switched through the URL and the panel.
import { expect, test } from '@playwright/test';
import { SituationViewer } from './driver';

test('names=local|sq|sr|sr-Cyrl|en orders labels, lists and details alike, and round-trips through the URL', async ({
  page,
}) => {
  const viewer = new SituationViewer(page);
  const { given, when, then, get } = viewer;
  await given.viewer({ feature: 'municipality-zvecan' });
  await then.detailsShow('Zvečan');
  const zvecanLabel = async () => (await get.labels()).find((l) => l.id === 'municipality-zvecan')?.text;
  const listed = () =>
    page.getByTestId('layer-municipalities').locator('[data-feature-id="municipality-zvecan"]');
  await when.listFeatures('municipalities');

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
    await when.chooseNameOrder(order);
    if (order === 'local') await expect(page).not.toHaveURL(/names=/);
    else await expect(page).toHaveURL(new RegExp(`names=${order}(&|$)`));
    await expect.poll(zvecanLabel, { message: order }).toBe(names);
    // Lists add the English name after local forms that differ from it.
    const escaped = names.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
    await expect(listed()).toHaveText(new RegExp(`^${escaped}( \\(Zvečan\\))?$`));
    await expect(viewer.details().getByTestId('local-names')).toHaveText(names);
  }
  // The chosen order survives a reload.
  await when.reload();
  await expect(page.getByTestId('name-order')).toHaveValue('en');
  await expect.poll(zvecanLabel).toBe('Zvečan');
  // A town in Serbia carries its Serbian name (a link without names= is in the local order).
  await when.goTo('9.5/43.10/20.60');
  await expect(page.getByTestId('name-order')).toHaveValue('local');
  const labels = await get.labels();
  expect(labels.find((l) => l.id === 'town-novi-pazar')?.text).toBe('Novi Pazar');
  expect(viewer.errors).toEqual([]);
});

test('the precision legend explains each value, and the source line names Libération', async ({ page }) => {
  const { given, when } = new SituationViewer(page);
  await given.viewer();
  await expect(page.getByTestId('source-line')).toContainText('Libération');
  await expect(page.getByTestId('article')).toContainText('Libération');
  await when.openLayers();
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
