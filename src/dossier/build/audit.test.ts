/**
 * The editor's checks, each shown firing on a deliberately broken catalog and naming
 * the entry (or event) and the field concerned. The fixture itself passes them all.
 */
import { describe, expect, it } from 'vitest';
import type { CatalogEntry } from '../catalog-types';
import { DossierBuildError, buildDossier, type BuildInput } from './index';
import { fixture } from './test-fixture';

/** The problems an audited build reports (none: it built). */
async function auditProblems(input: BuildInput): Promise<string[]> {
  try {
    await buildDossier(input, { audit: true });
    return [];
  } catch (error) {
    if (error instanceof DossierBuildError) return error.problems;
    throw error;
  }
}

const entryOf = (input: BuildInput, id: string): CatalogEntry => input.catalog.find((e) => e.id === id)!;

/** A well-formed entry the spotter can find in article a1 ("KCNA"). */
function kcnaEntry(): CatalogEntry {
  return {
    id: 'kcna',
    kind: 'organisation',
    name: { de: 'KCNA', en: 'KCNA' },
    role: { de: 'Staatliche Nachrichtenagentur Nordkoreas', en: 'North Korea’s state news agency' },
    aliases: ['KCNA'],
    summary: [
      {
        de: 'Die Agentur zitierte Kim Jong-un am 28. April 2025.',
        en: 'The agency quoted Kim Jong Un on 28 April 2025.',
        sources: [{ article: 'a1', quote: 'von KCNA am Montag (28. April) zitiert' }],
      },
    ],
    facts: [],
    related: [],
    importance: 1,
  };
}

describe('the editor’s audit', () => {
  it('passes the fixture, and runs only when asked', async () => {
    expect(await auditProblems(fixture())).toEqual([]);
    const input = fixture();
    entryOf(input, 'kursk').disputes![0]!.claims[0]!.byEn = undefined;
    await expect(buildDossier(input)).resolves.toBeDefined();
  });

  describe('every entry is found by the spotter, or says why not', () => {
    it('fails an entry no article mentions, naming it and its aliases', async () => {
      const input = fixture();
      input.catalog.push({
        ...kcnaEntry(),
        id: 'atlantis',
        aliases: ['Atlantis'],
        name: { de: 'Atlantis', en: 'Atlantis' },
      });
      const problems = await auditProblems(input);
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/^entry "atlantis": aliases: the spotter finds it in none of the articles/);
    });

    it('accepts it with a reason, and refuses a reason that is not true', async () => {
      const input = fixture();
      const atlantis = kcnaEntry();
      atlantis.summary[0] = {
        ...atlantis.summary[0]!,
        de: 'Eine Insel aus Platons Dialogen.',
        en: 'An island from Plato’s dialogues.',
      };
      input.catalog.push({
        ...atlantis,
        id: 'atlantis',
        aliases: ['Atlantis'],
        noMention: 'Background the articles assume.',
      });
      expect(await auditProblems(input)).toEqual([]);
      input.catalog.push({ ...kcnaEntry(), noMention: 'never named' });
      expect(await auditProblems(input)).toEqual([
        'entry "kcna": noMention says it is never found, but the spotter finds it in a1',
      ]);
    });
  });

  describe('no summary sentence is said twice, and no fact only restates one', () => {
    it('fails a sentence repeated across entries, naming both places', async () => {
      const input = fixture();
      const kursk = entryOf(input, 'kursk');
      entryOf(input, 'gerassimow').summary.push({ ...kursk.summary[0]!, de: kursk.summary[0]!.de.toUpperCase() });
      const problems = await auditProblems(input);
      expect(problems).toEqual([
        // Entries are compared in id order: the later one is named as the repeat.
        expect.stringMatching(
          /^entry "kursk": summary\[0\] "Russische Region.*" repeats entry "gerassimow": summary\[1\] "RUSSISCHE REGION/,
        ),
      ]);
    });

    it('fails a near-repeat within one entry (same words, light edits)', async () => {
      const input = fixture();
      const kim = entryOf(input, 'kim-jong-un');
      kim.summary.push({
        de: 'Kim Jong-un ist der Machthaber Nordkoreas, sagen die Berichte.',
        en: 'Kim Jong Un is the leader of North Korea, the reports say.',
        sources: kim.summary[0]!.sources,
      });
      kim.summary.push({
        de: 'Kim Jong-un sei der Machthaber Nordkoreas, sagen Berichte.',
        en: 'Kim Jong Un is North Korea’s leader, reports say.',
        sources: kim.summary[0]!.sources,
      });
      const problems = await auditProblems(input);
      expect(
        problems.some((p) => /^entry "kim-jong-un": summary\[2\] .* repeats entry "kim-jong-un": summary\[1\]/.test(p)),
      ).toBe(true);
    });

    it('fails a fact that only restates a summary sentence of its entry', async () => {
      const input = fixture();
      const kursk = entryOf(input, 'kursk');
      kursk.facts.push({
        text: { de: 'Nordkoreanische Truppen kämpften dort.', en: 'North Korean troops fought there.' },
        sources: kursk.summary[1]!.sources,
      });
      expect(await auditProblems(input)).toEqual([
        'entry "kursk": fact[1] "Nordkoreanische Truppen kämpften dort." only restates summary[1] "Nordkoreanische Truppen kämpften dort."',
      ]);
      // A short fact whose words all stand in the sentence adds nothing either; one with a new word does.
      kursk.facts[1] = { ...kursk.facts[1]!, text: { de: 'Truppen kämpften dort.', en: 'Troops fought there.' } };
      expect(await auditProblems(input)).toEqual([
        expect.stringMatching(/^entry "kursk": fact\[1\] "Truppen kämpften dort\." only restates summary\[1\]/),
      ]);
      kursk.facts[1] = {
        ...kursk.facts[1]!,
        text: {
          de: 'Truppen kämpften dort laut KCNA bis April 2025.',
          en: 'Troops fought there until April 2025, says KCNA.',
        },
      };
      expect(await auditProblems(input)).toEqual([]);
    });
  });

  describe('every text the English UI shows exists in English', () => {
    it('fails a dispute speaker without English, naming the claim', async () => {
      const input = fixture();
      delete entryOf(input, 'kursk').disputes![0]!.claims[1]!.byEn;
      expect(await auditProblems(input)).toEqual([
        'entry "kursk": disputes[0].claims[1].by "Selenskyj" has no English (byEn)',
      ]);
    });

    it('fails a fact without English', async () => {
      const input = fixture();
      delete entryOf(input, 'kursk').facts[0]!.text.en;
      expect(await auditProblems(input)).toEqual([
        'entry "kursk": fact[0] "Der Kreml meldete die Befreiung am 26. April 2025." has no English text',
      ]);
    });

    it('fails a role line without English (the build checks it even without the audit)', async () => {
      const input = fixture();
      entryOf(input, 'gerassimow').role.en = ' ';
      await expect(buildDossier(input)).rejects.toThrow('entry "gerassimow": role is missing its English text');
    });
  });

  describe('what rests on one outlet alone says so', () => {
    it('fails a sentence, fact, claim or event resting only on an outlet’s text without naming it', async () => {
      const input = fixture();
      input.articles.find((a) => a.id === 'a2')!.outlet = 'example.net';
      const problems = await auditProblems(input);
      expect(problems).toEqual([
        expect.stringMatching(
          /^entry "kursk": summary\[0\] rests on example\.net alone but its German and English text does not say so/,
        ),
        expect.stringMatching(/^entry "kursk": fact\[0\] rests on example\.net alone/),
        expect.stringMatching(/^entry "kursk": disputes\[0\]\.claims\[0\] \(by Kreml\) rests on example\.net alone/),
        expect.stringMatching(/^timeline event 3 rests on example\.net alone/),
      ]);
    });

    it('passes once the text names the outlet in both languages; sources in two articles need no naming', async () => {
      const input = fixture();
      input.articles.find((a) => a.id === 'a2')!.outlet = 'example.net';
      const kursk = entryOf(input, 'kursk');
      kursk.summary[0] = {
        ...kursk.summary[0]!,
        de: 'Laut example.net eine Region an der Grenze.',
        en: 'A border region, according to example.net.',
      };
      kursk.facts[0]!.text = {
        de: 'Laut example.net am 26. April 2025 befreit.',
        en: 'Liberated on 26 April 2025, says example.net.',
      };
      const claim = kursk.disputes![0]!.claims[0]!;
      claim.text = { de: 'Vollständig befreit (so example.net).', en: 'Fully liberated (so example.net).' };
      input.events[2]!.sources.push({ article: 'a1', quote: 'Nordkoreanische Medien berichten erstmals' });
      expect(await auditProblems(input)).toEqual([]);
    });
  });

  it('checks the timeline order against the relations read from the texts', async () => {
    // The order itself is the builder's; a relation that cannot hold fails any build (timeline.test.ts).
    const input = fixture();
    input.events.push({
      id: 'ev-report',
      date: '2024-01',
      text: { de: 'Geheimdienste berichten daraufhin.', en: 'Intelligence services then report.' },
      entries: ['kursk'],
      sources: [{ article: 'a1', quote: 'Südkoreanische und westliche Geheimdienste berichteten daraufhin' }],
    });
    const problems = await auditProblems(input);
    expect(problems).toEqual([
      expect.stringMatching(
        /^timeline event 4 "ev-report" \(2024-01, .*\): "daraufhin" puts it after timeline event 2 .* but its date 2024-01 .* ends before/,
      ),
    ]);
  });
});
