/** Countries, regions and cities named in the source articles. */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';
import { CRIMEA_CESSION, KURSK_RETAKEN, SOUTH_KOREA_ARMS } from './disputes';

export const PLACES: CatalogEntry[] = [
  {
    id: 'kursk',
    kind: 'place',
    name: { de: 'Region Kursk', en: 'Kursk region' },
    role: { de: 'Russische Grenzregion zur Ukraine', en: 'Russian region on the border with Ukraine' },
    aliases: [
      'Kursk',
      'Region Kursk',
      'Grenzregion Kursk',
      'Gebiet Kursk',
      'Oblast Kursk',
      'Kursk region',
      'Kursk Oblast',
    ],
    match: {
      blockers: [
        'U-Boot Kursk',
        'Kursk (U-Boot)',
        'K-141 Kursk',
        'submarine Kursk',
        'Kursk submarine',
        'Schlacht von Kursk',
        'Schlacht bei Kursk',
        'Battle of Kursk',
        // The submarine lost in 2000 (quotes fold to '"'), and the 1943 salient.
        'U-Boot "Kursk"',
        'Untergang der Kursk',
        'sinking of the Kursk',
        'Kursk disaster',
        'Kursk tragedy',
        'Kursk-Unglück',
        'Kursker Bogen',
      ],
    },
    summary: [
      say(
        'Ob Russland die Region vollständig zurückerobert hat, ist umstritten: Der Kreml verkündete dies am 26. April 2025, die Ukraine widerspricht.',
        'Whether Russia has fully retaken the region is disputed: the Kremlin announced it on 26 April 2025, Ukraine contradicts it.',
        a3(
          'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
        ),
        a0('Die Ukraine wies die russischen Behauptungen über die vollständige Rückeroberung zurück.'),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Nordkorea entsandte nach Geheimdienstangaben über 10.000 Soldaten, um bei der Rückeroberung von Gebieten in Kursk zu helfen.',
        'According to intelligence services, North Korea sent more than 10,000 soldiers to help retake areas in Kursk.',
        a0(
          'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe, um bei der Rückeroberung von Gebieten in Kursk zu unterstützen.',
        ),
      ),
      fact(
        '2025-04-26',
        'Der Kreml verkündet, die Region Kursk vollständig „befreit“ zu haben (nach Angaben von gnews.cz).',
        'The Kremlin announces that it has fully “liberated” the Kursk region (according to gnews.cz).',
        a3(
          'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
        ),
      ),
      fact(
        '2025-04-27',
        'Selenskyj: Die ukrainische Armee kämpft weiterhin in Kursk.',
        'Zelensky: the Ukrainian army is still fighting in Kursk.',
        a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      ),
    ],
    disputes: [KURSK_RETAKEN],
    related: [
      'kursk-offensive',
      'kursk-recapture',
      'north-korean-troops',
      'russia',
      'ukraine',
      'gerassimow',
      'kremlin',
    ],
    importance: 3,
  },

  {
    id: 'north-korea',
    kind: 'place',
    name: { de: 'Nordkorea', en: 'North Korea' },
    role: {
      de: 'Von Kim Jong-un regierter Staat, enger Partner Russlands',
      en: 'State ruled by Kim Jong Un, close partner of Russia',
    },
    aliases: [
      'Nordkorea',
      'Nord-Korea',
      'North Korea',
      'Demokratische Volksrepublik Korea',
      "Democratic People's Republic of Korea",
      'DVRK',
      'DPRK',
    ],
    match: {
      caseSensitive: ['DVRK', 'DPRK'],
      generic: ['der Norden'],
      context: ['south-korea', 'korean-peninsula', 'seoul', 'yoon-suk-yeol'],
      // "der Norden der Ukraine", "der Norden des Landes": a direction, not North Korea.
      blockers: ['der Norden der', 'der Norden des', 'der Norden von', 'der Norden Russlands', 'der Norden Kursks'],
    },
    summary: [
      say(
        'Am 28. April 2025 bestätigte Nordkorea über die Staatsagentur KCNA erstmals offiziell, dass seine Truppen an der Seite Russlands gekämpft haben; Waffenlieferungen bestätigten laut einem Bericht von 2024 weder Moskau noch Pjöngjang offiziell.',
        'On 28 April 2025 North Korea confirmed officially for the first time, through the state agency KCNA, that its troops had fought on Russia’s side; according to a 2024 report, neither Moscow nor Pyongyang officially confirmed arms deliveries.',
        a0(
          'Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen, wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert.',
        ),
        a3(
          'Nordkorea hat heute erstmals offiziell bestätigt, dass seine Truppen auf russischem Territorium stationiert wurden',
        ),
        a2('Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen'),
      ),
      say(
        'Seit Beginn des Ukraine-Kriegs ist Nordkorea zu einem der engsten Partner des Kreml aufgestiegen.',
        'Since the start of the Ukraine war North Korea has become one of the Kremlin’s closest partners.',
        a1('Seit Beginn des Ukraine-Kriegs ist Nordkorea zu einem der engsten Partner des Kreml aufgestiegen.'),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Laut KCNA bricht eine „Delegation von Militärausbildern“ nach Russland auf.',
        'According to KCNA, a “delegation of military instructors” leaves for Russia.',
        a1(
          'verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland',
        ),
      ),
      fact(
        '2024',
        'Entsendung von über 10.000 Soldaten nach Russland (Schätzung südkoreanischer und westlicher Geheimdienste).',
        'More than 10,000 soldiers sent to Russia (estimate of South Korean and Western intelligence services).',
        a4(
          'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.',
        ),
      ),
    ],
    related: [
      'kim-jong-un',
      'pyongyang',
      'russia',
      'treaty-2024',
      'north-korean-troops',
      'kcna-confirmation-2025',
      'korean-peoples-army',
      'nk-arms-deliveries',
      'south-korea',
    ],
    importance: 3,
  },

  {
    id: 'russia',
    kind: 'place',
    name: { de: 'Russland', en: 'Russia' },
    role: {
      de: 'Führt den Angriffskrieg gegen die Ukraine; Vertragspartner Nordkoreas',
      en: 'Wages the war of aggression against Ukraine; treaty partner of North Korea',
    },
    aliases: ['Russland', 'Russia', 'Russische Föderation', 'Russischen Föderation', 'Russian Federation'],
    summary: [
      say(
        'Seit der russischen Invasion in der Ukraine haben sich Russland und Nordkorea angenähert.',
        'Since the Russian invasion of Ukraine, Russia and North Korea have moved closer together.',
        a2('Seit der russischen Invasion in der Ukraine haben sich Russland und Nordkorea angenähert.'),
      ),
    ],
    facts: [
      fact(
        '2024-06',
        'Unterzeichnung eines Vertrags zur gegenseitigen Verteidigung und Unterstützung mit Nordkorea.',
        'Signed a treaty of mutual defence and support with North Korea.',
        a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
      ),
      fact(
        undefined,
        'Hatte vor der KCNA-Bestätigung bereits eingeräumt, nordkoreanische Soldaten für den Einsatz an der Grenze zur Ukraine mobilisiert zu haben.',
        'Had admitted before the KCNA confirmation that it had mobilised North Korean soldiers for deployment at the Ukrainian border.',
        a4(
          'Bereits zuvor hatte Russland eingeräumt, nordkoreanische Soldaten für den Einsatz an der Ukraine-Grenze mobilisiert zu haben, um die Region zurückzuerobern.',
        ),
      ),
      fact(
        '2025-04',
        'Laut AFP zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit (nach Angaben von gnews.cz).',
        'According to AFP, ready for negotiations with Ukraine to end the conflict (according to gnews.cz).',
        a3(
          'AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt',
        ),
      ),
    ],
    related: [
      'putin',
      'kremlin',
      'moscow',
      'north-korea',
      'ukraine-war',
      'treaty-2024',
      'kursk',
      'russian-armed-forces',
    ],
    importance: 3,
  },

  {
    id: 'ukraine',
    kind: 'place',
    name: { de: 'Ukraine', en: 'Ukraine' },
    role: { de: 'Von Russland angegriffener Staat', en: 'State attacked by Russia' },
    aliases: ['Ukraine'],
    summary: [
      say(
        'Bei russischen Angriffen am 8. Juli 2024 wurden landesweit Dutzende Menschen getötet und 190 verletzt; in Kiew wurde ein Kinderkrankenhaus zerstört.',
        'In Russian attacks on 8 July 2024, dozens of people were killed nationwide and 190 injured; a children’s hospital in Kyiv was destroyed.',
        a1(
          'Am Montag wurden bei Angriffen landesweit Dutzende Menschen getötet und 190 weiter verletzt, zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Heftigste russische Angriffe seit Langem; Kinderkrankenhaus in Kiew zerstört.',
        'Heaviest Russian attacks in a long time; children’s hospital in Kyiv destroyed.',
        a1('Unterdessen leidet die Bevölkerung in der Ukraine unter den heftigsten russischen Attacken seit Langem.'),
        a1(
          'Am Montag wurden bei Angriffen landesweit Dutzende Menschen getötet und 190 weiter verletzt, zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.',
        ),
      ),
      fact(
        '2025-04-27',
        'Weist die russische Meldung einer vollständigen Rückeroberung von Kursk zurück.',
        'Rejects Russia’s report of a complete recapture of Kursk.',
        a0('Die Ukraine wies die russischen Behauptungen über die vollständige Rückeroberung zurück.'),
        a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      ),
    ],
    related: ['selenskyj', 'kyiv', 'ukraine-war', 'kursk-offensive', 'ukrainian-armed-forces', 'russia', 'crimea'],
    importance: 3,
  },

  {
    id: 'south-korea',
    kind: 'place',
    name: { de: 'Südkorea', en: 'South Korea' },
    role: {
      de: 'Rivale Nordkoreas, offiziell weiterhin im Krieg mit dem Norden',
      en: 'North Korea’s rival, officially still at war with the North',
    },
    aliases: ['Südkorea', 'Süd-Korea', 'South Korea', 'Republik Korea', 'Republic of Korea'],
    match: {
      // Yoon's "der Süden oder der Norden": South Korea only where the Koreas are the topic.
      generic: ['der Süden'],
      context: ['north-korea', 'korean-peninsula', 'yoon-suk-yeol'],
      blockers: [
        'der Süden der',
        'der Süden des',
        'der Süden von',
        'der Süden Russlands',
        'der Süden Kursks',
        'der Süden Europas',
      ],
    },
    summary: [
      say(
        'Südkorea befindet sich offiziell weiterhin im Krieg mit Nordkorea; eine militärische Beteiligung Nordkoreas in der Ukraine könnte die Rivalität zwischen Nord- und Südkorea anheizen.',
        'South Korea is officially still at war with North Korea; North Korea’s military involvement in Ukraine could fuel the rivalry between North and South Korea.',
        a1('dessen Land sich offiziell weiterhin im Krieg mit Nordkorea befindet'),
        a4(
          'Die militärische Beteiligung Nordkoreas könnte nicht nur den Verlauf des Ukraine-Kriegs beeinflussen, sondern auch die Rivalität zwischen Nord- und Südkorea anheizen.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07',
        'Die Regierung in Seoul erwägt als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland, die Ukraine mit Waffen zu unterstützen.',
        'In response to North Korean arms deliveries to Russia, the government in Seoul considers supplying Ukraine with weapons.',
        a1(
          'Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen.',
        ),
      ),
    ],
    disputes: [SOUTH_KOREA_ARMS],
    related: ['north-korea', 'seoul', 'yoon-suk-yeol', 'nis', 'korean-peninsula'],
    importance: 2,
  },

  {
    id: 'usa',
    kind: 'place',
    name: { de: 'USA', en: 'United States' },
    role: { de: 'Vereinigte Staaten von Amerika', en: 'United States of America' },
    aliases: [
      'USA',
      'US',
      'U.S.',
      'U.S.A.',
      'United States',
      'United States of America',
      'Vereinigte Staaten',
      'Vereinigten Staaten',
      'Vereinigte Staaten von Amerika',
    ],
    match: {
      caseSensitive: ['USA', 'US', 'U.S.', 'U.S.A.'],
      // Names of other things that open with the country: a tournament, a territory, a currency, companies.
      blockers: [
        'USA Today',
        'Team USA',
        'US Open',
        'US-Open',
        'U.S. Open',
        'US Virgin Islands',
        'U.S. Virgin Islands',
        'United States Virgin Islands',
        'US-Dollar',
        'US-Dollars',
        'US dollar',
        'US dollars',
        'U.S. dollar',
        'U.S. dollars',
        'US Steel',
        'U.S. Steel',
        'US Airways',
      ],
    },
    summary: [
      say(
        'Eine Bemerkung von US-Präsident Donald Trump zur Krim löste Spekulationen über eine mögliche Änderung der US-Politik gegenüber dem Konflikt aus (nach Angaben von gnews.cz).',
        'A remark by US President Donald Trump about Crimea set off speculation about a possible change in US policy towards the conflict (according to gnews.cz).',
        a3(
          'Diese Bemerkung von Trump hat Spekulationen über eine mögliche Änderung der US-Politik gegenüber dem Konflikt ausgelöst.',
        ),
      ),
    ],
    facts: [
      fact(
        '2025-04-28',
        'Das US-Außenministerium reagiert alarmiert auf die nordkoreanische Bestätigung.',
        'The US State Department reacts with alarm to North Korea’s confirmation.',
        a0('Das US-Außenministerium reagierte alarmiert.'),
      ),
    ],
    related: ['us-state-department', 'lloyd-austin', 'trump', 'csis'],
    importance: 2,
  },

  {
    id: 'germany',
    kind: 'place',
    name: { de: 'Deutschland', en: 'Germany' },
    role: { de: 'Bundesrepublik Deutschland', en: 'Federal Republic of Germany' },
    aliases: ['Deutschland', 'Germany', 'Bundesrepublik Deutschland'],
    match: { blockers: ['Alternative für Deutschland', 'Bündnis Deutschland'] },
    summary: [
      say(
        'Eine nordkoreanische Unterstützung Russlands würde nach Einschätzung des Auswärtigen Amts die Sicherheit Deutschlands und der europäischen Friedensordnung bedrohen.',
        'In the view of the German Foreign Office, North Korean support for Russia would threaten the security of Germany and of the European peace order.',
        a2(
          'Eine nordkoreanische Unterstützung Russlands würde die Sicherheit Deutschlands und der europäischen Friedensordnung bedrohen, schreibt das Ministerium auf X.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Das Auswärtige Amt bestellt den nordkoreanischen Geschäftsträger ein.',
        'The Foreign Office summons North Korea’s chargé d’affaires.',
        a2(
          'Das Auswärtige Amt reagiert auf die Berichte, indem es den nordkoreanischen Geschäftsträger einbestellt hat.',
        ),
      ),
    ],
    related: ['auswaertiges-amt', 'pistorius', 'europe'],
    importance: 1,
  },

  {
    id: 'pyongyang',
    kind: 'place',
    name: { de: 'Pjöngjang', en: 'Pyongyang' },
    role: { de: 'Hauptstadt Nordkoreas', en: 'Capital of North Korea' },
    aliases: ['Pjöngjang', 'Pyongyang', 'Pjongjang', 'Phjöngjang'],
    summary: [
      say(
        'Pjöngjang ist Nordkoreas Hauptstadt; im Juni 2024 besuchte Wladimir Putin dort Kim Jong-un.',
        'Pyongyang is North Korea’s capital; in June 2024 Vladimir Putin visited Kim Jong Un there.',
        a1('in Nordkoreas Hauptstadt Pjöngjang'),
        a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
      ),
      say(
        'In Pjöngjang soll künftig ein Denkmal an die im Ukraine-Krieg gefallenen Soldaten erinnern.',
        'A monument in Pyongyang is to commemorate the soldiers killed in the Ukraine war.',
        a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
      ),
    ],
    facts: [
      fact(
        '2024-06',
        'Gipfel von Putin und Kim Jong-un; Unterzeichnung eines Vertrags zur gegenseitigen Verteidigung und Unterstützung.',
        'Summit of Putin and Kim Jong Un; signing of a treaty of mutual defence and support.',
        a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
      ),
    ],
    related: ['north-korea', 'kim-jong-un', 'putin-visit-2024', 'kim-il-sung-military-university'],
    importance: 2,
  },

  {
    id: 'seoul',
    kind: 'place',
    name: { de: 'Seoul', en: 'Seoul' },
    role: { de: 'Sitz der südkoreanischen Regierung', en: 'Seat of South Korea’s government' },
    aliases: ['Seoul'],
    summary: [
      say(
        'Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland erwog die Regierung in Seoul im Juli 2024, die Ukraine ihrerseits mit Waffen zu unterstützen.',
        'In response to North Korean arms deliveries to Russia, the government in Seoul considered in July 2024 supplying Ukraine with weapons itself.',
        a1(
          'Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen.',
        ),
      ),
    ],
    facts: [],
    related: ['south-korea', 'yoon-suk-yeol'],
    importance: 1,
  },

  {
    id: 'kyiv',
    kind: 'place',
    name: { de: 'Kiew', en: 'Kyiv' },
    role: { de: 'Hauptstadt der Ukraine', en: 'Capital of Ukraine' },
    aliases: ['Kiew', 'Kyiv', 'Kiev', 'Kijiw', 'Kyjiw'],
    match: {
      blockers: [
        'Dynamo Kiew',
        'Dynamo Kyiv',
        'Dynamo Kiev',
        'Chicken Kiev',
        'Chicken Kyiv',
        'Hähnchen Kiew',
        'Kiewer Rus',
      ],
    },
    summary: [
      say(
        'Bei russischen Angriffen am 8. Juli 2024 wurde in der ukrainischen Hauptstadt ein Kinderkrankenhaus zerstört.',
        'In Russian attacks on 8 July 2024, a children’s hospital in the Ukrainian capital was destroyed.',
        a1('zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.'),
      ),
    ],
    facts: [],
    related: ['ukraine', 'selenskyj'],
    importance: 2,
  },

  {
    id: 'moscow',
    kind: 'place',
    name: { de: 'Moskau', en: 'Moscow' },
    role: {
      de: 'Steht in den Berichten für die russische Führung, neben Pjöngjang',
      en: 'Stands for Russia’s leadership in the reports, alongside Pyongyang',
    },
    aliases: ['Moskau', 'Moscow'],
    match: {
      blockers: [
        'Spartak Moskau',
        'Dynamo Moskau',
        'ZSKA Moskau',
        'Lokomotive Moskau',
        'Spartak Moscow',
        'CSKA Moscow',
        'Dynamo Moscow',
        'Moscow, Idaho',
        'Moscow (Idaho)',
        'Moscow Mule',
      ],
    },
    summary: [
      say(
        'Selenskyj sagte, es sei klar, dass Pjöngjang „ebenso wie Moskau“ Menschen nicht zähle und Menschenleben nicht achte.',
        'Zelensky said it was clear that Pyongyang, “just like Moscow”, does not count people and does not respect human life.',
        a2('„Es ist klar, dass Pjöngjang ebenso wie Moskau Menschen nicht zählt und Menschenleben nicht achtet.“'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Bestätigte Waffenlieferungen aus Nordkorea laut einem Bericht von 2024 offiziell nicht.',
        'Did not officially confirm arms deliveries from North Korea, according to a 2024 report.',
        a2(
          'Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen, die zudem gegen Sanktionen der Vereinten Nationen verstoßen würden.',
        ),
      ),
    ],
    related: ['russia', 'kremlin', 'pyongyang'],
    importance: 2,
  },

  {
    id: 'donetsk',
    kind: 'place',
    name: { de: 'Donezk', en: 'Donetsk' },
    role: {
      de: 'Im Krieg zerstörte Stadt in der russisch kontrollierten „Volksrepublik Donezk“',
      en: 'War-damaged city in the Russian-controlled “Donetsk People’s Republic”',
    },
    aliases: ['Donezk', 'Donetsk'],
    match: { blockers: ['Region Donezk', 'Gebiet Donezk', 'Oblast Donezk', 'Donetsk region', 'Donetsk Oblast'] },
    summary: [
      say(
        'Nordkoreanische Armee-Pioniere sollten laut einem südkoreanischen Fernsehbericht angeblich helfen, die im Krieg zerstörte Stadt Donezk wieder aufzubauen.',
        'According to a South Korean TV report, North Korean army engineers were allegedly to help rebuild the war-destroyed city of Donetsk.',
        a1(
          'Wenig später berichtete ein südkoreanischer Fernsehsender unter Berufung auf Geheimdienstkreise, dass der Norden Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden wolle.',
        ),
        a1('Diese sollen angeblich dabei helfen, die im Krieg zerstörte Stadt Donezk aufzubauen.'),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Bericht über geplante nordkoreanische Armee-Pioniere für den Wiederaufbau.',
        'Report of planned North Korean army engineers for reconstruction.',
        a1('Diese sollen angeblich dabei helfen, die im Krieg zerstörte Stadt Donezk aufzubauen.'),
      ),
    ],
    related: ['donetsk-peoples-republic', 'north-korea', 'ukraine-war'],
    importance: 1,
  },

  {
    id: 'donetsk-peoples-republic',
    kind: 'place',
    name: { de: 'Volksrepublik Donezk', en: 'Donetsk People’s Republic' },
    role: { de: 'Russisch kontrolliertes Gebiet um Donezk', en: 'Russian-controlled territory around Donetsk' },
    aliases: ['Volksrepublik Donezk', 'Donezker Volksrepublik', "Donetsk People's Republic"],
    match: {
      generic: ['DNR', 'DVR', 'DPR'],
      caseSensitive: ['DNR', 'DVR', 'DPR'],
      context: ['donetsk', 'ukraine', 'ukraine-war'],
    },
    summary: [
      say(
        'Laut einem südkoreanischen Fernsehsender wollte Nordkorea 2024 Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden.',
        'According to a South Korean TV channel, North Korea wanted to send army engineers to the Russian-controlled Donetsk People’s Republic in 2024.',
        a1(
          'Wenig später berichtete ein südkoreanischer Fernsehsender unter Berufung auf Geheimdienstkreise, dass der Norden Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden wolle.',
        ),
      ),
    ],
    facts: [],
    related: ['donetsk', 'north-korea', 'russia'],
    importance: 1,
  },

  {
    id: 'crimea',
    kind: 'place',
    name: { de: 'Krim', en: 'Crimea' },
    role: {
      de: 'Gebiet, dessen Abtretung an Russland Trump ins Gespräch brachte',
      en: 'Territory whose cession to Russia Trump floated',
    },
    aliases: ['Krim', 'Crimea', 'Halbinsel Krim', 'Crimean Peninsula'],
    match: { blockers: ['Krim-Krieg'] },
    summary: [
      say(
        'Die Krim wird in den Quellen nur einmal genannt, in einem Bericht von gnews.cz über ein Treffen von Trump und Selenskyj in Rom.',
        'Crimea is named only once in the sources, in a gnews.cz report on a meeting of Trump and Zelensky in Rome.',
        a3(
          'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten, obwohl der ukrainische Präsident einen solchen Schritt wiederholt abgelehnt hat.',
        ),
      ),
    ],
    facts: [
      fact(
        '2025-04',
        'Trumps Bemerkung zur Krim löst Spekulationen über eine Änderung der US-Politik aus (nach Angaben von gnews.cz).',
        'Trump’s remark about Crimea sets off speculation about a change in US policy (according to gnews.cz).',
        a3(
          'Diese Bemerkung von Trump hat Spekulationen über eine mögliche Änderung der US-Politik gegenüber dem Konflikt ausgelöst.',
        ),
      ),
    ],
    disputes: [CRIMEA_CESSION],
    related: ['trump', 'selenskyj', 'rome', 'ukraine', 'russia', 'gnews'],
    importance: 2,
  },

  {
    id: 'rome',
    kind: 'place',
    name: { de: 'Rom', en: 'Rome' },
    role: {
      de: 'Ort des Treffens von Trump und Selenskyj (April 2025)',
      en: 'Where Trump and Zelensky met (April 2025)',
    },
    aliases: [],
    match: {
      generic: ['Rom', 'Rome'],
      context: ['trump', 'selenskyj', 'putin', 'ukraine', 'russia', 'ukraine-war'],
      blockers: [
        'Rome Statute',
        'Statute of Rome',
        'Statut von Rom',
        'Treaty of Rome',
        'Treaties of Rome',
        'Vertrag von Rom',
        'Verträge von Rom',
        'Club of Rome',
        'AS Rom',
        'Lazio Rom',
        'Rome, Georgia',
        'Rome, New York',
      ],
    },
    summary: [
      say(
        'Rom ist Schauplatz eines einzigen Ereignisses in den Quellen: des Treffens von Trump und Selenskyj im April 2025 (nach Angaben von gnews.cz).',
        'Rome is the scene of a single event in the sources: the meeting of Trump and Zelensky in April 2025 (according to gnews.cz).',
        a3('bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom'),
      ),
    ],
    facts: [],
    related: ['trump', 'selenskyj', 'crimea'],
    importance: 1,
  },

  {
    id: 'london',
    kind: 'place',
    name: { de: 'London', en: 'London' },
    role: {
      de: 'Ort eines gemeinsamen Auftritts von Pistorius und Healey',
      en: 'Where Pistorius and Healey appeared together',
    },
    aliases: ['London'],
    match: { blockers: ['Jack London', 'London Breed', 'London, Ontario', 'New London'] },
    summary: [
      say(
        'In London traten der deutsche Verteidigungsminister Boris Pistorius und sein britischer Kollege John Healey gemeinsam auf; beide verurteilten die „potenzielle Eskalation“ durch nordkoreanische Soldaten in Russland.',
        'In London, German Defence Minister Boris Pistorius and his British counterpart John Healey appeared together; both condemned the “potential escalation” by North Korean soldiers in Russia.',
        a2(
          'Verteidigungsminister Boris Pistorius zeigte sich bei einem Auftritt in London gemeinsam mit seinem britischen Kollegen John Healy ebenfalls besorgt.',
        ),
        a2('„Wir beide verurteilen diese potenzielle Eskalation absolut“, sagte Healey.'),
      ),
    ],
    facts: [],
    related: ['pistorius', 'healey'],
    importance: 1,
  },

  {
    id: 'europe',
    kind: 'place',
    name: { de: 'Europa', en: 'Europe' },
    role: {
      de: 'In den Berichten: wessen Frieden und Sicherheit bedroht seien',
      en: 'In the reports: whose peace and security are said to be threatened',
    },
    aliases: ['Europa', 'Europe'],
    match: {
      blockers: [
        'Europa League',
        'Europa Conference League',
        'Europa-Park',
        'Europa Clipper',
        'Jupitermond Europa',
        'Mond Europa',
        'Eismond Europa',
        "Jupiter's moon Europa",
        'Europa-Universität',
        'Council of Europe',
        'Radio Free Europe',
      ],
    },
    summary: [
      say(
        'Südkoreas Präsident Yoon nannte die militärische Zusammenarbeit Russlands und Nordkoreas eine Bedrohung für Frieden und Sicherheit auf der koreanischen Halbinsel und in Europa.',
        'South Korea’s President Yoon called the military cooperation between Russia and North Korea a threat to peace and security on the Korean Peninsula and in Europe.',
        a1(
          'eine große Herausforderung für den Frieden und die Sicherheit auf der koreanischen Halbinsel und in Europa dar',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Eine nordkoreanische Unterstützung Russlands würde laut Auswärtigem Amt die europäische Friedensordnung bedrohen.',
        'According to the German Foreign Office, North Korean support for Russia would threaten the European peace order.',
        a2(
          'Eine nordkoreanische Unterstützung Russlands würde die Sicherheit Deutschlands und der europäischen Friedensordnung bedrohen',
        ),
      ),
    ],
    related: ['korean-peninsula', 'ukraine-war', 'germany'],
    importance: 1,
  },

  {
    id: 'korean-peninsula',
    kind: 'place',
    name: { de: 'Koreanische Halbinsel', en: 'Korean Peninsula' },
    role: { de: 'Halbinsel mit Nord- und Südkorea', en: 'Peninsula of North and South Korea' },
    aliases: ['koreanische Halbinsel', 'koreanischen Halbinsel', 'Korean Peninsula'],
    summary: [
      say(
        'Ein Bericht von 2025 zufolge unterstützt Nordkorea Russland, während Südkorea die Ukraine mit Artillerie und Munition beliefert (ein Bericht vom Juli 2024 sagte noch, Südkorea beliefere nur die Verbündeten der Ukraine); das könnte die Spannungen auf der koreanischen Halbinsel erhöhen.',
        'According to a 2025 report, North Korea supports Russia while South Korea supplies Ukraine with artillery and ammunition (a July 2024 report still said South Korea supplied only Ukraine’s allies); this could raise tensions on the Korean Peninsula.',
        a4('Während Nordkorea Russland unterstützt, beliefert Südkorea die Ukraine mit Artillerie und Munition.'),
        a1('beliefert bislang aber lediglich die Verbündeten der Ukraine, nicht aber das bedrängte Land selbst'),
        a4(
          'Diese militärischen Bewegungen werden in beiden Ländern genau beobachtet, da sie die geopolitischen Spannungen auf der koreanischen Halbinsel erhöhen könnten.',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Nord- und Südkorea beobachten die militärischen Bewegungen genau.',
        'North and South Korea are watching the military movements closely.',
        a4('Diese militärischen Bewegungen werden in beiden Ländern genau beobachtet'),
      ),
    ],
    related: ['north-korea', 'south-korea', 'yoon-suk-yeol'],
    importance: 1,
  },
];
