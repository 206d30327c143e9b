// Bilingual names: the pipeline's import of src/features/names.ts (inferring the Albanian and Serbian
// forms of a GeoNames place) and of the letters in src/text/letters.ts.
export { editDistance, inferNames, normaliseName, type InferredNames } from '../../src/features/names';
export {
  ALBANIAN_ONLY_LETTERS,
  CYRILLIC,
  CYRILLIC_TO_LATIN,
  fold,
  latinLanguage,
  SERBIAN_ONLY_LETTERS,
  serbianCyrillicToLatin,
  type NameLanguage,
} from '../../src/text/letters';
