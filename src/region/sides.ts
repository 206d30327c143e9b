// Words of the region's dispute that the reader's page needs without the schema (zod stays off the
// start-up path: the details and the timeline read a story's sides).

/** The side of a claimant of neither side of the region's dispute (an agency, a third country). */
export const OTHER_SIDE = 'other';
