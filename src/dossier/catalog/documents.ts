/** Treaties, clauses and resolutions named in the source articles. */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';
import { TROOPS_LAWFUL } from './disputes';

export const DOCUMENTS: CatalogEntry[] = [
  {
    id: 'treaty-2024',
    kind: 'document',
    name: {
      de: 'Vertrag über umfassende strategische Partnerschaft (Russland–Nordkorea)',
      en: 'Treaty on Comprehensive Strategic Partnership (Russia–North Korea)',
    },
    role: {
      de: 'Beistandsvertrag zwischen Russland und Nordkorea, unterzeichnet im Juni 2024',
      en: 'Mutual-assistance treaty between Russia and North Korea, signed in June 2024',
    },
    aliases: [
      'russisch-nordkoreanische Vertrag',
      'russisch-nordkoreanischen Vertrag',
      'russisch-nordkoreanischer Vertrag',
      'russisch-nordkoreanisches Abkommen',
      'russisch-nordkoreanischen Abkommen',
    ],
    match: {
      generic: [
        'Vertrag über umfassende strategische Partnerschaft',
        'Vertrag über eine umfassende strategische Partnerschaft',
        'Vertrags über eine umfassende strategische Partnerschaft',
        'Abkommen über eine umfassende strategische Partnerschaft',
        'Abkommens über eine umfassende strategische Partnerschaft',
        'Vertrags über umfassende strategische Partnerschaft',
        'Abkommen über umfassende strategische Partnerschaft',
        'Abkommens über umfassende strategische Partnerschaft',
        'Abkommen für eine umfassende strategische Partnerschaft',
        'Abkommens für eine umfassende strategische Partnerschaft',
        'Vertrag über strategische Partnerschaft',
        'Vertrag zur gegenseitigen Verteidigung und Unterstützung',
        'Treaty on Comprehensive Strategic Partnership',
        'Comprehensive Strategic Partnership Treaty',
        'comprehensive strategic partnership agreement',
        'mutual defence treaty',
        'mutual defense treaty',
        'mutual defence pact',
        'mutual defense pact',
        'Militärpakt',
        'Beistandspakt',
        'Beistandsvertrag',
        // The bare words, only where the text is about North Korea (see context).
        'Abkommen',
        'Abkommens',
        'Vertrag',
        'Vertrags',
        'Vertrages',
      ],
      context: ['north-korea', 'kim-jong-un', 'pyongyang'],
      blockers: [
        'Nato-Vertrag',
        'Nato-Vertrags',
        'Nato-Vertrages',
        'NATO-Vertrag',
        'NATO-Vertrags',
        'Nordatlantikvertrag',
        'Nordatlantikvertrags',
        'Vertrag von Rom',
        'Abkommen von Minsk',
        'Minsker Abkommen',
        'Atomabkommen',
      ],
    },
    summary: [
      say(
        'Putin und Kim Jong-un unterzeichneten den Vertrag zur gegenseitigen Verteidigung und Unterstützung im Juni 2024 bei Putins Besuch in Pjöngjang.',
        'Putin and Kim Jong Un signed the treaty of mutual defence and support in June 2024 during Putin’s visit to Pyongyang.',
        a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
        a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
        a1('Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen'),
      ),
      say(
        'Im Rahmen dieses Abkommens traf Kim Jong-un die Entscheidung, Truppen nach Russland zu entsenden; laut Gerassimow steht der Einsatz im Einklang mit dem Vertrag.',
        'Kim Jong Un made the decision to send troops to Russia under this agreement; according to Gerasimov, the deployment is in line with the treaty.',
        a0(
          'Die Entscheidung traf Nordkoreas Machthaber Kim Jong-un im Rahmen eines Abkommens für eine umfassende strategische Partnerschaft mit Russland.',
        ),
        a4(
          'Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea, der militärischen Beistand vorsieht.',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Sieht militärischen Beistand vor (Artikel 4).',
        'Provides for military assistance (Article 4).',
        a4('der militärischen Beistand vorsieht'),
        a0('im Artikel 4 des Vertrags festgelegt'),
      ),
      fact(
        '2024-07',
        'Kreml-Sprecher Peskow beruft sich auf die beim Besuch in Pjöngjang getroffenen Vereinbarungen.',
        'Kremlin spokesman Peskov refers to the agreements reached during the visit to Pyongyang.',
        a1(
          '„In Fortsetzung der Vereinbarungen, die während des jüngsten Besuchs von Präsident Putin in Pjöngjang getroffen wurden',
        ),
      ),
    ],
    disputes: [TROOPS_LAWFUL],
    related: [
      'treaty-article-4',
      'putin-visit-2024',
      'putin',
      'kim-jong-un',
      'north-korea',
      'russia',
      'north-korean-troops',
      'tass',
    ],
    importance: 3,
  },

  {
    id: 'treaty-article-4',
    kind: 'document',
    name: {
      de: 'Artikel 4 des Vertrags über umfassende strategische Partnerschaft',
      en: 'Article 4 of the Treaty on Comprehensive Strategic Partnership',
    },
    role: {
      de: 'Beistandsklausel des russisch-nordkoreanischen Vertrags',
      en: 'Mutual-assistance clause of the Russia–North Korea treaty',
    },
    aliases: [],
    match: {
      generic: ['Artikel 4', 'Art. 4', 'Article 4'],
      context: ['treaty-2024', 'north-korea', 'kim-jong-un'],
      blockers: [
        'Artikel 4 des Nato-Vertrags',
        'Artikel 4 des Nato-Vertrages',
        'Artikel 4 des Nordatlantikvertrags',
        'Artikel 4 des Nordatlantikvertrages',
        'Nato-Artikel 4',
        'Artikel 4 der Nato',
        'Artikel 4 des Grundgesetzes',
        'Artikel 4 GG',
        'Art. 4 GG',
        'Artikel 4 EUV',
        'Artikel 4 der EMRK',
        'Article 4 of the North Atlantic Treaty',
        'Article 4 of the NATO treaty',
        'NATO Article 4',
        "NATO's Article 4",
        'Article 4 consultations',
        // How reports phrase a NATO ally's request for consultations.
        'Konsultationen nach Artikel 4',
        'Konsultationen gemäß Artikel 4',
        'Beratungen nach Artikel 4',
        'consultations under Article 4',
        'invoke Article 4',
        'invoked Article 4',
        'invoking Article 4',
        'triggered Article 4',
      ],
    },
    summary: [
      say(
        'Laut einem Bericht der russischen Nachrichtenagentur Tass legt Artikel 4 fest, dass „eine der Parteien im Falle eines bewaffneten Angriffs durch ein anderes Land oder eine Gruppe von Ländern der anderen Partei unverzüglich militärische und andere Hilfe leisten wird“.',
        'According to a report by the Russian news agency TASS, Article 4 stipulates that “in the event of an armed attack by another country or a group of countries, one of the parties will immediately provide the other party with military and other assistance”.',
        a0(
          'Laut einem Bericht der russischen Nachrichtenagentur Tass ist im Artikel 4 des Vertrags festgelegt, dass „eine der Parteien im Falle eines bewaffneten Angriffs durch ein anderes Land oder eine Gruppe von Ländern der anderen Partei unverzüglich militärische und andere Hilfe leisten wird“.',
        ),
      ),
      say(
        'Der Bericht zitiert die Klausel im Zusammenhang mit Kim Jong-uns Entscheidung, im Rahmen des Abkommens Truppen nach Russland zu entsenden.',
        'The report quotes the clause in connection with Kim Jong Un’s decision to send troops to Russia under the agreement.',
        a0(
          'Die Entscheidung traf Nordkoreas Machthaber Kim Jong-un im Rahmen eines Abkommens für eine umfassende strategische Partnerschaft mit Russland.',
        ),
      ),
    ],
    facts: [],
    related: ['treaty-2024', 'tass', 'north-korean-troops', 'kim-jong-un'],
    importance: 3,
  },

  {
    id: 'western-sanctions',
    kind: 'document',
    name: {
      de: 'Westliche Sanktionen gegen Russland und Nordkorea',
      en: 'Western sanctions on Russia and North Korea',
    },
    role: {
      de: 'Sanktionen, unter denen laut gnews.cz Russland und Nordkorea stehen',
      en: 'Sanctions that, according to gnews.cz, Russia and North Korea are under',
    },
    aliases: [
      'Sanktionen des sogenannten Westens',
      'Sanktionen des Westens',
      'westliche Sanktionen',
      'westlichen Sanktionen',
      'Western sanctions',
    ],
    summary: [
      say(
        'Nach Angaben von gnews.cz stehen Russland und Nordkorea beide unter den Sanktionen „des sogenannten Westens“; die Wortwahl ist die von gnews.cz.',
        'According to gnews.cz, Russia and North Korea are both under the sanctions “of the so-called West”; the wording is gnews.cz’s.',
        a3('die beide unter den Sanktionen des sogenannten Westens stehen'),
      ),
      say(
        'In demselben Satz wertet gnews.cz die offene Unterstützung Russlands durch Pjöngjang als Beweis für die wachsende militärische Zusammenarbeit der beiden Länder.',
        'In the same sentence gnews.cz takes Pyongyang’s open support for Russia as proof of the two countries’ growing military cooperation.',
        a3(
          'Diese offene Unterstützung Russlands durch Pjöngjang wird als Beweis für die wachsende militärische Zusammenarbeit zwischen den beiden Ländern gewertet',
        ),
      ),
    ],
    facts: [],
    related: ['russia', 'north-korea', 'un-security-council', 'gnews'],
    importance: 1,
  },

  {
    id: 'sk-arms-export-law',
    kind: 'document',
    name: {
      de: 'Südkoreas Gesetz gegen Waffenlieferungen in Kriegsgebiete',
      en: 'South Korea’s law against arms deliveries to war zones',
    },
    role: {
      de: 'Gesetz, das Waffenlieferungen in Kriegsgebiete verbietet (Stand Juli 2024)',
      en: 'Law prohibiting arms deliveries to war zones (as of July 2024)',
    },
    aliases: [
      'Lieferung von Waffen in Kriegsgebiete',
      'Waffenlieferungen in Kriegsgebiete',
      'arms deliveries to war zones',
      'weapons to war zones',
    ],
    summary: [
      say(
        'Ein Gesetz verbietet Südkorea, einem der größten Waffenproduzenten der Welt, die Lieferung von Waffen in Kriegsgebiete; im Juli 2024 belieferte es deshalb nur die Verbündeten der Ukraine, nicht das Land selbst.',
        'A law bars South Korea, one of the world’s largest arms producers, from supplying weapons to war zones; in July 2024 it therefore supplied only Ukraine’s allies, not the country itself.',
        a1(
          'Südkorea ist einer der größten Waffenproduzenten der Welt, beliefert bislang aber lediglich die Verbündeten der Ukraine, nicht aber das bedrängte Land selbst.',
        ),
        a1('Ein Gesetz verbietet die Lieferung von Waffen in Kriegsgebiete.'),
      ),
    ],
    facts: [],
    related: ['south-korea', 'seoul', 'nk-arms-deliveries'],
    importance: 1,
  },
];
