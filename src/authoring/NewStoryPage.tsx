// `#new`: a story started in the browser. The editor pastes (or drops, or chooses) the article, gives
// its title, date, source and slug, and presses "Find places": the geoparser runs in a worker with a
// progress bar, the drafted bundle is kept in this browser (localStorage.ts) and opens at the
// editor's desk in the same tab. Nothing leaves the browser. What the form holds is kept as it is
// typed, so a reload loses nothing.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  countWords,
  slugFromTitle,
  storyInputProblems,
  thousands,
  WORDS_ASK_FIRST,
  type StoryInput,
} from './storyInput';
import { loadLocalStory, saveLocalStory } from './localStories';
import { findPlaces, type Progress } from './findPlaces';
import { isTitleLine, withEditorialMeta } from './editorialMeta';
import { articleBlocks } from '../story/story';
import { STAGE_WORDS } from './workerProtocol';
import './newStory.css';

type Field = keyof StoryInput;
interface Form {
  text: string;
  title: string;
  date: string;
  sourceName: string;
  sourceUrl: string;
  slug: string;
  /** The editor wrote the slug themselves: the title no longer proposes it. */
  slugEdited: boolean;
}

const FORM_KEY = 'situation-viewer:new-story-form';
const today = () => {
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

function storedForm(): Form {
  try {
    const stored = JSON.parse(window.localStorage.getItem(FORM_KEY) ?? 'null') as Partial<Form> | null;
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

function proposedSlug(form: Form): string {
  const first = articleBlocks(form.text)[0] ?? '';
  return slugFromTitle(form.title.trim() || (isTitleLine(first) ? first : ''));
}

function inputOf(form: Form): StoryInput {
  return {
    text: form.text,
    slug: form.slug.trim(),
    title: form.title.trim() || undefined,
    date: form.date.trim() || undefined,
    sourceName: form.sourceName.trim() || undefined,
    sourceUrl: form.sourceUrl.trim() || undefined,
  };
}

/** What the form asks the editor before it parses: a long article, or a slug used in this browser. */
type Question = { kind: 'long'; words: number } | { kind: 'replace'; slug: string };

export function NewStoryPage({ publishedSlugs }: { publishedSlugs: readonly string[] }) {
  const id = useId();
  const [form, setForm] = useState<Form>(storedForm);
  const [problems, setProblems] = useState<{ field: Field; message: string }[]>([]);
  const [question, setQuestion] = useState<Question | null>(null);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [failure, setFailure] = useState<string[]>([]);
  const cancel = useRef<(() => void) | null>(null);
  const summary = useRef<HTMLDivElement>(null);
  const words = countWords(form.text);
  const latest = useRef(form);

  useEffect(() => {
    latest.current = form;
    try {
      window.localStorage.setItem(FORM_KEY, JSON.stringify(form));
    } catch {
      // not stored: the form still works
    }
  }, [form]);
  useEffect(() => () => cancel.current?.(), []);
  useEffect(() => {
    if (problems.length) summary.current?.focus();
  }, [problems]);

  const set = (field: keyof Form, value: string) =>
    setForm((f) => {
      const next = { ...f, [field]: value };
      // Until the editor writes a slug, it follows the title (or the article's own title line).
      if ((field === 'title' || field === 'text') && !f.slugEdited) next.slug = proposedSlug(next);
      if (field === 'slug') next.slugEdited = value !== '';
      return next;
    });

  const input = () => inputOf(form);

  const start = () => {
    setQuestion(null);
    setFailure([]);
    const request = input();
    const day = today();
    // The slug is chosen now: a title changed while places are found no longer proposes another
    // (unless no story comes of it).
    const slugWasEdited = form.slugEdited;
    setForm((f) => ({ ...f, slugEdited: true }));
    const failed = (problems: string[]) => {
      setProgress(null);
      setFailure(problems);
      setForm((f) => ({ ...f, slugEdited: slugWasEdited }));
    };
    // Busy from this moment (the worker's first word comes after its code has loaded).
    setProgress({ stage: 'gazetteer', fraction: 0 });
    cancel.current = findPlaces({ input: request, today: day }, setProgress, (result) => {
      cancel.current = null;
      if (result.kind === 'failed') {
        failed(result.problems);
        return;
      }
      // The title, date and source may be changed while places are found; the text and slug may not.
      const now = inputOf(latest.current);
      if (now.text !== request.text || now.slug !== request.slug)
        return failed([
          'The article text or the slug changed while places were found: press Find places again.',
        ]);
      const fieldProblems = storyInputProblems(now);
      if (fieldProblems.length) {
        failed([]);
        return setProblems(fieldProblems);
      }
      if (!saveLocalStory(request.slug, withEditorialMeta(result.files, now, day)))
        return failed([
          'This browser does not let the page store the story (private mode, or its storage is full): free some room and try again.',
        ]);
      try {
        window.localStorage.removeItem(FORM_KEY);
      } catch {
        // nothing stored
      }
      window.location.hash = `story=${request.slug}&review`;
    });
  };

  const submit = (event: FormEvent, confirmed: Question['kind'][] = []) => {
    event.preventDefault();
    if (cancel.current) return; // places are being found already
    const request = input();
    const found = storyInputProblems(request);
    if (publishedSlugs.includes(request.slug))
      found.push({
        field: 'slug',
        message: `This viewer already publishes a story “${request.slug}”: choose another slug.`,
      });
    setProblems(found);
    if (found.length) return;
    if (words > WORDS_ASK_FIRST && !confirmed.includes('long')) return setQuestion({ kind: 'long', words });
    if (loadLocalStory(request.slug) && !confirmed.includes('replace'))
      return setQuestion({ kind: 'replace', slug: request.slug });
    start();
  };

  const readFile = async (file: File | undefined) => {
    if (!file) return;
    if (!/\.txt$/i.test(file.name) && file.type !== 'text/plain')
      return setProblems([
        { field: 'text', message: `“${file.name}” is not a .txt file: choose a plain-text file.` },
      ]);
    set('text', await file.text());
    setProblems([]);
  };

  const problemOf = (field: Field) => problems.find((p) => p.field === field)?.message;
  const busy = progress !== null;
  const fieldProps = (field: Field) => ({
    id: `${id}-${field}`,
    'aria-invalid': problemOf(field) ? true : undefined,
    'aria-describedby': problemOf(field) ? `${id}-${field}-problem` : undefined,
    // The text and slug are what is being parsed; the other fields can still be changed.
    readOnly: busy && (field === 'text' || field === 'slug'),
  });
  const problemLine = (field: Field) =>
    problemOf(field) && (
      <p className="field-problem" id={`${id}-${field}-problem`}>
        {problemOf(field)}
      </p>
    );

  return (
    <main className="new-story" data-testid="new-story">
      <p className="new-story-back">
        <a href="#stories">← All stories</a>
      </p>
      <h1>New story</h1>
      <p className="new-story-intro">
        Paste an article: the places it names are found in this browser, and the story opens at the editor’s
        desk to review them. Nothing is sent anywhere; the story stays in this browser until you download it.
      </p>
      {problems.length > 0 && (
        <div
          className="banner-error"
          role="alert"
          tabIndex={-1}
          ref={summary}
          data-testid="new-story-problems"
        >
          <p>The story cannot be started yet:</p>
          <ul>
            {problems.map((p) => (
              <li key={p.field + p.message}>
                <a
                  href={`#${id}-${p.field}`}
                  onClick={(e) => (e.preventDefault(), document.getElementById(`${id}-${p.field}`)?.focus())}
                >
                  {p.message}
                </a>
              </li>
            ))}
          </ul>
        </div>
      )}
      <form onSubmit={(e) => submit(e)} noValidate>
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
              void readFile(e.dataTransfer.files[0]);
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
                onChange={(e) => void readFile(e.target.files?.[0])}
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
        {question?.kind === 'long' && (
          <div className="new-story-question" role="alert">
            <p>
              This article has {thousands(question.words)} words, more than {thousands(WORDS_ASK_FIRST)}:
              finding its places takes longer, and reviewing them does too. Go on?
            </p>
            <button type="button" onClick={(e) => submit(e, ['long'])}>
              Find places anyway
            </button>{' '}
            <button type="button" onClick={() => setQuestion(null)}>
              Cancel
            </button>
          </div>
        )}
        {question?.kind === 'replace' && (
          <div className="new-story-question" role="alert">
            <p>
              This browser already holds a story “{question.slug}” started here: finding places again replaces
              what the geoparser proposed. A review of it already begun is kept, and the desk asks whether to
              carry it over to the new proposals.
            </p>
            <button type="button" onClick={(e) => submit(e, ['long', 'replace'])}>
              Replace it
            </button>{' '}
            <a href={`#story=${question.slug}&review`}>Open it instead</a>{' '}
            <button type="button" onClick={() => setQuestion(null)}>
              Cancel
            </button>
          </div>
        )}
        <p className="new-story-actions">
          <button type="submit" className="primary" disabled={busy}>
            Find places
          </button>
          {busy && (
            <button
              type="button"
              onClick={() => {
                cancel.current?.();
                cancel.current = null;
                setProgress(null);
                setFailure(['You stopped finding places.']);
              }}
            >
              Stop
            </button>
          )}
        </p>
        {progress && (
          <div className="new-story-progress" data-testid="find-progress">
            <label htmlFor={`${id}-progress`}>
              {/* The stage is announced (four times in all); the percentage is the bar's to show. */}
              <span aria-live="polite">{STAGE_WORDS[progress.stage]}…</span>{' '}
              {Math.round(progress.fraction * 100)} %
            </label>
            <progress id={`${id}-progress`} max={1} value={progress.fraction} />
          </div>
        )}
        {failure.length > 0 && (
          <div className="banner-error" role="alert" data-testid="find-failure">
            <p>No story was started:</p>
            <ul>
              {failure.map((f) => (
                <li key={f}>{f}</li>
              ))}
            </ul>
          </div>
        )}
      </form>
    </main>
  );
}
