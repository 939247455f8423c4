/** Legal and political concepts the source articles rely on. */
import type { CatalogEntry } from '../catalog-types';
import { a1, a2, a4, fact, say } from './cite';

export const CONCEPTS: CatalogEntry[] = [
  {
    id: 'kriegspartei',
    kind: 'concept',
    name: { de: 'Kriegspartei', en: 'Party to the conflict' },
    role: {
      de: 'Status, den Nordkorea laut Claus Kreß nur unter zwei Bedingungen erlangen würde',
      en: 'Status North Korea would acquire only under two conditions, according to Claus Kress',
    },
    // "Kriegsparte" is the source's own misspelling (002).
    aliases: [],
    match: {
      generic: ['Kriegspartei', 'Kriegsparteien', 'Kriegsparte', 'party to the conflict', 'party to the war'],
      context: ['kress'],
    },
    summary: [
      say(
        'Damit Nordkorea durch den Einsatz seiner Soldaten zur Kriegspartei würde, müssten laut dem Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein.',
        'According to international lawyer Claus Kress, two conditions would have to be met for North Korea to become a party to the war by deploying its soldiers.',
        a2(
          'Damit Nordkorea mit einem Einsatz ihrer Soldaten zur Kriegsparte würde, müssten laut Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Bedingung 1 (laut Kreß): Handeln unter nordkoreanischem Kommando.',
        'Condition 1 (according to Kress): acting under North Korean command.',
        a2('Erstens müssten die Soldaten unter nordkoreanischem Kommando handeln'),
      ),
      fact(
        undefined,
        'Bedingung 2 (laut Kreß): unmittelbare Beteiligung an Feindseligkeiten mit der Ukraine.',
        'Condition 2 (according to Kress): direct participation in hostilities with Ukraine.',
        a2('zweitens müssten sie sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“'),
      ),
    ],
    related: ['kress', 'voelkerrecht', 'north-korean-troops'],
    importance: 1,
  },

  {
    id: 'voelkerrecht',
    kind: 'concept',
    name: { de: 'Völkerrecht', en: 'International law' },
    role: {
      de: 'Maßstab, an dem das Auswärtige Amt und ein Bericht von 2025 den Einsatz nordkoreanischer Soldaten messen',
      en: 'The yardstick by which the German Foreign Office and a 2025 report judge the deployment of North Korean soldiers',
    },
    aliases: [],
    match: {
      generic: ['Völkerrecht', 'internationales Recht', 'internationalen Rechts', 'international law'],
      context: ['kress', 'north-korea'],
    },
    summary: [
      say(
        'Laut einem Bericht von 2025 gilt die Anwesenheit nordkoreanischer Soldaten als Verstoß gegen internationales Recht, ohne dass er sagt, wer das so sieht; Russlands Generalstabschef beruft sich dagegen auf den Vertrag über strategische Partnerschaft.',
        'According to a 2025 report, the presence of North Korean soldiers is regarded as a violation of international law, though it does not say by whom; Russia’s Chief of the General Staff, by contrast, cites the strategic partnership treaty.',
        a4('Die Anwesenheit nordkoreanischer Soldaten wird jedoch als Verstoß gegen internationales Recht betrachtet.'),
        a4(
          'Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Claus Kreß, Professor für Völkerrecht, nennt die Bedingungen, unter denen Nordkorea Kriegspartei würde.',
        'Claus Kress, professor of international law, sets out the conditions under which North Korea would become a party to the war.',
        a2('müssten laut Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein'),
      ),
    ],
    related: ['kriegspartei', 'kress', 'auswaertiges-amt', 'un-security-council'],
    importance: 1,
  },

  {
    id: 'nk-missile-satellite-programme',
    kind: 'concept',
    name: { de: 'Nordkoreas Raketen- und Satellitenprogramm', en: 'North Korea’s missile and satellite programme' },
    role: {
      de: 'Wofür Nordkorea laut westlichen Experten russisches Know-how erhält',
      en: 'What North Korea gets Russian know-how for, according to Western experts',
    },
    aliases: ['Raketen- und Satellitenprogramm', 'missile and satellite programme', 'missile and satellite program'],
    summary: [
      say(
        'Im Gegenzug für Waffen und Munition versorgt Russland Pjöngjang laut westlichen Experten mit Know-how für sein Raketen- und Satellitenprogramm.',
        'In return for weapons and ammunition, Western experts say, Russia supplies Pyongyang with know-how for its missile and satellite programme.',
        a1(
          'Im Gegenzug versorgt Russland das Regime in Pjöngjang laut westlichen Experten mit Know-how für sein Raketen- und Satellitenprogramm',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Victor Cha nannte „eventuell auch Hilfe mit der eigenen Militärtechnik“ als möglichen Lohn für Nordkoreas Lieferungen.',
        'Victor Cha named “possibly also help with its own military technology” as a possible reward for North Korea’s deliveries.',
        a2(
          'Für die Lieferungen würde Nordkorea von Russland nicht nur Lebensmittel, Energie und Geld bekommen sondern eventuell auch Hilfe mit der eigenen Militärtechnik.',
        ),
      ),
    ],
    related: ['north-korea', 'russia', 'nk-arms-deliveries', 'victor-cha'],
    importance: 1,
  },

  {
    id: 'korean-state-of-war',
    kind: 'concept',
    name: {
      de: 'Offizieller Kriegszustand zwischen Süd- und Nordkorea',
      en: 'Official state of war between South and North Korea',
    },
    role: {
      de: 'Südkorea befindet sich laut dem Bericht von 2024 offiziell weiterhin im Krieg mit Nordkorea',
      en: 'According to the 2024 report, South Korea is officially still at war with North Korea',
    },
    aliases: ['offiziell weiterhin im Krieg', 'officially still at war'],
    summary: [
      say(
        'Südkorea, dessen Präsident Yoon die russisch-nordkoreanische Zusammenarbeit im Juli 2024 eine Bedrohung nannte, befindet sich offiziell weiterhin im Krieg mit Nordkorea.',
        'South Korea, whose President Yoon called the Russian–North Korean cooperation a threat in July 2024, is officially still at war with North Korea.',
        a1('sagte Yoon, dessen Land sich offiziell weiterhin im Krieg mit Nordkorea befindet.'),
      ),
    ],
    facts: [],
    related: ['south-korea', 'north-korea', 'yoon-suk-yeol', 'korean-peninsula'],
    importance: 1,
  },
];
