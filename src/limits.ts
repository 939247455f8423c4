/**
 * Size limits of the reader's data, in one place: the store, the messages that carry the
 * data and the forms that take it all use these, so a reader gets the specific message.
 */

/** Characters of one article the reader adds. */
export const MAX_ARTICLE_CHARS = 1_000_000;
/** Characters of one private note. */
export const MAX_NOTE_CHARS = 10_000;
