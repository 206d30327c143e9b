// The new-story form's fields, by their labels: the article (pasted, dropped or chosen as a .txt
// file), title, date, slug, source name and URL, each with its help and the problem found with it.
import type { ReactNode } from 'react';
import { thousands } from './storyInput';
import type { Field, Form } from './newStoryForm';

interface Props {
  id: string;
  form: Form;
  words: number;
  busy: boolean;
  set: (field: keyof Form, value: string) => void;
  readFile: (file: File | undefined) => void;
  /** The attributes of a field's input (its id, whether it is invalid, read-only while parsing). */
  fieldProps: (field: Field) => {
    id: string;
    'aria-invalid': boolean | undefined;
    'aria-describedby': string | undefined;
    readOnly: boolean;
  };
  problemLine: (field: Field) => ReactNode;
}

export function NewStoryFields({ id, form, words, busy, set, readFile, fieldProps, problemLine }: Props) {
  return (
    <>
      <div className="field">
        <label htmlFor={`${id}-text`}>Article text</label>
        <textarea
          {...fieldProps('text')}
          value={form.text}
          rows={14}
          onChange={(e) => set('text', e.target.value)}
          onDragOver={(e) => e.preventDefault()}
          onDrop={(e) => {
            if (!e.dataTransfer.files.length) return;
            e.preventDefault();
            if (busy) return;
            readFile(e.dataTransfer.files[0]);
          }}
        />
        <p className="field-help">
          <span data-testid="word-count">
            {thousands(words)} word{words === 1 ? '' : 's'}
          </span>{' '}
          · separate paragraphs by a blank line · drop a .txt file here, or{' '}
          <label className="file-choice">
            choose one
            <input
              type="file"
              accept=".txt,text/plain"
              disabled={busy}
              onChange={(e) => readFile(e.target.files?.[0])}
            />
          </label>
        </p>
        {problemLine('text')}
      </div>
      <div className="field">
        <label htmlFor={`${id}-title`}>Title</label>
        <input {...fieldProps('title')} value={form.title} onChange={(e) => set('title', e.target.value)} />
        <p className="field-help">Without one, the article’s first line is its title.</p>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-date`}>Date</label>
          <input
            {...fieldProps('date')}
            value={form.date}
            inputMode="numeric"
            placeholder="YYYY-MM-DD"
            onChange={(e) => set('date', e.target.value)}
          />
          <p className="field-help">YYYY-MM-DD: the day the article was published.</p>
          {problemLine('date')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-slug`}>Slug</label>
          <input {...fieldProps('slug')} value={form.slug} onChange={(e) => set('slug', e.target.value)} />
          <p className="field-help">
            The story’s name in links (#story=…): lower-case letters, digits, hyphens.
          </p>
          {problemLine('slug')}
        </div>
      </div>
      <div className="field-row">
        <div className="field">
          <label htmlFor={`${id}-sourceName`}>Source name</label>
          <input
            {...fieldProps('sourceName')}
            value={form.sourceName}
            onChange={(e) => set('sourceName', e.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sourceUrl`}>Source URL</label>
          <input
            {...fieldProps('sourceUrl')}
            value={form.sourceUrl}
            inputMode="url"
            placeholder="https://…"
            onChange={(e) => set('sourceUrl', e.target.value)}
          />
          {problemLine('sourceUrl')}
        </div>
      </div>
    </>
  );
}
