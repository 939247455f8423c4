/** A small catalog for the matcher's unit tests, independent of the real dossier. */
import type { AliasSet } from './types';

export const FIXTURE: AliasSet[] = [
  {
    entry: 'kim-jong-un',
    names: ['Kim Jong-un', 'Kim Jong Un'],
    short: ['Kim'],
    blockers: ['Kim Jong Il', 'Kim Yo-jong', 'Kim Il-sung'],
  },
  { entry: 'kim-yo-jong', names: ['Kim Yo-jong'], short: ['Kim'] },
  { entry: 'putin', names: ['Wladimir Putin', 'Vladimir Putin', 'Putin'] },
  { entry: 'selenskyj', names: ['Wolodymyr Selenskyj', 'Selenskyj', 'Selenski', 'Zelensky'] },
  { entry: 'austin', names: ['Lloyd Austin'], short: ['Austin'], blockers: ['Austin, Texas'] },
  { entry: 'pistorius', names: ['Boris Pistorius'], short: ['Pistorius'] },
  { entry: 'kursk', names: ['Kursk'] },
  { entry: 'moskau', names: ['Moskau', 'Moscow'] },
  { entry: 'usa', names: ['USA', 'US', 'Vereinigte Staaten'], caseSensitive: ['USA', 'US'] },
  { entry: 'krim', names: ['Krim', 'Crimea'] },
  { entry: 'rom', names: [], generic: ['Rom', 'Rome'], context: ['trump', 'selenskyj'] },
  { entry: 'trump', names: ['Donald Trump'], short: ['Trump'] },
  { entry: 'pjoengjang', names: ['Pjöngjang', 'Pyongyang'] },
  { entry: 'nordkorea', names: ['Nordkorea', 'North Korea'] },
  { entry: 'ukraine', names: ['Ukraine'] },
  { entry: 'kreml', names: ['Kreml', 'Kremlin'] },
  { entry: 'tass', names: ['Tass', 'TASS'] },
  { entry: 'kcna', names: ['KCNA'], caseSensitive: ['KCNA'] },
  { entry: 'nis', names: ['National Intelligence Service', 'NIS'], caseSensitive: ['NIS'] },
  { entry: 'kress', names: ['Claus Kreß', 'Kreß'] },
  {
    entry: 'vertrag',
    names: ['Vertrag über umfassende strategische Partnerschaft'],
    generic: ['Vertrag'],
    context: ['nordkorea', 'kim-jong-un'],
  },
  {
    entry: 'artikel-4',
    names: [],
    generic: ['Artikel 4', 'Article 4'],
    context: ['vertrag', 'nordkorea', 'kim-jong-un'],
    blockers: ['Artikel 4 des Grundgesetzes', 'Article 4 of the NATO treaty'],
  },
];
