/**
 * Which sentences say something about an entry (issue 18: "chosen for what they say about the entry,
 * not the first sentence that mentions it"). Pure helpers, shared by the proposer and its evaluation.
 */
import { findDates } from '../build/dates';

/** Words that may stand before a subject at the start of a sentence: articles, quote marks. */
const LEAD_IN = /^[„"“»‚']?(?:(?:der|die|das|den|dem|des|ein|eine|the|a|an|auch|so|doch|nun|now|but|and|und)\s+)*$/iu;
/** A role or title before the name ("BWE-Präsident", "Prime Minister"): up to three words. */
const ROLE_WORDS = /^(?:[\p{L}][\p{L}.-]*\s+){0,3}$/u;
/** After the name: a definition, apposition or statement of what it is or did. */
const DEFINED_AFTER =
  /^\s*(?:\([^)]{1,60}\)\s*)?(?:,\s*(?:der|die|das|den|dem|ein|eine|einer|eines|the|a|an|who|which|whose|seit|since)\b|(?:ist|war|sind|waren|wird|wurde|gilt|hat|hatte|is|was|are|were|has|had|will|would)\b)/iu;
/** Speech by the entry: "X sagte", "sagte X", "X said", "laut X", "X: …". */
const SPEECH_VERBS =
  'sagte|sagt|sagten|erklärte|erklärt|betonte|betont|kritisierte|forderte|fordert|warnte|kündigte|teilte|sprach|said|says|told|warned|added|announced|argued|wrote|tweeted';
const SPEECH_AFTER = new RegExp(`^\\s*(?:,\\s*)?(?:${SPEECH_VERBS})\\b|^\\s*:\\s`, 'iu');
const SPEECH_BEFORE = new RegExp(
  `(?:${SPEECH_VERBS}|laut|according to)\\s+(?:der|die|das|dem|the)?\\s*(?:[\\p{L}-]+\\s+){0,2}$`,
  'iu',
);
/** Site text rather than reporting: footers, notices, links, calls to act. */
const BOILERPLATE =
  /https?:\/\/|www\.|\S@\S|©|\bcookies?\b|newsletter|steuernummer|datenschutz|impressum|abonnier|subscribe|sign up|click here|klicken sie|all rights reserved|alle rechte|spendenkonto|spenden?\b|steuerlich absetzbar|gemeinnützig|donate|\bbescheid\b.*\bbefreit\b|terms of (?:use|service)|privacy policy/iu;

/** German formal "you" inside a sentence, or "Ihre/Ihnen" anywhere. */
const FORMAL_ADDRESS = /\p{L}[^.!?]*\s(?:Sie|Ihnen|Ihre[nmrs]?)\b|^(?:Ihnen|Ihre[nmrs]?)\s/u;

/** Whether the entry is what the sentence is about: its subject, defined there, or speaking. */
export function entryIsSubject(text: string, start: number, end: number): boolean {
  return subjectScore(text, start, end) > 0;
}

function subjectScore(text: string, start: number, end: number): number {
  const before = text.slice(0, start);
  const after = text.slice(end);
  let score = 0;
  const words = before.trim() === '' ? '' : `${before.trim()} `;
  // At the head of the sentence, after an article or a short role ("Der CDU-Experte Mark Helfrich erläutert").
  const leads = LEAD_IN.test(words) || (ROLE_WORDS.test(words) && !/[,;:–]/.test(words) && words.length < 40);
  if (leads) score += 2;
  if (DEFINED_AFTER.test(after)) score += 2;
  if (SPEECH_AFTER.test(after) || SPEECH_BEFORE.test(before)) score += 1;
  return score;
}

export interface SentenceFacts {
  text: string;
  /** Where the entry's mention starts and ends in the sentence. */
  mentionStart: number;
  mentionEnd: number;
  /** The sentence gives the entry's role in apposition. */
  hasRole: boolean;
  /** Other proposed entries named in the sentence. */
  others: number;
  isTitle: boolean;
  /** The same sentence stands in more than one article (site text, teaser repeated). */
  repeated?: boolean;
  /** How many proposals already quote this sentence. */
  usedBy?: number;
}

/** Sentences worth quoting about an entity: what they say about it, not where they stand. */
export function sentenceScore(f: SentenceFacts): number {
  const { text } = f;
  let score = 0;
  if (f.hasRole) score += 3;
  const subject = subjectScore(text, f.mentionStart, f.mentionEnd);
  score += subject;
  if (findDates(text).length > 0 || /\b(1[89]|20)\d{2}\b/.test(text)) score += 1;
  // A sentence naming many others is about them as much as about this one.
  // Unless it leads with this one: then the others are what it did.
  if (f.others >= 2) score -= Math.min(f.others - 1, subject >= 2 ? 1 : 3);
  if (text.length < 50) score -= 3;
  if (text.length > 320) score -= 2;
  else if (text.length > 240) score -= 1;
  if (!/[.!?…“"»]$/.test(text) || f.isTitle) score -= 2;
  if (/^[„"“»‚']/.test(text)) score -= 2;
  if (/\?$/.test(text)) score -= 2;
  if (BOILERPLATE.test(text)) score -= 5;
  // The site addressing its reader ("informieren wir Sie", "Ihre Zuwendung"): not reporting.
  if (FORMAL_ADDRESS.test(text)) score -= 3;
  if ((text.match(/\d/g)?.length ?? 0) > text.length * 0.12) score -= 2;
  if (f.repeated) score -= 3;
  // One sentence as the evidence for many proposals says little about most of them.
  // Where it gives the entry's role, the sentence is about it too.
  score -= (f.hasRole ? 0 : subject >= 2 ? 1 : 2) * (f.usedBy ?? 0);
  return score;
}
