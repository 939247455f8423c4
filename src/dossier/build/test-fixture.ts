/**
 * A small, valid builder input for tests: two short articles in the style of the real
 * ones (NBSP included) and a catalog that exercises every part of the build.
 * `fixture()` returns a fresh deep copy, so a test can break it freely.
 */
import type { CatalogEntry, CatalogEvent } from '../catalog-types';
import type { Article } from '../types';
import type { BuildInput } from './validate';

const ARTICLES: Article[] = [
  {
    id: 'a1',
    title: 'Nordkorea bestätigt Einsatz',
    date: '2025-04-28',
    language: 'de',
    text:
      'Nordkorea bestätigt Einsatz in Kursk\n\n' +
      'Nordkoreanische Medien berichten erstmals über die Entsendung von Truppen\u00a0nach\u00a0Russland. ' +
      'Der Kampf sei eine „heilige Mission“ gewesen, wird Kim Jong-un von KCNA am Montag (28. April) zitiert.\n\n' +
      'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe. ' +
      'Am Samstag erklärte Waleri Gerassimow, dass die letzte Siedlung in Kursk zurückerobert worden sei.\n' +
      'Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe. Kim schwieg dazu.',
  },
  {
    id: 'a2',
    title: 'Kreml: Kursk befreit',
    date: '2025-04',
    language: 'de',
    text:
      'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.\n' +
      'Am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig "befreit" habe.',
  },
];

const CATALOG: CatalogEntry[] = [
  {
    id: 'kursk',
    kind: 'place',
    name: { de: 'Kursk', en: 'Kursk' },
    role: { de: 'Russische Grenzregion', en: 'Russian border region' },
    aliases: ['Kursk', 'Region Kursk'],
    summary: [
      {
        de: 'Russische Region an der Grenze zur Ukraine.',
        en: 'Russian region on the border with Ukraine.',
        sources: [{ article: 'a2', quote: 'die Region Kursk vollständig "befreit" habe' }],
      },
      {
        de: 'Nordkoreanische Truppen kämpften dort.',
        en: 'North Korean troops fought there.',
        // Typed with plain spaces where the article has NBSP, and with a line break.
        sources: [
          { article: 'a1', quote: 'Entsendung von Truppen nach Russland.' },
          { article: 'a2', quote: 'die Region Kursk vollständig "befreit" habe' },
        ],
      },
    ],
    facts: [
      {
        text: {
          de: 'Der Kreml meldete die Befreiung am 26. April 2025.',
          en: 'The Kremlin announced its recapture on 26 April 2025.',
        },
        date: '2025-04-26',
        sources: [{ article: 'a2', quote: 'Am 26. April 2025 verkündete der Kreml' }],
      },
    ],
    disputes: [
      {
        topic: { de: 'Ist Kursk vollständig zurückerobert?', en: 'Has Kursk been fully retaken?' },
        claims: [
          {
            by: 'Kreml',
            byEn: 'Kremlin',
            text: { de: 'Vollständig befreit.', en: 'Fully liberated.' },
            sources: [{ article: 'a2', quote: 'die Region Kursk vollständig "befreit" habe' }],
          },
          {
            by: 'Selenskyj',
            byEn: 'Zelensky',
            text: { de: 'Die Kämpfe gehen weiter.', en: 'Fighting goes on.' },
            sources: [{ article: 'a1', quote: 'dass die ukrainische Armee weiterhin in Kursk kämpfe' }],
          },
        ],
      },
    ],
    related: ['kim-jong-un'],
    importance: 3,
  },
  {
    id: 'kim-jong-un',
    kind: 'person',
    name: { de: 'Kim Jong-un', en: 'Kim Jong Un' },
    role: { de: 'Machthaber Nordkoreas', en: 'Leader of North Korea' },
    aliases: ['Kim Jong-un', 'Kim Jong Un'],
    match: { short: ['Kim'], blockers: ['Kim Jong Il'] },
    summary: [
      {
        de: 'Machthaber Nordkoreas.',
        en: 'Leader of North Korea.',
        sources: [{ article: 'a1', quote: 'wird Kim Jong-un von KCNA am Montag (28. April) zitiert' }],
      },
    ],
    facts: [],
    related: ['kursk'],
    importance: 3,
  },
  {
    id: 'gerassimow',
    kind: 'person',
    name: { de: 'Waleri Gerassimow', en: 'Valery Gerasimov' },
    role: { de: 'Russischer Generalstabschef', en: 'Chief of the Russian General Staff' },
    aliases: ['Waleri Gerassimow', 'Gerassimow', 'Valery Gerasimov'],
    summary: [
      {
        de: 'Meldete die Rückeroberung von Kursk.',
        en: 'Announced that Kursk had been retaken.',
        sources: [{ article: 'a1', quote: 'Am Samstag erklärte Waleri Gerassimow' }],
      },
    ],
    facts: [],
    related: ['kursk'],
    importance: 2,
  },
];

const EVENTS: CatalogEvent[] = [
  {
    // Vaguer than its quote: the build sharpens it to 2025-04-26.
    date: '2025-04',
    text: { de: 'Gerassimow meldet Kursk als zurückerobert.', en: 'Gerasimov reports Kursk retaken.' },
    entries: ['gerassimow', 'kursk'],
    sources: [{ article: 'a1', quote: 'Am Samstag erklärte Waleri Gerassimow' }],
  },
  {
    // No date given: taken from the quote.
    date: '',
    text: { de: 'KCNA zitiert Kim Jong-un.', en: 'KCNA quotes Kim Jong Un.' },
    entries: ['kim-jong-un'],
    sources: [{ article: 'a1', quote: 'von KCNA am Montag (28. April) zitiert' }],
  },
  {
    date: '2024',
    text: { de: 'Nordkorea entsendet Soldaten.', en: 'North Korea sends soldiers.' },
    entries: ['kursk'],
    sources: [{ article: 'a2', quote: 'im vergangenen Jahr über 10.000 Soldaten' }],
  },
];

export function fixture(): BuildInput {
  return structuredClone({ articles: ARTICLES, catalog: CATALOG, events: EVENTS });
}
