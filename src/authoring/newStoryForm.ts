// The new-story form as a value: its fields, as kept in this browser while the editor types (the
// storage module's key), the slug the title proposes, and the input the checks and the geoparser read.
import { slugFromTitle, type StoryInput } from './storyInput';
import { isTitleLine } from './editorialMeta';
import { articleBlocks } from '../story/story';
import { storedNewStoryForm } from '../state/storage';

export type Field = keyof StoryInput;
export interface Form {
  text: string;
  title: string;
  date: string;
  sourceName: string;
  sourceUrl: string;
  slug: string;
  /** The editor wrote the slug themselves: the title no longer proposes it. */
  slugEdited: boolean;
}

export const today = () => {
  const d = new Date();
  return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
};
const EMPTY: Form = {
  text: '',
  title: '',
  date: '',
  sourceName: '',
  sourceUrl: '',
  slug: '',
  slugEdited: false,
};

export function storedForm(): Form {
  try {
    const stored = JSON.parse(storedNewStoryForm.read() ?? 'null') as Partial<Form> | null;
    if (!stored || typeof stored !== 'object') return { ...EMPTY, date: today() };
    const text = (key: keyof Form) => (typeof stored[key] === 'string' ? (stored[key] as string) : '');
    return {
      text: text('text'),
      title: text('title'),
      date: text('date') || today(),
      sourceName: text('sourceName'),
      sourceUrl: text('sourceUrl'),
      slug: text('slug'),
      slugEdited: stored.slugEdited === true,
    };
  } catch {
    return { ...EMPTY, date: today() };
  }
}

export function proposedSlug(form: Form): string {
  const first = articleBlocks(form.text)[0] ?? '';
  return slugFromTitle(form.title.trim() || (isTitleLine(first) ? first : ''));
}

export function inputOf(form: Form): StoryInput {
  return {
    text: form.text,
    slug: form.slug.trim(),
    title: form.title.trim() || undefined,
    date: form.date.trim() || undefined,
    sourceName: form.sourceName.trim() || undefined,
    sourceUrl: form.sourceUrl.trim() || undefined,
  };
}

/** What the form holds, kept as it is typed (a reload loses nothing); a browser that refuses keeps nothing. */
export const keepForm = (form: Form) => storedNewStoryForm.write(JSON.stringify(form));
/** The form is used: the next story starts empty. */
export const forgetForm = () => storedNewStoryForm.remove();
