// `#new`: a story started in the browser. The editor pastes (or drops, or chooses) the article, gives
// its title, date, source and slug, and presses "Find places": the geoparser runs in a worker with a
// progress bar, the drafted bundle is kept in this browser (localStories.ts) and opens at the
// editor's desk in the same tab. Nothing leaves the browser. What the form holds is kept as it is
// typed, so a reload loses nothing.
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { countWords, storyInputProblems, thousands, WORDS_ASK_FIRST } from './storyInput';
import { loadLocalStory, saveLocalStory } from './localStories';
import { findPlaces, type Progress } from './findPlaces';
import { withEditorialMeta } from './editorialMeta';
import { STAGE_WORDS } from './workerProtocol';
import {
  forgetForm,
  inputOf,
  keepForm,
  proposedSlug,
  storedForm,
  today,
  type Field,
  type Form,
} from './newStoryForm';
import { NewStoryFields } from './NewStoryFields';
import './newStory.css';

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
    // Not stored: the form still works.
    keepForm(form);
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
      forgetForm();
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
        <NewStoryFields
          id={id}
          form={form}
          words={words}
          busy={busy}
          set={set}
          readFile={(file) => void readFile(file)}
          fieldProps={fieldProps}
          problemLine={problemLine}
        />
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
