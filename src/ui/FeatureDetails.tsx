// What a reader learns about one feature: names, kind, facts, precision, sources, and the passages of
// the article about it. Shown in the details panel (src/ui/DetailsPanel.tsx).
import type { SituationFeature } from '../domain/schema';
import { useStore } from '../state/useStore';
import { shownStory } from '../state/shown';
import { linksOfFeature } from '../story/linking';
import { claimantName } from '../story/claimants';
import { featureFacts } from '../domain/featureFacts';
import { KIND_LABELS } from '../cartography/kinds';
import {
  nameRows,
  namesInOrder,
  PRECISION_EXPLANATIONS,
  PRECISION_LABELS,
  type NameOrder,
} from '../domain/names';
import { SourceLink } from './SourceLink';
import { Quote } from './Quote';
import { CitationList } from './CitationList';

interface Props {
  feature: SituationFeature;
  color: string;
  /** The passage and the words the reader clicked (within a linked phrase): quoted first. */
  via: { passageId: string; phrase: string } | null;
  nameOrder: NameOrder;
  onShowPassage: (passageId: string) => void;
}

export function FeatureDetails({ feature, color, via, nameOrder, onShowPassage }: Props) {
  const p = feature.properties;
  // The passages as shown (at the desk, the draft's links), and the bundle's text, names and claimants.
  const shownLinks = useStore((s) => shownStory(s).story.links);
  const story = useStore((s) => s.bundle.story);
  const all = linksOfFeature(shownLinks, p.id);
  const isVia = (l: (typeof all)[number]) =>
    via !== null && l.passageId === via.passageId && l.phrase.includes(via.phrase);
  // Every passage about the feature (the details scroll); the one the reader came from first.
  const links = [...all.filter(isVia), ...all.filter((l) => !isVia(l))];
  return (
    <article className="feature-details" data-testid="feature-details" data-feature-id={p.id}>
      <h2 className="feature-title" tabIndex={-1}>
        {p.name.en}
      </h2>
      <p className="local-names" data-testid="local-names">
        {namesInOrder(p, nameOrder, story.region.names).join(' / ')}
      </p>
      <dl className="names">
        {nameRows(p, nameOrder, story.region.names).map((row) => (
          <div key={row.label}>
            <dt>{row.label}</dt>
            <dd lang={row.lang}>{row.value}</dd>
          </div>
        ))}
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[p.kind]}</dd>
        </div>
        {featureFacts(feature).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className={`precision precision-${p.precision}`}>
        <strong>{PRECISION_LABELS[p.precision]}</strong>: {PRECISION_EXPLANATIONS[p.precision]} {p.note}
      </p>
      <CitationList sources={p.noteSources} label="Sources of the note" />
      {links.length > 0 && (
        <section aria-label="In the article">
          <h3>In the article</h3>
          <ul className="passage-quotes">
            {links.map((link, i) => {
              const passage = story.passages.find((x) => x.id === link.passageId)!;
              return (
                <li key={i} data-testid="details-passage" className={isVia(link) ? 'is-via' : undefined}>
                  {isVia(link) && <p className="via-label">The passage you came from</p>}
                  <Quote text={passage.text} phrase={link.phrase} color={color} />
                  <p className="claimant">According to: {claimantName(story.meta, link.claimant)}</p>
                  {link.status === 'proposed' && (
                    <p className="proposed-note">Proposed link, not reviewed by an editor.</p>
                  )}
                  {link.note && <p className="viewer-note-inline">Viewer's note: {link.note}</p>}
                  <button type="button" className="link-button" onClick={() => onShowPassage(link.passageId)}>
                    Show in article
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      )}
      <details className="provenance">
        <summary>Sources and how it was drawn</summary>
        <p>{p.derivation}</p>
        <ul>
          {p.sources.map((s) => (
            <li key={s.id}>
              <SourceLink name={s.name} url={s.url} /> — {s.licence}. {s.attribution}
            </li>
          ))}
        </ul>
      </details>
    </article>
  );
}
