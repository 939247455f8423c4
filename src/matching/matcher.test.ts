import { describe, expect, it } from 'vitest';
import { aliasSetFor, compileMatcher } from './index';
import { FIXTURE } from './test-fixture';

const matcher = compileMatcher(FIXTURE);

/** "surface=entry" for every mention, in order. */
function found(text: string): string[] {
  return matcher.scan(text).map((m) => `${text.slice(m.start, m.end)}=${m.entry}`);
}

describe('word boundaries', () => {
  it.each([
    ['Kurskö', 'Kursk'],
    ['Krimi am Sonntag', 'Krim'],
    ['Kriminalität', 'Krim'],
    ['Romantik in Rom mit Trump', 'Rom'],
    ['ein Roman über Donald Trump', 'Rom'],
    ['Kimchi nach Kim Jong-un', 'Kimchi'],
    ['zwei Tassen Kaffee', 'Tass'],
    ['Tennis und NIS', 'Tennis'],
  ])('no match inside a word: %s', (text, inner) => {
    const at = text.indexOf(inner);
    for (const m of matcher.scan(text)) {
      expect(m.start >= at + inner.length || m.end <= at).toBe(true);
    }
  });

  it('matches at word edges next to punctuation and digits', () => {
    expect(found('(Kursk), „Pjöngjang“ 2024Kursk Kursk2')).toEqual(['Kursk=kursk', 'Pjöngjang=pjoengjang']);
  });

  it('does not take a following digit as part of a generic alias', () => {
    expect(found('Nordkorea: Artikel 40 und Artikel 4.')).toEqual(['Nordkorea=nordkorea', 'Artikel 4=artikel-4']);
  });
});

describe('inflection by rule', () => {
  it('takes German genitive -s/-es and the apostrophe genitive', () => {
    expect(found('Kursks Lage, Nordkoreas Armee, Pjöngjangs Führung, Putins Krieg, des Kremles')).toEqual([
      'Kursks=kursk',
      'Nordkoreas=nordkorea',
      'Pjöngjangs=pjoengjang',
      'Putins=putin',
      'Kremles=kreml',
    ]);
    expect(found("Kreß’ Aussage und Kreß' Buch")).toEqual(['Kreß’=kress', "Kreß'=kress"]);
  });

  it('does not take a closing quote as an apostrophe genitive', () => {
    expect(found('‚Kreß‘.')).toEqual(['Kreß=kress']);
  });

  it("takes the English possessive 's and ’s", () => {
    expect(found("North Korea's army, Putin’s war")).toEqual(["North Korea's=nordkorea", 'Putin’s=putin']);
  });

  it('takes the indeclinable place adjective -er, but no other endings', () => {
    expect(found('im Kursker Gebiet, die Moskauer Führung')).toEqual(['Kursker=kursk', 'Moskauer=moskau']);
    expect(found('Ukrainer, Kursken, Kurskerin, Putinismus')).toEqual([]);
  });
});

describe('words that make a name something else', () => {
  it('treats connector punctuation as part of a word ("UN_willing")', () => {
    const m = compileMatcher([{ entry: 'un', names: ['UN'], caseSensitive: ['UN'] }]);
    expect(m.scan('is UN_willing to, UN-Klimagipfel').map((x) => x.start)).toEqual([18]);
  });

  it('does not link letters of a currency code ("US$ 36")', () => {
    expect(found('US$ 36 und US$36, die USA und US-Truppen')).toEqual(['USA=usa', 'US=usa']);
    expect(found('US\u00ad$ 36 und Selenskyj\u200b$')).toEqual([]);
  });

  it('does not link the father in "Donald Trump Jr."', () => {
    expect(found('Donald Trump Jr said, Donald Trump, Jr. said, Donald Trump Junior said; Donald Trump said')).toEqual([
      'Donald Trump=trump',
    ]);
  });

  it('does not link a short capitalised name written in capitals inside ordinary text ("CD-ROM")', () => {
    expect(found('Donald Trump ist in Rom. Eine CD-ROM, das ROM ist voll.')).toEqual(['Donald Trump=trump', 'Rom=rom']);
    // A headline in capitals, or a dateline opening a line, is the name.
    expect(found('Donald Trump\nROM (dpa) - TRUMP TRIFFT IN ROM EIN')).toEqual([
      'Donald Trump=trump',
      'ROM=rom',
      'ROM=rom',
    ]);
  });
});

describe('hyphenated compounds', () => {
  it('links an alias that opens a compound; the span is the alias (plus ending)', () => {
    expect(found('Kreml-Sprecher, Kursk-Offensive, KCNA-Meldung, Nordkorea-Soldaten')).toEqual([
      'Kreml=kreml',
      'Kursk=kursk',
      'KCNA=kcna',
      'Nordkorea=nordkorea',
    ]);
  });

  it('links an alias that ends a compound too (documented choice: "Ukraine-Krieg" is about Ukraine)', () => {
    expect(found('im Ukraine-Krieg und der Anti-Kreml-Opposition')).toEqual(['Ukraine=ukraine', 'Kreml=kreml']);
  });

  it('matches a compound alias only with its hyphen', () => {
    const m = compileMatcher([
      { entry: 'nk', names: ['Nordkorea'] },
      { entry: 'troops', names: ['Nordkorea-Soldaten'] },
    ]);
    const text = 'Die Nordkorea-Soldaten, Nordkorea‑Soldaten; dass Nordkorea Soldaten entsandt habe';
    expect(m.scan(text).map((x) => `${text.slice(x.start, x.end)}=${x.entry}`)).toEqual([
      'Nordkorea-Soldaten=troops',
      'Nordkorea‑Soldaten=troops',
      'Nordkorea=nk',
    ]);
  });

  it('does not link inside a closed compound', () => {
    expect(found('Kremlsprecher, Kurskoffensive')).toEqual([]);
  });
});

describe('normalised spellings', () => {
  it('matches hyphen, space and non-breaking hyphen the same', () => {
    for (const text of ['Kim Jong-un', 'Kim Jong Un', 'Kim Jong‑un', 'Kim\u00a0Jong–un', 'KIM JONG-UN']) {
      expect(found(text)).toEqual([`${text}=kim-jong-un`]);
    }
  });

  it('matches capitals in headlines, and ae/oe/ue or ss spellings', () => {
    expect(found('PJÖNGJANG DROHT')).toEqual(['PJÖNGJANG=pjoengjang']);
    expect(found('Pjoengjang und Kress')).toEqual(['Pjoengjang=pjoengjang', 'Kress=kress']);
  });

  it('maps offsets through soft hyphens, combining umlauts and length-changing folds', () => {
    const text = 'İİ Pjo\u0308ng\u00adjang und Kre\u00dfs';
    expect(found(text)).toEqual(['Pjo\u0308ng\u00adjang=pjoengjang', 'Kreßs=kress']);
  });

  it('keeps case-sensitive acronyms exact', () => {
    expect(found('NIS, nis, Nis, Tennis')).toEqual(['NIS=nis']);
    expect(found('kcna KCNA')).toEqual(['KCNA=kcna']);
  });

  it('does not trust case for acronyms inside a line in capitals', () => {
    expect(found('US-Präsident, die USA. HELP US NOW. TRUMP TELLS US. US troops')).toEqual([
      'US=usa',
      'USA=usa',
      'US=usa',
    ]);
  });

  it('does not link a capitalised name written in lower case', () => {
    expect(found('die ukraine, der kreml')).toEqual([]);
  });
});

describe('leftmost-longest', () => {
  it('does not let a title-prefixed alias cut a full name in two', () => {
    const m = compileMatcher([{ entry: 'yoon', names: ['Yoon Suk-yeol', 'Präsident Yoon'], short: ['Yoon'] }]);
    const text = 'der südkoreanische Präsident Yoon Suk-yeol sagte, Präsident Yoon…';
    expect(m.scan(text).map((x) => text.slice(x.start, x.end))).toEqual(['Yoon Suk-yeol', 'Präsident Yoon']);
  });

  it('prefers the longer name and lets blockers win', () => {
    expect(found('Kim Jong-un traf Kim Jong Il nicht.')).toEqual(['Kim Jong-un=kim-jong-un']);
    expect(found('Kim Jong-un und Kim Yo-jong')).toEqual(['Kim Jong-un=kim-jong-un', 'Kim Yo-jong=kim-yo-jong']);
  });

  it('does not read another Kim as a short form', () => {
    expect(found('Kim Jong-un. Später: Kim Yong-hyun, Kim Kardashian, Kim Kum-chol.')).toEqual([
      'Kim Jong-un=kim-jong-un',
    ]);
  });

  it('does not link a short form preceded by a given name', () => {
    expect(found('Lloyd Austin sprach. Später sang Steve Austin.')).toEqual(['Lloyd Austin=austin']);
    expect(found('Boris Pistorius reiste ab, während Oscar Pistorius…')).toEqual(['Boris Pistorius=pistorius']);
  });

  it('links a short form after an English title', () => {
    expect(found('Lloyd Austin spoke. Secretary of Defense Austin later said…')).toEqual([
      'Lloyd Austin=austin',
      'Austin=austin',
    ]);
  });

  it('links a short form after a title or a genitive', () => {
    expect(found('Kim Jong-un reiste. Diktator Kim sprach, Nordkoreas Kim lachte.')).toEqual([
      'Kim Jong-un=kim-jong-un',
      'Kim=kim-jong-un',
      'Nordkoreas=nordkorea',
      'Kim=kim-jong-un',
    ]);
  });
});

describe('short forms', () => {
  it('link only after the full name appeared earlier in the document', () => {
    expect(found('Kim sprach. Dann kam Kim Jong-un, und Kim lachte.')).toEqual([
      'Kim Jong-un=kim-jong-un',
      'Kim=kim-jong-un',
    ]);
    expect(found('Kim sprach. Dann kamen Kim Jong-un und Kim Jong Il.')).toEqual(['Kim Jong-un=kim-jong-un']);
    expect(found('Kim sprach mit Andy Kim. Dann kam Kim Jong-un.')).toEqual(['Kim Jong-un=kim-jong-un']);
    expect(found('Kim sprach. Kim Kardashian lachte. Kim Jong-un nicht.')).toEqual(['Kim Jong-un=kim-jong-un']);
    // Not without a full name at all.
    expect(found('Kim sprach.')).toEqual([]);
  });

  it('go to the entry named most recently', () => {
    expect(found('Kim Jong-un und seine Schwester Kim Yo-jong. Kim sagte, Kim Jong-un… Kims Rede')).toEqual([
      'Kim Jong-un=kim-jong-un',
      'Kim Yo-jong=kim-yo-jong',
      'Kim=kim-yo-jong',
      'Kim Jong-un=kim-jong-un',
      'Kims=kim-jong-un',
    ]);
  });

  it('apply across the blocks of one document, with offsets per block', () => {
    const result = matcher.scanDocument(['Lloyd Austin in Kiew', 'Austin sagte']);
    expect(result).toEqual([
      [{ start: 0, end: 12, entry: 'austin', alias: 'Lloyd Austin' }],
      [{ start: 0, end: 6, entry: 'austin', alias: 'Austin', form: 'short' }],
    ]);
    expect(matcher.scanDocument(['Austin sagte', 'Lloyd Austin'])[0]).toEqual([]);
    expect(matcher.scanDocument(['Austin sagte', 'Lloyd Austin flog nach Austin, Texas'])[0]).toEqual([]);
    expect(matcher.scanDocument(['Austin sagte', 'Lloyd Austin', 'Ein Gericht in Austin'])[0]).toEqual([]);
  });

  it('do not link after a preposition of place ("in Austin", "nach Austin")', () => {
    expect(found('Lloyd Austin sprach. Ein Gericht in Austin, ein Flug nach Austin. Austin lachte.')).toEqual([
      'Lloyd Austin=austin',
      'Austin=austin',
    ]);
    // A genitive is the person: "in Austins Rede".
    expect(found('Lloyd Austin sprach. In Austins Rede ging es um Kiew.')).toEqual([
      'Lloyd Austin=austin',
      'Austins=austin',
    ]);
  });

  it('read a capitalised word opening a sentence as a given name unless it is a common sentence word', () => {
    expect(found('Lloyd Austin sprach. Steve Austin nicht. Laut Austin ja. But Austin left.')).toEqual([
      'Lloyd Austin=austin',
      'Austin=austin',
      'Austin=austin',
    ]);
  });

  it('link after role nouns ("SPD-Politiker Pistorius", "Völkerrechtler Kreß")', () => {
    expect(found('Boris Pistorius kam. SPD-Politiker Pistorius sprach.')).toEqual([
      'Boris Pistorius=pistorius',
      'Pistorius=pistorius',
    ]);
  });

  it('respect blockers ("Austin, Texas")', () => {
    expect(found('Lloyd Austin flog nach Austin, Texas.')).toEqual(['Lloyd Austin=austin']);
  });
});

describe('generic aliases', () => {
  it('need a context entry named in the document', () => {
    expect(found('Urlaub in Rom: Pasta und Sonne.')).toEqual([]);
    expect(found('Donald Trump traf Selenskyj in Rom.')).toEqual([
      'Donald Trump=trump',
      'Selenskyj=selenskyj',
      'Rom=rom',
    ]);
  });

  it('accept context that comes later in the document', () => {
    expect(matcher.scanDocument(['Artikel 4 regelt den Beistand.', 'Nordkorea schickte Soldaten.'])).toEqual([
      [{ start: 0, end: 9, entry: 'artikel-4', alias: 'Artikel 4', form: 'generic' }],
      [{ start: 0, end: 9, entry: 'nordkorea', alias: 'Nordkorea' }],
    ]);
  });

  it('leave a shorter full name inside them linkable when rejected', () => {
    const m = compileMatcher([
      { entry: 'pj', names: ['Pjöngjang'] },
      { entry: 'putin', names: ['Putin'] },
      { entry: 'summit', names: [], generic: ['Pjöngjang-Gipfel'], context: ['putin'] },
    ]);
    const entries = (t: string): string[] => m.scan(t).map((x) => `${t.slice(x.start, x.end)}=${x.entry}`);
    expect(entries('Der Pjöngjang-Gipfel')).toEqual(['Pjöngjang=pj']);
    expect(entries('Der Pjöngjang-Gipfel mit Putin')).toEqual(['Pjöngjang-Gipfel=summit', 'Putin=putin']);
  });

  it('are not supported by other generic aliases', () => {
    expect(found('Artikel 4 des Vertrags')).toEqual([]);
  });

  it('lose to blockers', () => {
    expect(found('Nordkorea und Artikel 4 des Grundgesetzes')).toEqual(['Nordkorea=nordkorea']);
    expect(found('North Korea; Article 4 of the NATO treaty')).toEqual(['North Korea=nordkorea']);
  });
});

describe('incremental documents', () => {
  it('scans appended blocks and re-applies document rules to earlier ones', () => {
    const doc = matcher.openDocument();
    expect(doc.append(['Rom und Artikel 4.', 'Wetter.'])).toEqual([0, 1]);
    expect(doc.mentions(0)).toEqual([]);
    // A later full name supports the earlier generic alias: block 0 changes.
    expect(doc.append(['Kim Jong-un reiste.'])).toEqual([0, 2]);
    expect(doc.mentions(0).map((m) => m.entry)).toEqual(['artikel-4']);
    // Editing a block rescans only that block; removing the support flips block 0 back.
    expect(doc.update(2, 'Kein Name.')).toEqual([0, 2]);
    expect(doc.all()).toEqual([[], [], []]);
    expect(doc.blockCount).toBe(3);
    expect(() => doc.update(9, 'x')).toThrow(RangeError);
  });

  it('applies a batch of updates and appends in one step, as if done one by one', () => {
    const start = ['Rom und Artikel 4.', 'Wetter.', 'Kein Name.'];
    const stepwise = matcher.openDocument();
    stepwise.append(start);
    stepwise.update(1, 'Kim lachte.');
    stepwise.update(2, 'Kim Jong-un reiste.');
    stepwise.append(['Und Kim auch.']);
    const batched = matcher.openDocument();
    batched.append(start);
    const changed = batched.batch(
      [
        { index: 1, text: 'Kim lachte.' },
        { index: 2, text: 'Kim Jong-un reiste.' },
      ],
      ['Und Kim auch.'],
    );
    expect(batched.all()).toEqual(stepwise.all());
    // Block 0 flips (the new full name supports its generic alias), 2 and 3 gain mentions;
    // block 1 keeps none ("Kim" before the full name).
    expect(changed).toEqual([0, 2, 3]);
    expect(() => batched.batch([{ index: 7, text: 'x' }], [])).toThrow(RangeError);
  });

  it('gives the same result as scanning the whole document at once', () => {
    const blocks = ['Kim sagte.', 'Kim Jong-un und Rom.', 'Kim lachte mit Donald Trump.'];
    const doc = matcher.openDocument();
    for (const block of blocks) doc.append([block]);
    expect(doc.all()).toEqual(matcher.scanDocument(blocks));
  });
});

describe('aliasSetFor', () => {
  it('splits a dossier entry whose aliases list every form', () => {
    expect(
      aliasSetFor({
        id: 'austin',
        aliases: ['Lloyd Austin', 'Austin', 'Lloyd Austin'],
        match: { short: ['Austin'], blockers: ['Austin, Texas'] },
      }),
    ).toEqual({ entry: 'austin', names: ['Lloyd Austin'], short: ['Austin'], blockers: ['Austin, Texas'] });
  });

  it('takes a catalog entry whose aliases hold full names only', () => {
    expect(
      aliasSetFor({
        id: 'artikel-4',
        aliases: ['Artikel 4 des Vertrags'],
        match: { generic: ['Artikel 4'], context: ['vertrag'], caseSensitive: [] },
      }),
    ).toEqual({ entry: 'artikel-4', names: ['Artikel 4 des Vertrags'], generic: ['Artikel 4'], context: ['vertrag'] });
    expect(aliasSetFor({ id: 'x', aliases: ['X'] })).toEqual({ entry: 'x', names: ['X'] });
  });
});

describe('compileMatcher', () => {
  it('treats an alias listed only as case-sensitive as a full name', () => {
    const m = compileMatcher([{ entry: 'nis', names: [], caseSensitive: ['NIS'] }]);
    expect(m.scan('NIS nis').map((x) => x.start)).toEqual([0]);
  });

  it('ignores empty aliases and matches nothing with no sets', () => {
    expect(compileMatcher([{ entry: 'e', names: ['', ' ', '-'] }]).scan('a - b')).toEqual([]);
    expect(compileMatcher([]).scan('Kursk')).toEqual([]);
  });
});
