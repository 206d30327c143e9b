// Where the browser tests find the built viewer: `vite preview` on this port (PREVIEW_PORT lets two
// checkouts run their browser tests side by side).
export const PREVIEW_PORT = Number(process.env.PREVIEW_PORT ?? 4174);
export const ORIGIN = `http://127.0.0.1:${PREVIEW_PORT}`;
