// A place search for the desk: type to filter, arrows move through the options, Enter (or a click)
// chooses. Nothing is chosen by moving through options (the ARIA combobox pattern, list autocomplete).
import { useId, useMemo, useState } from 'react';
import { searchPlaces, type Option } from './placeSearch';

export type { Option };

const MAX = 30;

export function Combobox({
  label,
  options,
  onChoose,
  onActive,
  onOpen,
  empty = 'No place of that name on the map.',
  inputRef,
}: {
  label: string;
  options: readonly Option[];
  onChoose: (id: string) => void;
  /** The option under the arrow keys or the pointer (shown on the map), or null. */
  onActive: (id: string | null) => void;
  /** Told when the editor starts to search (to fetch more options). */
  onOpen?: () => void;
  /** What the list says when nothing matches. */
  empty?: string;
  inputRef?: React.Ref<HTMLInputElement>;
}) {
  const id = useId();
  const [query, setQuery] = useState('');
  const [expanded, setExpanded] = useState(false);
  // The option under the arrows, by id: when more options arrive (the gazetteer) the list is ranked
  // anew, and Enter must choose the one highlighted, not whatever now stands at its place.
  const [activeId, setActiveId] = useState<string | null>(null);
  const shown = useMemo(() => searchPlaces(options, query, MAX), [query, options]);
  const active = activeId === null ? -1 : shown.findIndex((o) => o.id === activeId);
  const setActive = (to: number) => setActiveId(shown[to]?.id ?? null);
  const move = (to: number) => {
    setActive(to);
    onActive(shown[to]?.id ?? null);
  };
  const choose = (option: Option) => {
    onChoose(option.id);
    setQuery('');
    setExpanded(false);
    setActive(-1);
    onActive(null);
  };
  return (
    <div className="combobox">
      <label htmlFor={`${id}-input`}>{label}</label>
      <input
        id={`${id}-input`}
        ref={inputRef}
        role="combobox"
        type="text"
        autoComplete="off"
        aria-autocomplete="list"
        aria-expanded={expanded}
        aria-controls={`${id}-list`}
        aria-activedescendant={expanded && active >= 0 ? `${id}-o${active}` : undefined}
        value={query}
        placeholder="Type a place’s name"
        onChange={(event) => {
          setQuery(event.target.value);
          setExpanded(true);
          setActive(-1);
        }}
        onFocus={() => {
          setExpanded(true);
          onOpen?.();
        }}
        onBlur={() => {
          setExpanded(false);
          onActive(null);
        }}
        onKeyDown={(event) => {
          // The desk's one-key shortcuts do not apply while typing here.
          event.stopPropagation();
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setExpanded(true);
            move(Math.min(active + 1, shown.length - 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            move(Math.max(active - 1, 0));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            if (expanded && shown[active]) choose(shown[active]);
          } else if (event.key === 'Escape') {
            setExpanded(false);
            setActive(-1);
            onActive(null);
          }
        }}
      />
      {/* Always in the DOM (the input's aria-controls names it), hidden while collapsed. */}
      <ul id={`${id}-list`} role="listbox" aria-label={label} className="combobox-list" hidden={!expanded}>
        {expanded && shown.length === 0 && <li className="combobox-none">{empty}</li>}
        {(expanded ? shown : []).map((option, i) => (
          // Keys act on the input (aria-activedescendant); the pointer chooses here.
          // eslint-disable-next-line jsx-a11y/click-events-have-key-events
          <li
            key={option.id}
            id={`${id}-o${i}`}
            role="option"
            aria-selected={i === active}
            className={i === active ? 'is-active' : undefined}
            // Keep focus in the input: the choice is made on click.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => move(i)}
            onClick={() => choose(option)}
          >
            {option.label} <span className="combobox-detail">{option.detail}</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
