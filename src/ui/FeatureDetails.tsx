// What a reader learns about one feature: names, kind, facts, precision, sources, and the passages of
// the article about it. Shown in the map popup, and in the feature list when there is no map.
import type { SituationFeature } from '../data/schema';
import { PASSAGES } from '../article/passages';
import { CLAIMANTS, LINKS } from '../article/links';
import { linksOfFeature } from '../article/linking';
import { featureFacts } from '../map/featureFacts';
import { KIND_LABELS, PRECISION_LABELS } from './names';
import { safeHttpUrl } from './safeUrl';
import { Quote } from './Quote';

/** The popup has no scroller of its own (it must stay readable on small maps): at most this many quotes. */
const MAX_QUOTES = 3;

interface Props {
  feature: SituationFeature;
  color: string;
  onShowPassage: (passageId: string) => void;
}

export function FeatureDetails({ feature, color, onShowPassage }: Props) {
  const p = feature.properties;
  const links = linksOfFeature(LINKS, p.id);
  const shown = links.slice(0, MAX_QUOTES);
  const more = links.slice(MAX_QUOTES);
  return (
    <article className="feature-details" data-testid="feature-details" data-feature-id={p.id}>
      <h2 className="feature-title">{p.name.en}</h2>
      <dl className="names">
        {p.name.sq && (
          <div>
            <dt>Albanian</dt>
            <dd lang="sq">{p.name.sq}</dd>
          </div>
        )}
        {p.name.sr && (
          <div>
            <dt>Serbian</dt>
            <dd lang="sr-Latn">
              {p.name.sr}
              {p.name.srCyrl && <span lang="sr-Cyrl"> / {p.name.srCyrl}</span>}
            </dd>
          </div>
        )}
        <div>
          <dt>Kind</dt>
          <dd>{KIND_LABELS[p.kind] ?? p.kind}</dd>
        </div>
        {featureFacts(feature).map((fact) => (
          <div key={fact.label}>
            <dt>{fact.label}</dt>
            <dd>{fact.value}</dd>
          </div>
        ))}
      </dl>
      <p className={`precision precision-${p.precision}`}>
        <strong>{PRECISION_LABELS[p.precision]}.</strong> {p.note}
      </p>
      {links.length > 0 && (
        <section aria-label="In the article">
          <h3>In the article</h3>
          <ul className="passage-quotes">
            {shown.map((link, i) => {
              const passage = PASSAGES.find((x) => x.id === link.passageId)!;
              return (
                <li key={i} data-testid="popup-passage">
                  <Quote text={passage.text} phrase={link.phrase} color={color} />
                  <p className="claimant">According to: {CLAIMANTS[link.claimant]}</p>
                  {link.note && <p className="viewer-note-inline">Viewer's note: {link.note}</p>}
                  <button type="button" className="link-button" onClick={() => onShowPassage(link.passageId)}>
                    Show in article
                  </button>
                </li>
              );
            })}
          </ul>
          {more.length > 0 && (
            <button type="button" className="link-button" onClick={() => onShowPassage(more[0].passageId)}>
              {more.length} more passage{more.length > 1 ? 's' : ''} about it: show in article
            </button>
          )}
        </section>
      )}
      <details className="provenance">
        <summary>Sources and how it was drawn</summary>
        <p>{p.derivation}</p>
        <ul>
          {p.sources.map((s) => {
            const href = safeHttpUrl(s.url);
            return (
              <li key={s.id}>
                {href ? (
                  <a href={href} target="_blank" rel="noreferrer noopener">
                    {s.name}
                  </a>
                ) : (
                  s.name
                )}{' '}
                — {s.licence}. {s.attribution}
              </li>
            );
          })}
        </ul>
      </details>
    </article>
  );
}
