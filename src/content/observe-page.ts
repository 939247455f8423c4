/**
 * A whole document read once for the page decision, without marking anything: its text
 * blocks with their regions and mentions, and the entries its title names. The content
 * script keeps the same picture incrementally (PageScanner); this one-shot form serves
 * the relevance evaluation and tests on saved pages, on any standard DOM.
 */
import type { Matcher, Mention } from '../matching/types';
import type { PageObservation } from '../relevance/page-relevance';
import type { Region } from '../relevance/regions';
import { collectBlocks, type TextBlock } from './collect-text';
import { RegionResolver } from './page-regions';

export interface ObservedBlock {
  block: TextBlock;
  region: Region;
  mentions: Mention[];
}

export interface ObservedPage {
  title: string[];
  blocks: ObservedBlock[];
}

export function observeDocument(document: Document, matcher: Matcher): ObservedPage {
  const root = document.body ?? document.documentElement;
  const blocks = root ? collectBlocks(root) : [];
  const regions = new RegionResolver(document);
  const mentions = matcher.scanDocument(blocks.map((b) => b.text));
  return {
    title: titleEntries(document.title, matcher),
    blocks: blocks.map((block, i) => ({ block, region: regions.regionOf(block), mentions: mentions[i] ?? [] })),
  };
}

/** Entries the document's title names (a title is one short document of its own). */
export function titleEntries(title: string, matcher: Matcher): string[] {
  return [...new Set(matcher.scan(title).map((m) => m.entry))];
}

export function toObservation(page: ObservedPage): PageObservation {
  return {
    title: page.title,
    blocks: page.blocks.map((b) => ({
      region: b.region,
      chars: b.block.text.length,
      entries: b.mentions.map((m) => m.entry),
    })),
  };
}
