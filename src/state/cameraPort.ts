// The viewer's way to move the camera without going through a render: the interactive map attaches
// its camera here once it can draw; a request made before that (a link's frame in the embed, a
// passage read while the map loads) waits for it, the last one winning.
import type { Camera } from '../camera/camera';

export interface ViewerCamera {
  /** Brings these features into view, clear of the panels over the map. */
  frame: (featureIds: string[]) => void;
  jumpTo: (view: Camera) => void;
}

export interface CameraPort extends ViewerCamera {
  attach: (camera: ViewerCamera) => () => void;
}

export function createCameraPort(): CameraPort {
  let camera: ViewerCamera | null = null;
  let waiting: ((c: ViewerCamera) => void) | null = null;
  const request = (move: (c: ViewerCamera) => void) => {
    if (camera) move(camera);
    else waiting = move;
  };
  return {
    frame: (ids) => request((c) => c.frame(ids)),
    jumpTo: (view) => request((c) => c.jumpTo(view)),
    attach(next) {
      camera = next;
      waiting?.(next);
      waiting = null;
      return () => {
        if (camera === next) camera = null;
      };
    },
  };
}
