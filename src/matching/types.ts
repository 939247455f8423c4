/**
 * The matcher's public contract, shared by the content script, the dossier builder
 * and the command-line spotter. Pure data: no browser API.
 */

/** Everything the matcher needs to know about one entry. Serialisable (sent to content scripts). */
export interface AliasSet {
  entry: string;
  /** Full names: link anywhere. */
  names: string[];
  /** Link only after one of `names` appeared earlier in the same document. */
  short?: string[];
  /** Link only when the document also mentions one of the `context` entries. */
  generic?: string[];
  context?: string[];
  /** Matched with exact case (acronyms whose lower-case form is a common word). */
  caseSensitive?: string[];
  /** Longer phrases that contain an alias but name something else; they win and link nothing. */
  blockers?: string[];
}

/** One mention: UTF-16 offsets into the caller's original text (block). */
export interface Mention {
  start: number;
  end: number;
  entry: string;
  /** The alias (as written in the AliasSet) that matched. */
  alias: string;
  /**
   * Set when the alias is a conditional form: a short form linked after the full name, or a
   * generic form linked on supporting context. Absent for a full name, which links anywhere.
   */
  form?: 'short' | 'generic';
}

export interface Matcher {
  /**
   * Scan one document given as blocks in reading order (paragraphs, headings…).
   * Document rules (short forms, generic context) see the whole document; the
   * result has one array of mentions per block, offsets relative to that block.
   */
  scanDocument(blocks: readonly string[]): Mention[][];
  /** One text is one document. */
  scan(text: string): Mention[];
}

/**
 * One document scanned incrementally (a page whose blocks arrive or change). Only the
 * new or changed text is scanned; document rules are re-applied over the stored
 * candidates, which costs in proportion to the mentions, not the text.
 */
export interface DocumentState {
  readonly blockCount: number;
  /** Adds blocks at the end; returns the indices of every block whose mentions changed (new ones included). */
  append(blocks: readonly string[]): number[];
  /** Replaces one block's text; returns the indices of every block whose mentions changed. */
  update(index: number, text: string): number[];
  /**
   * Replaces some blocks and appends others in one step: each changed text is scanned
   * once and the document rules run once, however many blocks changed (a page edit
   * touches many blocks at a time). Returns the indices of every block whose mentions changed.
   */
  batch(updates: readonly { index: number; text: string }[], appended: readonly string[]): number[];
  mentions(index: number): readonly Mention[];
  /** Current mentions, one array per block. */
  all(): Mention[][];
}

export interface IncrementalMatcher extends Matcher {
  openDocument(): DocumentState;
}
