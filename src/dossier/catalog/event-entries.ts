/** Events and developments that have an entry of their own (the dated timeline is in events.ts). */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';
import { ARMS_DELIVERIES, KURSK_RETAKEN } from './disputes';

export const EVENT_ENTRIES: CatalogEntry[] = [
  {
    id: 'ukraine-war',
    kind: 'event',
    name: { de: 'Ukraine-Krieg', en: 'War in Ukraine' },
    role: { de: 'Russlands Angriffskrieg gegen die Ukraine', en: 'Russia’s war of aggression against Ukraine' },
    aliases: ['Ukrainekrieg', 'Ukrainekonflikt', 'Krieg in der Ukraine', 'Ukraine war', 'war in Ukraine'],
    // "Ukraine-Krieg" stays with the compound rule (it links Ukraine), like "Kursk-Offensive".
    match: {
      generic: ['Angriffskrieg', 'Angriffskriegs', 'Angriffskrieges', 'war of aggression'],
      context: ['russia', 'ukraine'],
    },
    summary: [
      say(
        'Die militärische Unterstützung Nordkoreas für Russland stellt laut einem Bericht von 2025 eine neue Dimension im Ukraine-Konflikt dar.',
        'According to a 2025 report, North Korea’s military support for Russia marks a new dimension in the Ukraine conflict.',
        a4(
          'Zusammenfassend lässt sich sagen, dass die militärische Unterstützung Nordkoreas für Russland eine neue Dimension im Ukraine-Konflikt darstellt.',
        ),
      ),
      say(
        'Selenskyj warnte: Wenn Nordkorea sich „in den Krieg in Europa einmischen“ könne, reiche der Druck auf das Regime „definitiv nicht aus“.',
        'Zelensky warned that if North Korea could “interfere in the war in Europe”, the pressure on the regime was “definitely not enough”.',
        a2(
          '„Wenn Nordkorea sich in den Krieg in Europa einmischen kann, dann reicht der Druck auf dieses Regime definitiv nicht aus“, sagte Selenski in einer Videobotschaft.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Heftigste russische Angriffe seit Langem: Dutzende Tote, 190 Verletzte, ein Kinderkrankenhaus in Kiew zerstört.',
        'Heaviest Russian attacks in a long time: dozens killed, 190 injured, a children’s hospital in Kyiv destroyed.',
        a1(
          'Am Montag wurden bei Angriffen landesweit Dutzende Menschen getötet und 190 weiter verletzt, zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.',
        ),
      ),
      fact(
        '2024',
        'Ukrainische Offensive in der russischen Region Kursk im Sommer 2024.',
        'Ukrainian offensive in Russia’s Kursk region in summer 2024.',
        a0('Im Sommer 2024 hatte die ukrainische Armee eine Offensive in der russischen Region Kursk gestartet'),
      ),
      fact(
        '2025-04-28',
        'Nordkorea bestätigt erstmals offiziell, Truppen für Russland eingesetzt zu haben.',
        'North Korea confirms officially for the first time that it deployed troops for Russia.',
        a0(
          'Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen, wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert.',
        ),
      ),
    ],
    related: ['russia', 'ukraine', 'north-korea', 'kursk-offensive', 'north-korean-troops', 'nk-arms-deliveries'],
    importance: 3,
  },

  {
    id: 'kursk-offensive',
    kind: 'event',
    name: { de: 'Ukrainische Kursk-Offensive (Sommer 2024)', en: 'Ukrainian Kursk offensive (summer 2024)' },
    role: {
      de: 'Ukrainischer Vorstoß in die russische Region Kursk',
      en: 'Ukrainian incursion into Russia’s Kursk region',
    },
    // "Kursk-Offensive" is left to the compound rule (it links Kursk), like "Kreml-Sprecher".
    aliases: [],
    match: { generic: ['Überraschungsoffensive', 'Kursk offensive', 'Kursk incursion'], context: ['kursk'] },
    summary: [
      say(
        'Im Sommer 2024 startete die ukrainische Armee eine Offensive in der russischen Region Kursk und brachte zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle.',
        'In summer 2024 the Ukrainian army launched an offensive in Russia’s Kursk region and initially took control of more than a thousand square kilometres.',
        a0(
          'Im Sommer 2024 hatte die ukrainische Armee eine Offensive in der russischen Region Kursk gestartet und zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle gebracht.',
        ),
      ),
      say(
        'Die Überraschungsoffensive sollte die russischen Stellungen schwächen und zeigen, dass die Ukraine direkt auf russischem Gebiet Krieg führen kann (nach Angaben von gnews.cz).',
        'The surprise offensive aimed to weaken Russian positions and demonstrate Ukraine’s ability to wage war directly on Russian territory (according to gnews.cz).',
        a3(
          'Dieses Gebiet wurde im Sommer 2024 von den ukrainischen Streitkräften in einer Überraschungsoffensive eingenommen, die darauf abzielte, die russischen Stellungen zu schwächen und die Fähigkeit der Ukraine zu demonstrieren, direkt auf russischem Gebiet Krieg zu führen.',
        ),
      ),
      say(
        'Südkoreanische und westliche Geheimdienste berichteten daraufhin, Nordkorea habe über 10.000 Soldaten entsandt, um Russland bei der Rückeroberung zu unterstützen; ob diese abgeschlossen ist, ist umstritten.',
        'South Korean and Western intelligence services then reported that North Korea had sent more than 10,000 soldiers to help Russia retake the area; whether the recapture is complete is disputed.',
        a0(
          'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe, um bei der Rückeroberung von Gebieten in Kursk zu unterstützen.',
        ),
        a0('Die Ukraine wies die russischen Behauptungen über die vollständige Rückeroberung zurück.'),
      ),
    ],
    facts: [
      fact(
        '2025-04-26',
        'Der Kreml verkündet die vollständige Rückeroberung der Region (nach Angaben von gnews.cz).',
        'The Kremlin announces the complete recapture of the region (according to gnews.cz).',
        a3(
          'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
        ),
      ),
    ],
    disputes: [KURSK_RETAKEN],
    related: ['kursk', 'ukrainian-armed-forces', 'kursk-recapture', 'north-korean-troops', 'ukraine-war'],
    importance: 3,
  },

  {
    id: 'kursk-recapture',
    kind: 'event',
    name: { de: 'Russische Rückeroberung der Region Kursk (2025)', en: 'Russian recapture of the Kursk region (2025)' },
    role: {
      de: 'Russische Gegenoffensive mit nordkoreanischer Beteiligung; vollständiger Erfolg umstritten',
      en: 'Russian counter-offensive with North Korean participation; complete success disputed',
    },
    aliases: [],
    match: {
      generic: [
        'Operationen zur Befreiung',
        'vollständige Rückeroberung',
        'vollständigen Rückeroberung',
        'Gegenangriff',
        'Gegenoffensive',
        'Russian counter-offensive',
      ],
      context: ['kcna', 'kursk'],
    },
    summary: [
      say(
        'In den Wochen vor dem 28. April 2025 blies Russland in Kursk zum Gegenangriff (nach Angaben von gnews.cz).',
        'In the weeks before 28 April 2025 Russia launched a counter-attack in Kursk (according to gnews.cz).',
        a3('In den letzten Wochen hat Russland jedoch zum Gegenangriff geblasen'),
      ),
      say(
        'Generalstabschef Gerassimow erklärte, die letzte Siedlung sei zurückerobert, und lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer; laut KCNA wurden die „Operationen zur Befreiung“ „siegreich abgeschlossen“.',
        'Chief of the General Staff Gerasimov said the last settlement had been retaken and praised the “courage” and “heroism” of the North Korean fighters; according to KCNA the “operations to liberate” were “victoriously concluded”.',
        a0(
          'Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.',
        ),
        a0('Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.'),
        a4(
          'wo sie sich laut KCNA an „Operationen zur Befreiung“ beteiligt haben, die als „siegreich abgeschlossen“ gemeldet wurden',
        ),
      ),
      say(
        'Die Ukraine bestreitet die vollständige Rückeroberung; ihre Truppen seien weiterhin in Kursk aktiv.',
        'Ukraine denies the complete recapture; its troops are still active in Kursk, it says.',
        a4(
          'Trotz der angeblichen Erfolge bestreitet die Ukraine die vollständige Rückeroberung der Gebiete und berichtet, dass ihre Truppen weiterhin in Kursk aktiv sind.',
        ),
      ),
    ],
    facts: [
      fact(
        '2025-04-27',
        'Selenskyj widerspricht: Die ukrainische Armee kämpft weiterhin in Kursk.',
        'Zelensky contradicts: the Ukrainian army is still fighting in Kursk.',
        a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      ),
    ],
    disputes: [KURSK_RETAKEN],
    related: ['kursk', 'kursk-offensive', 'gerassimow', 'kremlin', 'north-korean-troops', 'russian-armed-forces'],
    importance: 3,
  },

  {
    id: 'kcna-confirmation-2025',
    kind: 'event',
    name: {
      de: 'KCNA-Bestätigung der Truppenentsendung (28. April 2025)',
      en: 'KCNA confirmation of the troop deployment (28 April 2025)',
    },
    role: {
      de: 'Erste offizielle Bestätigung Nordkoreas, Truppen für Russland eingesetzt zu haben',
      en: 'North Korea’s first official confirmation that it deployed troops for Russia',
    },
    aliases: [],
    match: { generic: ['heilige Mission', 'sacred mission', 'holy mission'], context: ['kcna'] },
    summary: [
      say(
        'Am 28. April 2025 bestätigte Nordkorea über die staatliche Nachrichtenagentur KCNA erstmals offiziell, dass seine Truppen in Russland stationiert wurden, um den russischen Streitkräften zu helfen, die Kontrolle über die Region Kursk wiederzuerlangen (so gnews.cz).',
        'On 28 April 2025 North Korea confirmed officially for the first time, through the state news agency KCNA, that its troops had been stationed in Russia to help the Russian forces regain control of the Kursk region (so gnews.cz).',
        a0(
          'wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert',
        ),
        a3(
          'Nordkorea hat heute erstmals offiziell bestätigt, dass seine Truppen auf russischem Territorium stationiert wurden, um den russischen Streitkräften dabei zu helfen, die Kontrolle über die Region Kursk wiederzuerlangen',
        ),
      ),
      say(
        'Laut KCNA nannte Kim Jong-un den Kampf an der Seite Russlands eine „heilige Mission“ und die Soldaten „Helden“; in Pjöngjang soll ein Denkmal für die Gefallenen entstehen.',
        'According to KCNA, Kim Jong Un called the fight on Russia’s side a “holy mission” and the soldiers “heroes”; a monument to the fallen is to stand in Pyongyang.',
        a0('Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen'),
        a0(
          'Über die Soldaten sagte Kim Jong-un demnach: „Sie alle, die für die Gerechtigkeit gekämpft haben, sind Helden, die die Ehre ihres Vaterlandes repräsentieren.“',
        ),
        a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
      ),
      say(
        'Das US-Außenministerium reagierte alarmiert; Putin dankte nach Angaben von gnews.cz Kim Jong-un und den Truppen der Koreanischen Volksarmee.',
        'The US State Department reacted with alarm; according to gnews.cz, Putin thanked Kim Jong Un and the troops of the Korean People’s Army.',
        a0('Das US-Außenministerium reagierte alarmiert.'),
        a3(
          'dankte der russische Präsident Wladimir Putin dem nordkoreanischen Führer Kim Jong-un und den Truppen der Koreanischen Volksarmee',
        ),
      ),
    ],
    facts: [
      fact(
        '2025-04-28',
        'KCNA: Nordkoreanische Einheiten nahmen an den „Operationen zur Befreiung“ der Gebiete in Kursk teil; die Einsätze seien „siegreich abgeschlossen“.',
        'KCNA: North Korean units took part in the “operations to liberate” the areas in Kursk; the operations were “victoriously concluded”.',
        a0(
          'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
        ),
        a0('Diese Einsätze im Ukraine-Krieg seien „siegreich abgeschlossen“ worden.'),
      ),
      fact(
        '2025-04-28',
        'Nordkorea betont eine „Schlüsselrolle“ seiner Soldaten bei der „Wiederherstellung der territorialen Integrität Russlands“ (nach Angaben von gnews.cz).',
        'North Korea stresses its soldiers’ “key role” in “restoring Russia’s territorial integrity” (according to gnews.cz).',
        a3(
          'Nordkorea betonte in seiner Erklärung, dass seine Soldaten eine Schlüsselrolle bei der "Wiederherstellung der territorialen Integrität Russlands" spielten.',
        ),
      ),
      fact(
        undefined,
        'Die Bestätigung kam laut einem Bericht auf Befehl von Machthaber Kim Jong-un.',
        'According to one report, the confirmation came on the orders of leader Kim Jong Un.',
        a4(
          'Diese Bestätigung kam durch die nordkoreanische Nachrichtenagentur KCNA, die auf Befehl von Machthaber Kim Jong-un handelte.',
        ),
      ),
    ],
    related: ['kcna', 'kim-jong-un', 'north-korea', 'north-korean-troops', 'kursk', 'us-state-department', 'putin'],
    importance: 3,
  },

  {
    id: 'putin-visit-2024',
    kind: 'event',
    name: { de: 'Putins Besuch in Pjöngjang (Juni 2024)', en: 'Putin’s visit to Pyongyang (June 2024)' },
    role: {
      de: 'Gipfel, auf dem der russisch-nordkoreanische Beistandsvertrag unterzeichnet wurde',
      en: 'Summit at which the Russia–North Korea mutual-assistance treaty was signed',
    },
    aliases: [],
    match: {
      // The texts call it "Gipfel" (001) and "das Treffen im Sommer" (002).
      generic: ['Pjöngjang-Gipfel', 'Pyongyang summit', 'Gipfel', 'Gipfeltreffen', 'Treffen im Sommer'],
      context: ['putin'],
      blockers: [
        'G7-Gipfel',
        'G20-Gipfel',
        'Nato-Gipfel',
        'NATO-Gipfel',
        'EU-Gipfel',
        'Gipfel in Alaska',
        'Alaska-Gipfel',
      ],
    },
    summary: [
      say(
        'Im Juni 2024 traf Wladimir Putin erstmals nach Jahrzehnten in Nordkorea ein, zu Gesprächen mit Kim Jong-un.',
        'In June 2024 Vladimir Putin arrived in North Korea for the first time in decades, for talks with Kim Jong Un.',
        a1(
          'Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen, zu Gesprächen mit Diktator Kim.',
        ),
      ),
      say(
        'Auf dem mit viel Pomp begangenen Gipfel versicherten sich beide ihrer gegenseitigen Unterstützung und unterzeichneten einen Militärpakt.',
        'At the summit, held with much pomp, the two assured each other of mutual support and signed a military pact.',
        a1(
          'Auf dem mit viel Pomp begangenen Gipfel versicherten sich die beiden autokratisch regierenden Herrscher ihrer gegenseitigen Unterstützung und unterzeichneten einen Militärpakt.',
        ),
      ),
      say(
        'Kreml-Sprecher Peskow berief sich im Juli 2024 auf die dort getroffenen Vereinbarungen.',
        'In July 2024 Kremlin spokesman Peskov referred to the agreements reached there.',
        a1(
          '„In Fortsetzung der Vereinbarungen, die während des jüngsten Besuchs von Präsident Putin in Pjöngjang getroffen wurden',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-06',
        'Erster Besuch Putins in Nordkorea seit Jahrzehnten; Unterzeichnung eines Vertrags zur gegenseitigen Verteidigung und Unterstützung.',
        'Putin’s first visit to North Korea in decades; signing of a treaty of mutual defence and support.',
        a1('Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen'),
        a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
      ),
    ],
    related: ['putin', 'kim-jong-un', 'pyongyang', 'treaty-2024', 'peskow'],
    importance: 2,
  },

  {
    id: 'nk-arms-deliveries',
    kind: 'event',
    name: { de: 'Nordkoreanische Waffenlieferungen an Russland', en: 'North Korean arms deliveries to Russia' },
    role: {
      de: 'Lieferungen von Waffen und Munition seit 2023 (laut Geheimdiensten)',
      en: 'Supplies of weapons and ammunition since 2023 (according to intelligence services)',
    },
    aliases: [],
    match: {
      generic: [
        'nordkoreanische Waffenlieferungen',
        'nordkoreanischen Waffenlieferungen',
        'North Korean arms deliveries',
        'North Korean arms shipments',
        'North Korean weapons shipments',
      ],
      context: ['south-korea', 'nis', 'seoul'],
    },
    summary: [
      say(
        'Laut südkoreanischen und US-Geheimdienstberichten liefert Nordkorea seit 2023 massenhaft Waffen und Munition an Russland; auf ukrainischen Schlachtfeldern wurden immer wieder Teile nordkoreanischer Raketen entdeckt.',
        'According to South Korean and US intelligence reports, North Korea has been supplying Russia with weapons and ammunition on a massive scale since 2023; parts of North Korean missiles have repeatedly been found on Ukrainian battlefields.',
        a1(
          'So liefert Nordkorea südkoreanischen und US-Geheimdienstberichten zufolge seit 2023 massenhaft Waffen und Munition an Russland',
        ),
        a1('auf den Schlachtfeldern der Ukraine wurden zudem immer wieder Teile nordkoreanischer Raketen entdeckt.'),
      ),
      say(
        'Im Gegenzug erhält Nordkorea laut westlichen Experten Know-how für sein Raketen- und Satellitenprogramm; auch Nahrungsmittel und Treibstoff soll es von Russland erhalten haben.',
        'In return, Western experts say, North Korea receives know-how for its missile and satellite programme; it is also said to have received food and fuel from Russia.',
        a1(
          'Im Gegenzug versorgt Russland das Regime in Pjöngjang laut westlichen Experten mit Know-how für sein Raketen- und Satellitenprogramm, auch Nahrungsmittel und Treibstoff soll Nordkorea von Russland erhalten haben.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07',
        'Südkorea erwägt als Reaktion Waffenhilfe für die Ukraine.',
        'In response, South Korea considers arms aid for Ukraine.',
        a1(
          'Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen.',
        ),
      ),
    ],
    disputes: [ARMS_DELIVERIES],
    related: ['north-korea', 'russia', 'united-nations', 'south-korea', 'ukraine-war'],
    importance: 2,
  },

  {
    id: 'charge-summons',
    kind: 'event',
    name: {
      de: 'Einbestellung des nordkoreanischen Geschäftsträgers (2024)',
      en: 'Summons of North Korea’s chargé d’affaires (2024)',
    },
    role: {
      de: 'Reaktion des Auswärtigen Amts auf die Berichte über nordkoreanische Soldaten in Russland',
      en: 'The German Foreign Office’s response to the reports of North Korean soldiers in Russia',
    },
    aliases: [
      'nordkoreanischen Geschäftsträger',
      'nordkoreanische Geschäftsträger',
      'North Korean chargé d’affaires',
      "North Korean chargé d'affaires",
    ],
    summary: [
      say(
        'Das Auswärtige Amt reagierte auf die Berichte über nordkoreanische Soldaten in Russland, indem es den nordkoreanischen Geschäftsträger einbestellte.',
        'The German Foreign Office responded to the reports of North Korean soldiers in Russia by summoning North Korea’s chargé d’affaires.',
        a2(
          'Das Auswärtige Amt reagiert auf die Berichte, indem es den nordkoreanischen Geschäftsträger einbestellt hat.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Datiert nur durch den Bericht, der zwischen Juni und Dezember 2024 erschien; einen Tag nennt er nicht.',
        'Dated only by the report, which appeared between June and December 2024; it gives no day.',
        a2(
          'Das Auswärtige Amt reagiert auf die Berichte, indem es den nordkoreanischen Geschäftsträger einbestellt hat.',
        ),
      ),
    ],
    related: ['auswaertiges-amt', 'germany', 'north-korean-troops'],
    importance: 1,
  },
];
