import { describe, expect, it } from 'vitest';
import { createCameraPort, type ViewerCamera } from '../../../src/state/cameraPort';

const recorder = () => {
  const calls: string[] = [];
  const camera: ViewerCamera = {
    frame: (ids) => calls.push(`frame ${ids.join(',')}`),
    jumpTo: (v) => calls.push(`jump ${v.zoom}`),
  };
  return { calls, camera };
};

describe('the camera port', () => {
  it('passes requests to the attached camera at once', () => {
    const port = createCameraPort();
    const { calls, camera } = recorder();
    port.attach(camera);
    port.frame(['a']);
    port.jumpTo({ zoom: 9, lat: 42, lon: 21 });
    expect(calls).toEqual(['frame a', 'jump 9']);
  });

  it('keeps the last request made before the map could draw, and waits again once it detached', () => {
    const port = createCameraPort();
    port.frame(['a']);
    port.frame(['b']);
    const { calls, camera } = recorder();
    const detach = port.attach(camera);
    expect(calls).toEqual(['frame b']);
    detach();
    port.frame(['c']);
    expect(calls).toEqual(['frame b']);
  });
});
