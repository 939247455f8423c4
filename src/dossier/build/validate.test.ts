import { describe, expect, it } from 'vitest';
import { DossierBuildError, buildDossier } from './index';
import type { BuildInput } from './validate';
import { validateInput } from './validate';
import { fixture } from './test-fixture';

/** The problems the build reports for a fixture changed by `breakIt`. */
async function problemsOf(breakIt: (input: BuildInput) => void): Promise<string[]> {
  const input = fixture();
  breakIt(input);
  try {
    await buildDossier(input);
  } catch (e) {
    expect(e).toBeInstanceOf(DossierBuildError);
    return (e as DossierBuildError).problems;
  }
  throw new Error('the build did not fail');
}

const entryOf = (input: BuildInput, id: string) => input.catalog.find((e) => e.id === id)!;

describe('validation', () => {
  it('accepts the fixture', () => {
    expect(validateInput(fixture())).toEqual([]);
  });

  it('names an article whose date range is malformed or backwards', async () => {
    expect(await problemsOf((i) => void (i.articles[0]!.dateRange = { from: '2024-13', to: '2024' }))).toEqual([
      'article "a1": dateRange 2024-13 … 2024 is not two ISO 8601 dates',
    ]);
    expect(await problemsOf((i) => void (i.articles[0]!.dateRange = { from: '2025-04-28', to: '2024-12' }))).toEqual([
      'article "a1": dateRange starts (2025-04-28) after it ends (2024-12)',
    ]);
  });

  it('names the entry and the quote when a quote is not in its article', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'gerassimow').summary[0]!.sources[0]!.quote = 'Am Samstag erklärte Gerassimow';
    });
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain('entry "gerassimow"');
    expect(problems[0]).toContain('summary sentence 1');
    expect(problems[0]).toContain('quote not found in article "a1": "Am Samstag erklärte Gerassimow"');
    expect(problems[0]).toContain('matches up to "…Am Samstag erklärte "');
  });

  it('finds quotes with different whitespace but not with different characters', async () => {
    const input = fixture();
    entryOf(input, 'gerassimow').summary[0]!.sources[0]!.quote = '  Am  Samstag\nerklärte Waleri\u00a0Gerassimow ';
    expect(validateInput(input)).toEqual([]);
    const problems = await problemsOf((i) => {
      entryOf(i, 'kursk').disputes![0]!.claims[0]!.sources[0]!.quote = 'die Region Kursk vollständig „befreit“ habe';
    });
    expect(problems[0]).toMatch(/entry "kursk": dispute 1 .*claim 1 \(by Kreml\), source 1: quote not found/);
  });

  it('reports an entry without sources', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'gerassimow').summary[0]!.sources = [];
    });
    expect(problems).toEqual([
      'entry "gerassimow": summary sentence 1 "Meldete die Rückeroberung von Kursk." has no sources',
      'entry "gerassimow" has no sources at all: its summary, facts and disputes cite nothing',
    ]);
  });

  it('reports unknown article ids with the quote', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'kim-jong-un').summary[0]!.sources[0]!.article = 'a9';
    });
    expect(problems).toEqual([
      'entry "kim-jong-un": summary sentence 1 "Machthaber Nordkoreas.", source 1 cites unknown article "a9" (quote "wird Kim Jong-un von KCNA am Montag (28. April) zitiert")',
    ]);
  });

  it('reports unknown related ids, context ids and timeline entries', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'kursk').related.push('moskau');
      entryOf(i, 'kim-jong-un').match = { short: ['Kim'], generic: ['Kim'], context: ['nordkorea'] };
      i.events[0]!.entries.push('kreml');
    });
    expect(problems).toContain('entry "kursk": related entry "moskau" does not exist');
    expect(problems).toContain('entry "kim-jong-un": match context entry "nordkorea" does not exist');
    expect(problems.some((p) => p.startsWith('timeline event 1') && p.endsWith('unknown entry "kreml"'))).toBe(true);
  });

  it('reports duplicate ids', async () => {
    const problems = await problemsOf((i) => {
      i.catalog.push(structuredClone(entryOf(i, 'gerassimow')));
      i.articles.push(structuredClone(i.articles[0]!));
    });
    expect(problems).toContain('duplicate entry id "gerassimow"');
    expect(problems).toContain('duplicate article id "a1"');
  });

  it('reports alias collisions without a rule, and accepts them with one', async () => {
    const collide = (i: BuildInput): void => {
      // Same key for the matcher: case and hyphen/space do not count.
      entryOf(i, 'gerassimow').aliases.push('kim jong-un');
    };
    const problems = await problemsOf(collide);
    expect(problems).toEqual([
      'alias "Kim Jong-un" of entry "kim-jong-un" collides with alias "kim jong-un" of entry "gerassimow": ' +
        'list it under match.short, match.generic or match.caseSensitive of one of them, or add a blocker',
    ]);

    for (const rule of [
      (i: BuildInput) => void (entryOf(i, 'gerassimow').match = { short: ['kim jong-un'] }),
      (i: BuildInput) => void (entryOf(i, 'gerassimow').match = { generic: ['kim jong-un'], context: ['kursk'] }),
      (i: BuildInput) => void (entryOf(i, 'gerassimow').match = { caseSensitive: ['kim jong-un'] }),
      (i: BuildInput) => void (entryOf(i, 'kim-jong-un').match!.blockers = ['General Kim Jong-un']),
    ]) {
      const input = fixture();
      collide(input);
      rule(input);
      expect(validateInput(input)).toEqual([]);
    }
  });

  it('reports a summary or role missing a language', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'kursk').summary[1]!.en = ' ';
      entryOf(i, 'kim-jong-un').summary[0]!.de = '';
      entryOf(i, 'gerassimow').role.en = '';
    });
    expect(problems).toEqual([
      'entry "kursk": summary sentence 2 "Nordkoreanische Truppen kämpften dort." is missing its English text',
      'entry "kim-jong-un": summary sentence 1 "Leader of North Korea." is missing its German text',
      'entry "gerassimow": role is missing its English text',
    ]);
  });

  it('reports a dispute with fewer than two claims', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'kursk').disputes![0]!.claims.pop();
    });
    expect(problems).toEqual([
      'entry "kursk": dispute 1 "Ist Kursk vollständig zurückerobert?" has 1 claim(s); a dispute needs at least two sides',
    ]);
  });

  it('reports a timeline date that contradicts its quote, or one that cannot be found', async () => {
    const problems = await problemsOf((i) => {
      i.events[0]!.date = '2025-04-27';
      i.events[1]!.sources = [{ article: 'a1', quote: 'wird Kim Jong-un' }];
    });
    expect(problems).toEqual([
      'timeline event 1 (2025-04-27, "Gerassimow meldet Kursk als zurückerobert."): its date 2025-04-27 disagrees with what its quotes say ("Am Samstag" = 2025-04-26)',
      'timeline event 2 (no date, "KCNA zitiert Kim Jong-un."): has no date and none of its quotes states one',
    ]);
  });

  it('reports a fact date that contradicts its quote', async () => {
    const problems = await problemsOf((i) => {
      entryOf(i, 'kursk').facts[0]!.date = '2025-05';
    });
    expect(problems).toEqual([
      'entry "kursk": fact 1 "Der Kreml meldete die Befreiung am 26. April 2025.": its date 2025-05 disagrees with what its quotes say ("Am 26. April 2025" = 2025-04-26)',
    ]);
  });

  it('collects every problem into one error', async () => {
    const input = fixture();
    entryOf(input, 'kursk').related.push('nowhere');
    entryOf(input, 'gerassimow').summary[0]!.en = '';
    input.articles[0]!.date = '28.04.2025';
    const error = await buildDossier(input).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DossierBuildError);
    const message = (error as Error).message;
    expect(message).toMatch(/^The dossier does not build \(\d+ problems\):\n- /);
    expect(message).toContain('article "a1": date "28.04.2025" is not ISO 8601');
    expect(message).toContain('related entry "nowhere"');
    expect(message).toContain('is missing its English text');
  });
});
