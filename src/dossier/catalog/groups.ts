/** Armed forces, units and delegations named in the source articles. */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';
import { TROOPS_LAWFUL, TROOP_NUMBERS } from './disputes';

export const GROUPS: CatalogEntry[] = [
  {
    id: 'north-korean-troops',
    kind: 'group',
    name: { de: 'Nordkoreanische Truppen in Russland', en: 'North Korean troops in Russia' },
    role: {
      de: 'Nordkoreanisches Truppenkontingent im Ukraine-Krieg',
      en: 'North Korean contingent in the Ukraine war',
    },
    aliases: [],
    match: {
      generic: [
        'nordkoreanische Truppen',
        'nordkoreanischen Truppen',
        'nordkoreanischer Truppen',
        'nordkoreanische Soldaten',
        'nordkoreanischen Soldaten',
        'nordkoreanischer Soldaten',
        'nordkoreanische Kämpfer',
        'nordkoreanischen Kämpfer',
        'nordkoreanischer Kämpfer',
        'North Korean troops',
        'North Korean soldiers',
        'North Korean forces',
      ],
      context: ['kursk', 'kursk-offensive', 'ukraine', 'ukraine-war'],
    },
    summary: [
      say(
        'Südkoreanische und westliche Geheimdienste schätzen laut einem Bericht von 2025, dass Nordkorea im Jahr davor (2024) über 10.000 Soldaten nach Russland entsandt hat.',
        'According to a 2025 report, South Korean and Western intelligence services estimate that North Korea sent more than 10,000 soldiers to Russia the year before (2024).',
        a4(
          'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.',
        ),
      ),
      say(
        'Laut KCNA kämpften sie an der Seite russischer Truppen in der Region Kursk und trugen maßgeblich zur „Befreiung“ besetzter Gebiete bei.',
        'According to KCNA they fought alongside Russian troops in the Kursk region and contributed significantly to the “liberation” of occupied areas.',
        a3(
          'Einem KCNA-Bericht zufolge kämpften nordkoreanische Soldaten an der Seite russischer Truppen in der Region Kursk',
        ),
        a4(
          'Laut KCNA haben die nordkoreanischen Truppen maßgeblich zur „Befreiung“ von von der Ukraine besetzten russischen Gebieten beigetragen, besonders in der Grenzregion Kursk.',
        ),
      ),
      say(
        'Laut Gerassimow steht ihr Einsatz im Einklang mit dem Vertrag über strategische Partnerschaft; ein Bericht von 2025 nennt ihre Anwesenheit, ohne Urheber, einen Verstoß gegen internationales Recht.',
        'According to Gerasimov, their deployment is in line with the strategic partnership treaty; a 2025 report calls their presence, without naming who says so, a violation of international law.',
        a4(
          'Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea',
        ),
        a4('Die Anwesenheit nordkoreanischer Soldaten wird jedoch als Verstoß gegen internationales Recht betrachtet.'),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Der NIS meldet mehr als 3000 Soldaten in Russland und erwartet bis Dezember 10.000; sie sollen in russischen Militäreinrichtungen für einen Einsatz gegen die Ukraine trainiert werden.',
        'The NIS reports more than 3,000 soldiers in Russia and expects 10,000 by December; they are said to be trained in Russian military facilities for deployment against Ukraine.',
        a2(
          'Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.',
        ),
        a2(
          'Die Truppen sollen demnach in Militäreinrichtungen in Russland untergebracht und dort für einen Einsatz gegen die Ukraine trainiert werden.',
        ),
      ),
      fact(
        '2024',
        'US-Verteidigungsminister Lloyd Austin bestätigt ihre Ankunft in Russland; was sie dort tun, sei noch unklar.',
        'US Defense Secretary Lloyd Austin confirms their arrival in Russia; what they are doing there is still unclear.',
        a2('Nordkoreanische Soldaten sind nach neuen Angaben der US-Regierung bereits in Russland eingetroffen.'),
        a2('Noch sei allerdings unklar, was die Truppen dort machen.'),
      ),
      fact(
        '2025-04-26',
        'Gerassimow lobt den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.',
        'Gerasimov praises the “courage” and “heroism” of the North Korean fighters in the recapture of Kursk.',
        a0('Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.'),
      ),
      fact(
        '2025-04-28',
        'Nordkorea bestätigt ihren Einsatz erstmals offiziell; in Pjöngjang soll ein Denkmal für die Gefallenen entstehen.',
        'North Korea officially confirms their deployment for the first time; a monument to the fallen is to stand in Pyongyang.',
        a3(
          'Nordkorea hat heute erstmals offiziell bestätigt, dass seine Truppen auf russischem Territorium stationiert wurden',
        ),
        a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
      ),
    ],
    disputes: [TROOP_NUMBERS, TROOPS_LAWFUL],
    related: [
      'north-korea',
      'korean-peoples-army',
      'kursk',
      'elite-infantry-brigades',
      'kcna-confirmation-2025',
      'nis',
      'treaty-2024',
      'kriegspartei',
    ],
    importance: 3,
  },

  {
    id: 'korean-peoples-army',
    kind: 'group',
    name: { de: 'Koreanische Volksarmee', en: 'Korean People’s Army' },
    role: { de: 'Die Streitkräfte Nordkoreas', en: 'North Korea’s armed forces' },
    aliases: [
      'Koreanische Volksarmee',
      'Koreanischen Volksarmee',
      "Korean People's Army",
      'KPA',
      'nordkoreanische Streitkräfte',
      'nordkoreanischen Streitkräfte',
      'nordkoreanischen Streitkräften',
      'nordkoreanische Armee',
      'nordkoreanischen Armee',
      'North Korean army',
      'North Korean military',
    ],
    match: { caseSensitive: ['KPA'] },
    summary: [
      say(
        'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
        'According to KCNA, units of the North Korean armed forces took part in the “operations to liberate” the areas in Kursk.',
        a0(
          'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
        ),
      ),
      say(
        'Putin dankte den Truppen der Koreanischen Volksarmee und lobte deren „Heldentum, hervorragende Ausbildung und Entschlossenheit“ (nach Angaben von gnews.cz).',
        'Putin thanked the troops of the Korean People’s Army and praised their “heroism, excellent training and determination” (according to gnews.cz).',
        a3(
          'dankte der russische Präsident Wladimir Putin dem nordkoreanischen Führer Kim Jong-un und den Truppen der Koreanischen Volksarmee',
        ),
        a3('Putin lobte deren "Heldentum, hervorragende Ausbildung und Entschlossenheit"'),
      ),
    ],
    facts: [
      fact(
        '2025-04',
        'Putin dankt ihren Truppen; sie hätten „Seite an Seite mit russischen Soldaten“ gekämpft (nach Angaben von gnews.cz).',
        'Putin thanks its troops; they had fought “side by side with Russian soldiers” (according to gnews.cz).',
        a3('da sie "Seite an Seite mit russischen Soldaten" kämpften und Russland "als ihre Heimat" verteidigten'),
      ),
    ],
    related: ['north-korea', 'north-korean-troops', 'elite-infantry-brigades', 'kim-jong-un'],
    importance: 2,
  },

  {
    id: 'elite-infantry-brigades',
    kind: 'group',
    name: { de: 'Nordkoreanische Elite-Infanteriebrigaden', en: 'North Korean elite infantry brigades' },
    role: {
      de: 'Nach Russland entsandte nordkoreanische Eliteeinheiten',
      en: 'North Korean elite units sent to Russia',
    },
    aliases: [],
    match: {
      generic: [
        'Elite-Infanteriebrigaden',
        'Elite-Infanteriebrigade',
        'Eliteinfanteriebrigaden',
        'elite infantry brigades',
      ],
      context: ['north-korea', 'kim-jong-un', 'korean-peoples-army'],
    },
    summary: [
      say(
        'Kim Jong-un hat sich laut einem Bericht entschlossen, seine Elite-Infanteriebrigaden nach Russland zu entsenden, was als riskanter Schritt angesehen wird.',
        'According to one report, Kim Jong Un decided to send his elite infantry brigades to Russia, a move seen as risky.',
        a4(
          'Kim Jong-un hat sich entschlossen, seine Elite-Infanteriebrigaden nach Russland zu entsenden, was als riskanter Schritt angesehen wird.',
        ),
      ),
      say(
        'Experten vermuten, dass er damit von den geopolitischen Veränderungen im Zuge des Ukraine-Kriegs profitieren will.',
        'Experts suspect he aims to profit from the geopolitical changes brought by the Ukraine war.',
        a4(
          'Experten vermuten, dass diese Entscheidung mit dem Ziel getroffen wurde, von den geopolitischen Veränderungen im Zuge des Ukraine-Kriegs zu profitieren.',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Mit der Annäherung an Russland könnte Nordkorea laut dem Bericht seine alte Strategie aufgeben müssen, Großmächte gegeneinander auszuspielen.',
        'According to the report, by moving closer to Russia North Korea might have to give up its old strategy of playing great powers off against each other.',
        a4(
          'Nordkorea nähert sich wirtschaftlich und militärisch Russland an und könnte seine alte Strategie, Großmächte gegeneinander auszuspielen, aufgeben müssen.',
        ),
      ),
    ],
    related: ['north-korean-troops', 'kim-jong-un', 'korean-peoples-army'],
    importance: 1,
  },

  {
    id: 'instructors-delegation',
    kind: 'group',
    name: {
      de: 'Delegation nordkoreanischer Militärausbilder (Juli 2024)',
      en: 'North Korean military instructors’ delegation (July 2024)',
    },
    role: { de: 'Von Kim Kum-chol geführte Delegation nach Russland', en: 'Delegation to Russia led by Kim Kum Chol' },
    aliases: ['Delegation von Militärausbildern', 'delegation of military instructors'],
    match: {
      generic: [
        'Ausbilder-Mission',
        'Militärmission',
        'Ausbilder-Delegation',
        'Militärausbilder',
        'Militärausbildern',
        'military instructors',
      ],
      context: ['kim-kum-chol', 'kim-il-sung-military-university'],
    },
    summary: [
      say(
        'Laut KCNA verließ am 8. Juli 2024 eine „Delegation von Militärausbildern“ Nordkorea per Flugzeug in Richtung Russland; angeführt wurde sie von Kim Kum-chol.',
        'According to KCNA, a “delegation of military instructors” left North Korea by plane for Russia on 8 July 2024, led by Kim Kum Chol.',
        a1(
          'Wie die staatliche nordkoreanische Nachrichtenagentur KCNA am Dienstag (9. Juli) berichtete, verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland.',
        ),
        a1(
          'Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.',
        ),
      ),
      say(
        'Die Entsendung der Ausbilder-Mission könnte laut dem Bericht ein erster Schritt hin zu einer weiteren Unterstützung des russischen Angriffskriegs sein.',
        'According to the report, sending the instructors’ mission could be a first step towards further support for Russia’s war of aggression.',
        a1(
          'Es könnte sich aber um einen ersten Schritt hin zu einer weiteren Unterstützung des russischen Angriffskriegs handeln.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Abflug nach Russland.',
        'Departure for Russia.',
        a1(
          'verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland',
        ),
      ),
      fact(
        '2024-07-09',
        'KCNA meldet die Reise; es ist die erste offizielle Bestätigung einer Entwicklung der vorangegangenen Wochen.',
        'KCNA reports the trip; it is the first official confirmation of a development of the preceding weeks.',
        a1(
          'Die KCNA-Meldung ist die erste offizielle Bestätigung einer Entwicklung, die sich in den vergangenen Wochen abgezeichnet hatte.',
        ),
      ),
    ],
    related: ['kim-kum-chol', 'kim-il-sung-military-university', 'kcna', 'peskow', 'north-korea'],
    importance: 2,
  },

  {
    id: 'ukrainian-armed-forces',
    kind: 'group',
    name: { de: 'Ukrainische Streitkräfte', en: 'Ukrainian armed forces' },
    role: { de: 'Armee der Ukraine', en: 'Ukraine’s military' },
    aliases: [
      'ukrainische Armee',
      'ukrainischen Armee',
      'ukrainische Streitkräfte',
      'ukrainischen Streitkräfte',
      'ukrainischen Streitkräften',
      'Ukrainian army',
      'Ukrainian armed forces',
      'Ukrainian forces',
      'Ukrainian troops',
    ],
    summary: [
      say(
        'Russland verkündete am 26. April 2025, die Region vollständig von den ukrainischen Streitkräften „befreit“ zu haben; laut Selenskyj kämpft die ukrainische Armee dort weiter.',
        'Russia announced on 26 April 2025 that it had fully “liberated” the region from the Ukrainian forces; according to Zelensky, the Ukrainian army is still fighting there.',
        a3(
          'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
        ),
        a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Überraschungsoffensive in Kursk, um russische Stellungen zu schwächen und zu zeigen, dass die Ukraine auf russischem Gebiet Krieg führen kann (nach Angaben von gnews.cz).',
        'Surprise offensive in Kursk to weaken Russian positions and show that Ukraine can wage war on Russian territory (according to gnews.cz).',
        a3(
          'Dieses Gebiet wurde im Sommer 2024 von den ukrainischen Streitkräften in einer Überraschungsoffensive eingenommen, die darauf abzielte, die russischen Stellungen zu schwächen und die Fähigkeit der Ukraine zu demonstrieren, direkt auf russischem Gebiet Krieg zu führen.',
        ),
      ),
    ],
    related: ['ukraine', 'kursk-offensive', 'kursk', 'selenskyj'],
    importance: 2,
  },

  {
    id: 'russian-armed-forces',
    kind: 'group',
    name: { de: 'Russische Streitkräfte', en: 'Russian armed forces' },
    role: { de: 'Armee Russlands', en: 'Russia’s military' },
    aliases: [
      'russische Armee',
      'russischen Armee',
      'russische Streitkräfte',
      'russischen Streitkräfte',
      'russischen Streitkräften',
      'russische Truppen',
      'russischen Truppen',
      'russischer Truppen',
      'Russian army',
      'Russian armed forces',
      'Russian forces',
      'Russian troops',
      'russische Soldaten',
      'russischen Soldaten',
      'russischer Soldaten',
      'Russian soldiers',
    ],
    summary: [
      say(
        'Putin lobte laut gnews.cz, die nordkoreanischen Soldaten hätten „Seite an Seite mit russischen Soldaten“ gekämpft und Russland „als ihre Heimat“ verteidigt.',
        'According to gnews.cz, Putin praised the North Korean soldiers for fighting “side by side with Russian soldiers” and defending Russia “as their homeland”.',
        a3('da sie "Seite an Seite mit russischen Soldaten" kämpften und Russland "als ihre Heimat" verteidigten'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Nordkoreanische Soldaten kämpften laut KCNA an der Seite russischer Truppen in der Region Kursk (nach Angaben von gnews.cz).',
        'According to KCNA, North Korean soldiers fought alongside Russian troops in the Kursk region (according to gnews.cz).',
        a3(
          'Einem KCNA-Bericht zufolge kämpften nordkoreanische Soldaten an der Seite russischer Truppen in der Region Kursk',
        ),
      ),
    ],
    related: ['russia', 'gerassimow', 'kursk-recapture', 'north-korean-troops'],
    importance: 1,
  },
];
