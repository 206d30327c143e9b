// Whether the page is being printed: set synchronously in `beforeprint` (flushSync), so what only
// the printed page shows (the static map of the view, its legend) is in the DOM when the browser lays
// the page out; Chromium fires it for window.print() and for printing to PDF alike.
import { useEffect, useState } from 'react';
import { flushSync } from 'react-dom';

export function usePrinting(): boolean {
  const [printing, setPrinting] = useState(false);
  useEffect(() => {
    const before = () => flushSync(() => setPrinting(true));
    const after = () => setPrinting(false);
    window.addEventListener('beforeprint', before);
    window.addEventListener('afterprint', after);
    return () => {
      window.removeEventListener('beforeprint', before);
      window.removeEventListener('afterprint', after);
    };
  }, []);
  return printing;
}
