// "Link the selected words": a link the geoparser missed, from words the editor selects in the
// article, to a place chosen in a search of the map's places.
import { useState } from 'react';
import { addLink } from './draft';
import { useDesk } from './desk';
import { Combobox, type Option } from './Combobox';
import { selectedWords, type SelectedWords } from './selectedWords';

interface Props {
  options: readonly Option[];
  nameOf: (featureId: string) => string;
  hover: (featureIds: string[]) => void;
  act: (run: () => void) => void;
}

export function LinkSelection({ options, nameOf, hover, act }: Props) {
  const desk = useDesk();
  const [adding, setAdding] = useState<SelectedWords | null>(null);
  if (!adding)
    return (
      <div className="review-add">
        <button
          type="button"
          data-testid="review-link-selection"
          // Keep the article's selection: the button must not take it on mouse down.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const words = selectedWords(window.getSelection(), desk.story.passages, desk.draft);
            if (typeof words === 'string') desk.say(words);
            else {
              desk.say(null);
              setAdding(words);
            }
          }}
        >
          Link the selected words
        </button>
      </div>
    );
  return (
    <div className="review-add">
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
              addLink(desk.draft, { ...adding, featureId }),
              `Linked “${adding.phrase}” to ${nameOf(featureId)}.`,
            );
            setAdding(null);
          })
        }
      />
    </div>
  );
}
