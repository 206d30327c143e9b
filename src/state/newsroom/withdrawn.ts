// The stories taken off the site (issue 41's Unpublish), as stories/index.json lists them: the router
// shows a reader at such a story's link that it was withdrawn, and when.

export interface Withdrawn {
  slug: string;
  at: string;
}

/** The index's `withdrawn`, only its well-formed entries (the reader's page reads the index without zod). */
export function withdrawnEntries(json: unknown): Withdrawn[] {
  if (!Array.isArray(json)) return [];
  return json.filter(
    (w): w is Withdrawn =>
      typeof w === 'object' &&
      w !== null &&
      typeof (w as Withdrawn).slug === 'string' &&
      typeof (w as Withdrawn).at === 'string' &&
      !Number.isNaN(new Date((w as Withdrawn).at).getTime()),
  );
}
