import { describe, expect, it } from 'vitest';
import type { Article, Entry } from '../dossier/types';
import { ownEntry } from './reader-rules';
import { withOwnFindings } from './own-evidence';

const article = (id: string, text: string, addedByReader = true): Article => ({
  id,
  title: id,
  language: 'de',
  text,
  ...(addedByReader ? { addedByReader } : {}),
});

describe('own entries in the articles', () => {
  it("get mentions and evidence sentences from the reader's articles like other entries", () => {
    const entry: Entry = ownEntry('own-denkmal', { kind: 'place', name: 'Heldendenkmal', aliases: [] });
    const [found] = withOwnFindings(
      [entry],
      [
        article(
          'mine',
          'Kurz gemeldet. In Pjöngjang soll ein Heldendenkmal für die gefallenen Soldaten entstehen. Sonst nichts.',
        ),
        article('other', 'Hier steht nichts davon.', false),
      ],
    );
    expect(found!.mentions).toEqual({ mine: 1 });
    expect(found!.evidence.map((e) => [e.article, e.quote])).toEqual([
      ['mine', 'In Pjöngjang soll ein Heldendenkmal für die gefallenen Soldaten entstehen.'],
    ]);
  });
});
