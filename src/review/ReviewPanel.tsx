// The editor's desk, above the article: what is left to decide, the keys, the card of the proposal in
// hand (its sentence, its candidates, each shown on the map on hover or focus, a search of the map's
// places, accept / reject / not a place / pick on the map / undo), and the bundle published from the
// decisions (Download story (.zip)). Proposals are marked in the article itself; selecting one opens
// its card here. One decision re-renders the card and the phrases it changes, not a list.
import { useEffect, useMemo, useRef, useState } from 'react';
import type { DeskProps } from '../state/reviewContext';
import { useStory } from '../state/storyContext';
import { KIND_LABELS } from '../cartography/kinds';
import { displayName } from '../domain/names';
import {
  accept,
  addLink,
  counts,
  differences,
  groupOf,
  notAPlace,
  reject,
  retarget,
  type DraftItem,
} from './draft';
import { candidatesFor, sentenceOf } from './candidates';
import { Combobox, type Option } from './Combobox';
import { nextPending, useDesk } from './desk';
import { checkPublished } from './checkPublished';
import { zipBundle } from '../story/bundleZip';
import { publish } from './publish';
import { LOW_CONFIDENCE_LINE, confidenceLine } from './confidence';

const KEYS: [string, string][] = [
  ['j', 'next'],
  ['k', 'previous'],
  ['a', 'accept'],
  ['r', 'reject'],
  ['n', 'not a place'],
  ['c', 'search places'],
  ['p', 'pick on map'],
  ['u', 'undo'],
];

const typing = (target: EventTarget | null) =>
  target instanceof HTMLElement &&
  (target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName));

function download(bytes: Uint8Array, name: string) {
  const url = URL.createObjectURL(new Blob([bytes as BlobPart], { type: 'application/zip' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** The words selected in the article, if they lie within one passage and are verbatim in it. */
function selectedWords(desk: ReturnType<typeof useDesk>): { passageId: string; phrase: string } | string {
  const selection = window.getSelection();
  const phrase = selection?.toString().replace(/\s+/g, ' ').trim() ?? '';
  if (!selection || !phrase) return 'Select some words of the article first.';
  const passageOf = (node: Node | null) =>
    (node instanceof Element ? node : node?.parentElement)
      ?.closest('[data-passage-id]')
      ?.getAttribute('data-passage-id');
  const passageId = passageOf(selection.anchorNode);
  if (!passageId || passageId !== passageOf(selection.focusNode)) return 'Select words within one passage.';
  const passage = desk.story.passages.find((p) => p.id === passageId);
  if (!passage?.text.includes(phrase))
    return 'The selection is not verbatim in the passage (select within one line of text).';
  const at = passage.text.indexOf(phrase);
  const overlaps = desk.draft.items.some((i) => {
    if (i.link.passageId !== passageId || i.state === 'rejected' || i.state === 'not-place') return false;
    const s = passage.text.indexOf(i.link.phrase);
    return s < at + phrase.length && at < s + i.link.phrase.length;
  });
  if (overlaps) return `“${phrase}” overlaps a link of this passage: change that link instead.`;
  return { passageId, phrase };
}

export function ReviewPanel({ index, nameOrder, hover }: DeskProps) {
  const desk = useDesk();
  const { draft, story } = desk;
  const open = useStory();
  const rules = open.story.region.names;
  const card = useRef<HTMLElement>(null);
  const search = useRef<HTMLInputElement>(null);
  const [focusTick, setFocusTick] = useState(0);
  const [confirming, setConfirming] = useState(false);
  const [comparing, setComparing] = useState(false);
  const [problems, setProblems] = useState<string[]>([]);
  const [adding, setAdding] = useState<{ passageId: string; phrase: string } | null>(null);
  const tally = counts(draft);
  const item: DraftItem | undefined = draft.items.find((i) => i.key === desk.current);
  const group = item ? groupOf(draft, item.key) : [];

  const options = useMemo<Option[]>(
    () =>
      [...index.values()]
        .map(({ feature }) => ({
          id: feature.properties.id,
          label: displayName(feature.properties, nameOrder, rules),
          detail: `${KIND_LABELS[feature.properties.kind as keyof typeof KIND_LABELS] ?? feature.properties.kind}${feature.properties.country ? `, ${feature.properties.country}` : ''} · ${feature.properties.id}`,
        }))
        .sort((a, b) => a.label.localeCompare(b.label)),
    [index, nameOrder, rules],
  );
  const nameOf = (id: string) => {
    const entry = index.get(id);
    return entry ? displayName(entry.feature.properties, nameOrder, rules) : `${id} (not on the map)`;
  };

  // After each decision focus stays on the card (the next proposal's), never on the page body.
  useEffect(() => {
    if (focusTick) card.current?.focus();
  }, [focusTick]);

  // A phrase selected in the article opens its card: focus follows it to the desk.
  const shown = desk.current;
  useEffect(() => {
    const active = document.activeElement;
    if (shown && (active === document.body || active?.closest('a.phrase'))) card.current?.focus();
  }, [shown]);

  // The proposal in hand is marked in the article and brought into view.
  useEffect(() => {
    if (!item) return;
    const passage = document.querySelector(`[data-passage-id="${item.link.passageId}"]`);
    const phrase = [...(passage?.querySelectorAll<HTMLElement>('a.phrase') ?? [])].find(
      (a) => a.textContent === item.link.phrase,
    );
    phrase?.setAttribute('aria-current', 'true');
    phrase?.scrollIntoView({ block: 'nearest' });
    return () => phrase?.removeAttribute('aria-current');
  }, [item, open.story.links]);

  // The map shows that it waits for a click; Escape cancels.
  useEffect(() => {
    if (!desk.armed) return;
    document.body.dataset.reviewPicking = 'true';
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      desk.arm(null);
      desk.say('Pick on the map cancelled.');
      setFocusTick((t) => t + 1);
    };
    document.addEventListener('keydown', onKey, true);
    return () => {
      delete document.body.dataset.reviewPicking;
      document.removeEventListener('keydown', onKey, true);
    };
  }, [desk.armed, desk]);

  const act = (run: () => void) => {
    run();
    setFocusTick((t) => t + 1);
  };
  const next = (step: 1 | -1) => act(() => desk.show(nextPending(draft, desk.current, step)));
  const decideAndMove = (nextDraft: typeof draft, said: string) => {
    desk.decide(nextDraft, said);
    desk.show(nextPending(nextDraft, desk.current, 1));
  };
  const verbs = {
    accept: (all: boolean) =>
      item &&
      act(() =>
        decideAndMove(
          accept(draft, all ? group.map((i) => i.key) : [item.key]),
          all && group.length > 1
            ? `Accepted all ${group.length} mentions of “${item.link.phrase}”.`
            : `Accepted “${item.link.phrase}”.`,
        ),
      ),
    reject: () =>
      item && act(() => decideAndMove(reject(draft, [item.key]), `Rejected “${item.link.phrase}”.`)),
    notPlace: () =>
      item &&
      act(() => {
        const n = draft.items.filter(
          (i) => i.link.phrase.toLowerCase() === item.link.phrase.toLowerCase(),
        ).length;
        decideAndMove(
          notAPlace(draft, item.key),
          `“${item.link.phrase}” is not a place here (${n} mention${n === 1 ? '' : 's'}).`,
        );
      }),
    choose: (featureId: string) =>
      item &&
      act(() => {
        const keys = group.map((i) => i.key);
        decideAndMove(
          retarget(draft, keys, featureId),
          `“${item.link.phrase}” → ${nameOf(featureId)}${keys.length > 1 ? ` (all ${keys.length} mentions)` : ''}.`,
        );
      }),
    pick: () => item && (desk.arm(item.key), desk.say(null)),
    undo: () => act(desk.undo),
  };

  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.ctrlKey || event.metaKey || event.altKey || typing(event.target)) return;
      const run: Record<string, () => void> = {
        j: () => next(1),
        k: () => next(-1),
        a: () => verbs.accept(false),
        A: () => verbs.accept(true),
        r: () => verbs.reject(),
        n: () => verbs.notPlace(),
        c: () => search.current?.focus(),
        p: () => verbs.pick(),
        u: () => verbs.undo(),
      };
      const action = run[event.key];
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  });

  const publishNow = () => {
    const published = publish(story, draft, new Date());
    const found = checkPublished(published, (id) => index.has(id));
    setProblems(found);
    if (found.length) return desk.say('Not downloaded: the reviewed story fails its checks (listed below).');
    download(zipBundle(story.slug, published.files), `${story.slug}.zip`);
    const at = new Date().toISOString();
    desk.downloaded(at);
    desk.say(
      `Downloaded ${story.slug}.zip (${Object.keys(published.files).join(', ')}): ${published.story.links.length} links, ${published.story.places?.length ?? 0} places of its own. Import it with npm run story -- import ${story.slug}.zip --replace and rebuild; this draft stays in the browser until you discard it.`,
    );
  };

  const sentence = item
    ? sentenceOf(story.passages.find((p) => p.id === item.link.passageId)?.text ?? '', item.link.phrase)
    : null;
  const candidates = item
    ? candidatesFor(
        item.link,
        item.proposedFeatureId,
        draft.items
          .filter((i) => i.key !== item.key && (i.state === 'accepted' || i.state === 'pending'))
          .map((i) => i.link),
        index,
        nameOrder,
        rules,
        (kind) => KIND_LABELS[kind as keyof typeof KIND_LABELS] ?? kind,
      )
    : [];
  const position = item ? draft.items.indexOf(item) + 1 : 0;

  return (
    <section className="review-panel" data-testid="review-panel" aria-labelledby="review-title">
      <h2 id="review-title">Review the links</h2>
      <p data-testid="review-counts">
        {tally.pending} to review · {tally.accepted} accepted · {tally.rejected} rejected ·{' '}
        {tally['not-place']} not a place
        {desk.restored && ' · your earlier work in this browser was restored'}
      </p>
      <p className="review-keys" data-testid="review-keys">
        Keys:{' '}
        {KEYS.map(([key, what]) => (
          <span key={key}>
            <kbd>{key}</kbd> {what}
          </span>
        ))}{' '}
        · <kbd>Shift</kbd>+<kbd>a</kbd> accept all · <kbd>Esc</kbd> cancel a pick
      </p>
      {desk.stale && (
        <div className="banner-error review-stale" role="alert" data-testid="review-stale">
          <p>
            This story’s bundle changed since your draft began (it was rebuilt or replaced): your draft would
            undo what changed. Choose:
          </p>
          <p className="review-actions">
            <button type="button" onClick={() => act(desk.keepDraft)}>
              Keep my draft
            </button>
            <button type="button" onClick={() => act(desk.takeBundle)}>
              Take the bundle
            </button>
            <button type="button" aria-expanded={comparing} onClick={() => setComparing(!comparing)}>
              Compare
            </button>
          </p>
          {comparing && <Differences />}
        </div>
      )}
      {!desk.stored && (
        <p className="banner-error" role="alert">
          This browser does not let the page store your work: download before closing the tab.
        </p>
      )}
      {desk.armed && (
        <p className="review-armed" role="status" data-testid="review-armed">
          Click the place on the map for “{draft.items.find((i) => i.key === desk.armed)?.link.phrase}”.
          Escape cancels.{' '}
          <button type="button" className="link-button" onClick={() => act(() => desk.arm(null))}>
            Cancel
          </button>
        </p>
      )}
      <section
        className="review-card"
        data-testid="review-card"
        ref={card}
        tabIndex={-1}
        aria-label={item ? `Proposal: ${item.link.phrase}` : 'Proposal'}
        data-state={item?.state}
        data-phrase={item?.link.phrase}
      >
        {!item ? (
          <p>
            {tally.pending === 0 ? 'Every link is decided. ' : ''}Select a marked phrase in the article, or
            press <kbd>j</kbd>.
          </p>
        ) : (
          <>
            <p className="review-position">
              <button type="button" onClick={() => next(-1)} aria-label="Previous proposal">
                ‹
              </button>
              <span>
                {position} of {draft.items.length} · {tally.pending} to review
              </span>
              <button type="button" onClick={() => next(1)} aria-label="Next proposal">
                ›
              </button>
            </p>
            <blockquote className="review-sentence">
              {sentence?.before}
              <mark>{sentence?.phrase}</mark>
              {sentence?.after}
            </blockquote>
            <p>
              <span className={`review-state review-${item.state}`}>{item.state.replace('-', ' ')}</span> →{' '}
              <strong data-testid="review-target">{nameOf(item.link.featureId)}</strong>
              {item.proposedFeatureId && item.proposedFeatureId !== item.link.featureId && (
                <span className="review-was"> (proposed: {nameOf(item.proposedFeatureId)})</span>
              )}
            </p>
            {item.link.proposal && (
              <p className="review-confidence" data-testid="review-confidence">
                {confidenceLine(item.link.proposal.confidence)}
                {item.link.proposal.doubt && <> {item.link.proposal.doubt}</>}
              </p>
            )}
            {!item.link.proposal && item.state === 'pending' && (
              <p className="review-confidence">{LOW_CONFIDENCE_LINE}</p>
            )}
            <p className="review-actions">
              <button type="button" onClick={() => verbs.accept(false)}>
                Accept
              </button>
              {group.length > 1 && (
                <button type="button" onClick={() => verbs.accept(true)}>
                  Accept all {group.length}
                </button>
              )}
              <button type="button" onClick={verbs.reject}>
                Reject
              </button>
              <button type="button" onClick={verbs.notPlace}>
                Not a place here
              </button>
              <button type="button" onClick={verbs.pick} aria-pressed={desk.armed === item.key}>
                Pick on map
              </button>
              <button type="button" onClick={verbs.undo} disabled={desk.history.length === 0}>
                Undo
              </button>
            </p>
            {candidates.length > 0 && (
              <ol className="review-candidates" aria-label="Candidates, best first">
                {candidates.map((c) => (
                  <li key={c.featureId} className={c.proposed ? 'is-proposed' : undefined}>
                    <button
                      type="button"
                      onMouseEnter={() => hover([c.featureId])}
                      onMouseLeave={() => hover([])}
                      onFocus={() => hover([c.featureId])}
                      onBlur={() => hover([])}
                      onClick={() => verbs.choose(c.featureId)}
                      aria-label={`Choose ${c.name}`}
                      aria-current={c.current || undefined}
                    >
                      {c.name}
                    </button>{' '}
                    <span className="review-where">
                      {c.kind}
                      {c.where && `, ${c.where}`}
                      {c.kmFromOthers !== null &&
                        ` · ${Math.round(c.kmFromOthers)} km from the story’s other places`}
                      {` · ${c.sourceId}`}
                      {c.score !== null && ` · score ${c.score.toFixed(2)}`}
                      {c.proposed && ' · proposed'}
                    </span>
                  </li>
                ))}
              </ol>
            )}
            <Combobox
              label={`Another place for “${item.link.phrase}”${group.length > 1 ? ` (all ${group.length} mentions)` : ''}`}
              options={options}
              onChoose={verbs.choose}
              onActive={(id) => hover(id ? [id] : [])}
              inputRef={search}
            />
          </>
        )}
      </section>
      <div className="review-add">
        {adding ? (
          <>
            <p>
              Link <q>{adding.phrase}</q> ({adding.passageId}):{' '}
              <button type="button" className="link-button" onClick={() => setAdding(null)}>
                Cancel
              </button>
            </p>
            <Combobox
              label="Place for the selected words"
              options={options}
              onActive={(id) => hover(id ? [id] : [])}
              onChoose={(featureId) =>
                act(() => {
                  desk.decide(
                    addLink(draft, { ...adding, featureId }),
                    `Linked “${adding.phrase}” to ${nameOf(featureId)}.`,
                  );
                  setAdding(null);
                })
              }
            />
          </>
        ) : (
          <button
            type="button"
            data-testid="review-link-selection"
            // Keep the article's selection: the button must not take it on mouse down.
            onMouseDown={(event) => event.preventDefault()}
            onClick={() => {
              const words = selectedWords(desk);
              if (typeof words === 'string') desk.say(words);
              else {
                desk.say(null);
                setAdding(words);
              }
            }}
          >
            Link the selected words
          </button>
        )}
      </div>
      <p className="review-download">
        <button type="button" data-testid="review-download" onClick={publishNow}>
          Download story (.zip)
        </button>{' '}
        {confirming ? (
          <span role="group" aria-label="Discard the draft?">
            Discard {draft.items.length - tally.pending} decisions?{' '}
            <button
              type="button"
              onClick={() =>
                act(() => {
                  desk.discard();
                  setConfirming(false);
                })
              }
            >
              Discard
            </button>{' '}
            <button type="button" onClick={() => setConfirming(false)}>
              Keep the draft
            </button>
          </span>
        ) : (
          <button type="button" className="link-button" onClick={() => setConfirming(true)}>
            Discard draft
          </button>
        )}
        {desk.discarded && !confirming && (
          <button type="button" className="link-button" onClick={() => act(desk.undoDiscard)}>
            Undo discard
          </button>
        )}
      </p>
      {desk.message && (
        <p role="status" data-testid="review-message">
          {desk.message}
        </p>
      )}
      {problems.length > 0 && (
        <ul className="banner-error" role="alert" data-testid="review-problems">
          {problems.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Differences() {
  const desk = useDesk();
  const lines = desk.stale ? differencesOf(desk) : [];
  return lines.length ? (
    <ul data-testid="review-differences">
      {lines.map((l) => (
        <li key={l}>{l}</li>
      ))}
    </ul>
  ) : (
    <p data-testid="review-differences">Your draft and the bundle decide the same links.</p>
  );
}

const differencesOf = (desk: ReturnType<typeof useDesk>) => differences(desk.draft, desk.stale!);
