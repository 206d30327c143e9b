// Where the browser journeys find the newsroom server (tests/browser/newsroomServer.ts, started by
// playwright.config.ts beside `vite preview`): its port (NEWSROOM_PORT, never one of 4173–4179, which
// the bench and CI use), and the accounts it starts with, each with the same test password.
export const NEWSROOM_PORT = Number(process.env.NEWSROOM_PORT ?? 4189);
export const NEWSROOM_ORIGIN = `http://127.0.0.1:${NEWSROOM_PORT}`;
export const NEWSROOM_PASSWORD = 'correct horse battery staple';
export const NEWSROOM_USERS = {
  ana: 'editor',
  bojan: 'editor',
  vesna: 'editor',
  rita: 'reporter',
  drita: 'reporter',
} as const;
