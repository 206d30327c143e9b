// Names in the reader's order, by the rules of the story's region (src/domain/names.ts).
import { describe, expect, it } from 'vitest';
import { displayName, MISSING_FORM, nameRows, namesInOrder } from '../../src/domain/names';
import { readRegion } from '../../scripts/region/readRegion';

describe('names (the rules of regions/kosovo-serbia.json)', () => {
  const RULES = readRegion('kosovo-serbia').names;
  const zvecan = {
    name: { en: 'Zvečan', sq: 'Zveçan', 'sr-Latn': 'Zvečan', 'sr-Cyrl': 'Звечан' },
    country: 'XK',
    localLanguage: 'sr' as const,
  };
  const pristina = {
    name: { en: 'Pristina', sq: 'Prishtinë', 'sr-Latn': 'Priština', 'sr-Cyrl': 'Приштина' },
    country: 'XK',
    localLanguage: 'sq' as const,
  };
  const noviPazar = {
    name: { en: 'Novi Pazar', sq: 'Pazari i Ri', 'sr-Latn': 'Novi Pazar', 'sr-Cyrl': 'Нови Пазар' },
    country: 'RS',
    localLanguage: 'sr' as const,
  };

  it('puts the majority language of the place first, and in Serbia the Serbian name alone', () => {
    expect(namesInOrder(zvecan, 'local', RULES)).toEqual(['Zvečan', 'Zveçan']);
    expect(namesInOrder(pristina, 'local', RULES)).toEqual(['Prishtinë', 'Priština']);
    expect(namesInOrder(noviPazar, 'local', RULES)).toEqual(['Novi Pazar']);
  });

  it('follows the order the reader chose', () => {
    expect(namesInOrder(zvecan, 'sq', RULES)).toEqual(['Zveçan', 'Zvečan']);
    expect(namesInOrder(pristina, 'sr', RULES)).toEqual(['Priština', 'Prishtinë']);
    expect(namesInOrder(pristina, 'sr-Cyrl', RULES)).toEqual(['Приштина', 'Prishtinë']);
    expect(namesInOrder(noviPazar, 'sq', RULES)).toEqual(['Pazari i Ri', 'Novi Pazar']);
    expect(namesInOrder(noviPazar, 'en', RULES)).toEqual(['Novi Pazar']);
  });

  it('lists the names in the chosen order, and says when a source has no form for one language', () => {
    expect(nameRows(pristina, 'sr', RULES).map((r) => r.value)).toEqual([
      'Priština',
      'Prishtinë',
      'Приштина',
      'Pristina',
    ]);
    const banovde = { ...pristina, name: { en: 'Banovdë', sq: 'Banovdë', 'sr-Latn': null, 'sr-Cyrl': null } };
    expect(nameRows(banovde, 'local', RULES)).toContainEqual({
      label: 'Serbian',
      lang: 'en',
      value: MISSING_FORM,
    });
    expect(nameRows(noviPazar, 'local', RULES).some((r) => r.value === MISSING_FORM)).toBe(false);
  });

  it('shows one form when both languages spell it alike, and English after local forms that differ', () => {
    const zubin = {
      ...zvecan,
      name: { en: 'Zubin Potok', sq: 'Zubin Potok', 'sr-Latn': 'Zubin Potok', 'sr-Cyrl': null },
    };
    expect(displayName(zubin, 'local', RULES)).toBe('Zubin Potok');
    expect(displayName(pristina, 'local', RULES)).toBe('Prishtinë / Priština (Pristina)');
  });
});
