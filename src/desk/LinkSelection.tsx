// "Link the selected words": a link the geoparser missed, from words the editor selects in the
// article, to a place chosen in a search of the map's places.
import type { StoryAction } from '../state/store';
import { useStore, useStoryStore } from '../state/useStore';
import { Combobox, type Option } from '../ui/Combobox';
import { selectedWords } from './selectedWords';

interface Props {
  options: readonly Option[];
  hover: (featureIds: string[]) => void;
  act: (action: StoryAction) => void;
}

export function LinkSelection({ options, hover, act }: Props) {
  const store = useStoryStore();
  const linking = useStore((s) => s.desk!.linking);
  if (!linking)
    return (
      <div className="review-add">
        <button
          type="button"
          data-testid="review-link-selection"
          // Keep the article's selection: the button must not take it on mouse down.
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => {
            const { bundle, desk } = store.getState();
            const words = selectedWords(window.getSelection(), bundle.story.passages, desk!.draft);
            if (typeof words === 'string') store.dispatch({ type: 'desk/say', message: words });
            else store.dispatch({ type: 'desk/linkWords', words });
          }}
        >
          Link the selected words
        </button>
      </div>
    );
  return (
    <div className="review-add">
      <p>
        Link <q>{linking.phrase}</q> ({linking.passageId}):{' '}
        <button
          type="button"
          className="link-button"
          onClick={() => store.dispatch({ type: 'desk/linkWords', words: null })}
        >
          Cancel
        </button>
      </p>
      <Combobox
        label="Place for the selected words"
        options={options}
        onActive={(id) => hover(id ? [id] : [])}
        onChoose={(featureId) => act({ type: 'desk/addLink', link: { ...linking, featureId } })}
      />
    </div>
  );
}
