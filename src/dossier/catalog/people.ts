/** Persons named in the source articles. */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';
import { CRIMEA_CESSION } from './disputes';

export const PEOPLE: CatalogEntry[] = [
  {
    id: 'kim-jong-un',
    kind: 'person',
    name: { de: 'Kim Jong-un', en: 'Kim Jong Un' },
    role: { de: 'Machthaber Nordkoreas', en: 'Leader of North Korea' },
    aliases: ['Kim Jong-un', 'Kim Jong Un', 'Kim Jongun'],
    match: {
      short: ['Kim'],
      blockers: [
        'Kim Jong Il',
        'Kim Jong-il',
        'Kim Jong Nam',
        'Kim Jong-nam',
        'Kim Yo Jong',
        'Kim Yo-jong',
        'Kim Ju Ae',
        'Kim Ju-ae',
        'Kim Yong Hyun',
        'Kim Yong-hyun',
        'Kim Yong Chol',
        'Kim Yong-chol',
        'Kim Yong Bok',
        'Kim Yong-bok',
        'Kim Tok Hun',
        'Kim Tok-hun',
        'Kim Song Nam',
        'Kim Song-nam',
        'Kim Keon Hee',
        'Kim Keon-hee',
        'Kim Dae Jung',
        'Kim Dae-jung',
        'Kim Young Sam',
        'Kim Young-sam',
        'Kim Kardashian',
        // Women and the family are not the leader ("Ms. Kim" is his sister in the NYT's style).
        'Ms. Kim',
        'Ms Kim',
        'Mrs. Kim',
        'Frau Kim',
        'the Kims',
        'die Kims',
        'Kim dynasty',
        'Kim-Dynastie',
        'Kim family',
        'Kim-Familie',
        'Kim-Clan',
        'Kim clan',
      ],
    },
    summary: [
      say(
        'Nordkoreas Machthaber Kim Jong-un traf die Entscheidung, Truppen nach Russland zu entsenden – im Rahmen eines Abkommens für eine umfassende strategische Partnerschaft mit Russland.',
        'North Korea’s leader Kim Jong Un made the decision to send troops to Russia, under an agreement on a comprehensive strategic partnership with Russia.',
        a0(
          'Die Entscheidung traf Nordkoreas Machthaber Kim Jong-un im Rahmen eines Abkommens für eine umfassende strategische Partnerschaft mit Russland.',
        ),
      ),
      say(
        'Im Juni 2024 empfing er Wladimir Putin in Pjöngjang; dort unterzeichneten beide einen Vertrag zur gegenseitigen Verteidigung und Unterstützung.',
        'In June 2024 he received Vladimir Putin in Pyongyang, where the two signed a treaty of mutual defence and support.',
        a1(
          'Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen, zu Gesprächen mit Diktator Kim.',
        ),
        a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
        a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
      ),
      say(
        'Laut KCNA nannte Kim Jong-un den Kampf an der Seite Russlands eine „heilige Mission“ und die Soldaten „Helden, die die Ehre ihres Vaterlandes repräsentieren“.',
        'According to KCNA, Kim Jong Un called the fight on Russia’s side a “holy mission” and the soldiers “heroes who represent the honour of their fatherland”.',
        a0(
          'Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen, wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert.',
        ),
        a0(
          'Über die Soldaten sagte Kim Jong-un demnach: „Sie alle, die für die Gerechtigkeit gekämpft haben, sind Helden, die die Ehre ihres Vaterlandes repräsentieren.“',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Entschloss sich laut einem Bericht, seine Elite-Infanteriebrigaden nach Russland zu entsenden – ein Schritt, der als riskant gilt.',
        'According to one report, decided to send his elite infantry brigades to Russia, a move seen as risky.',
        a4(
          'Kim Jong-un hat sich entschlossen, seine Elite-Infanteriebrigaden nach Russland zu entsenden, was als riskanter Schritt angesehen wird.',
        ),
      ),
      fact(
        '2025-04-28',
        'Laut KCNA soll in Pjöngjang ein Denkmal für die im Ukraine-Krieg gefallenen Soldaten entstehen.',
        'According to KCNA, a monument to the soldiers killed in the Ukraine war is to stand in Pyongyang.',
        a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
      ),
      fact(
        '2025-04',
        'Wladimir Putin dankte ihm und den Truppen der Koreanischen Volksarmee (nach Angaben von gnews.cz).',
        'Vladimir Putin thanked him and the troops of the Korean People’s Army (according to gnews.cz).',
        a3(
          'Als Reaktion auf diese Unterstützung dankte der russische Präsident Wladimir Putin dem nordkoreanischen Führer Kim Jong-un und den Truppen der Koreanischen Volksarmee.',
        ),
      ),
    ],
    related: [
      'north-korea',
      'putin',
      'treaty-2024',
      'kcna-confirmation-2025',
      'north-korean-troops',
      'pyongyang',
      'elite-infantry-brigades',
      'kim-il-sung',
    ],
    importance: 3,
  },

  {
    id: 'putin',
    kind: 'person',
    name: { de: 'Wladimir Putin', en: 'Vladimir Putin' },
    role: { de: 'Präsident Russlands', en: 'President of Russia' },
    // "Kreml-Chef" is Putin, not the Kremlin (the compound rule alone would link "Kreml").
    aliases: [
      'Wladimir Putin',
      'Vladimir Putin',
      'Putin',
      'Wladimir Wladimirowitsch Putin',
      'Vladimir Vladimirovich Putin',
      'Kreml-Chef',
    ],
    summary: [
      say(
        'Der russische Präsident reiste im Juni 2024 erstmals nach Jahrzehnten nach Nordkorea; auf dem Gipfel mit Kim Jong-un unterzeichneten beide einen Militärpakt.',
        'In June 2024 the Russian president travelled to North Korea for the first time in decades; at the summit with Kim Jong Un the two signed a military pact.',
        a1(
          'Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen, zu Gesprächen mit Diktator Kim.',
        ),
        a1(
          'Auf dem mit viel Pomp begangenen Gipfel versicherten sich die beiden autokratisch regierenden Herrscher ihrer gegenseitigen Unterstützung und unterzeichneten einen Militärpakt.',
        ),
      ),
      say(
        'Nach Angaben von gnews.cz dankte Putin Nordkorea für seine Unterstützung.',
        'According to gnews.cz, Putin thanked North Korea for its support.',
        a3('Der russische Präsident Wladimir Putin dankte Nordkorea für seine Unterstützung.'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Generalstabschef Waleri Gerassimow informierte ihn über den „bedeutenden Beitrag“ der nordkoreanischen Truppen.',
        'Chief of the General Staff Valery Gerasimov briefed him on the significant contribution of the North Korean troops.',
        a4(
          'Russlands Generalstabschef Waleri Gerassimow informierte Präsident Wladimir Putin über den bedeutenden Beitrag der nordkoreanischen Truppen.',
        ),
      ),
    ],
    related: [
      'russia',
      'kim-jong-un',
      'putin-visit-2024',
      'treaty-2024',
      'kremlin',
      'gerassimow',
      'peskow',
      'korean-peoples-army',
    ],
    importance: 3,
  },

  {
    id: 'selenskyj',
    kind: 'person',
    name: { de: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky' },
    role: { de: 'Präsident der Ukraine', en: 'President of Ukraine' },
    aliases: [
      'Wolodymyr Selenskyj',
      'Wolodymyr Selenskij',
      'Wolodymyr Selenski',
      'Wolodimir Selenski',
      'Wolodymyr Zelenskij',
      'Volodymyr Zelensky',
      'Volodymyr Zelenskyy',
      'Volodymyr Zelenskiy',
      'Selenskyj',
      'Selenskij',
      'Selenski',
      'Zelenskij',
      'Zelenskyj',
      'Zelensky',
      'Zelenskyy',
      'Zelenskiy',
    ],
    summary: [
      say(
        'Der ukrainische Präsident forderte in einer Videobotschaft, eine Ausweitung des russischen Angriffskrieges mit nordkoreanischer Unterstützung zu verhindern; der Druck auf Nordkorea reiche „definitiv nicht aus“.',
        'In a video message the Ukrainian president called for preventing an expansion of Russia’s war of aggression with North Korean support; the pressure on North Korea was “definitely not enough”.',
        a2(
          'Der ukrainische Präsident Wolodimir Selenski hat am Dienstagabend bereits gefordert, eine Ausweitung des russischen Angriffskrieges mit nordkoreanischer Unterstützung zu verhindern.',
        ),
        a2('dann reicht der Druck auf dieses Regime definitiv nicht aus“, sagte Selenski in einer Videobotschaft.'),
      ),
      say(
        'Nach seinen Angaben trainierten nordkoreanische Einheiten auf russischem Boden, „vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“.',
        'According to him, North Korean units were training on Russian soil, “perhaps even two brigades of 6,000 men each”.',
        a2(
          'Selenski zufolge habe auch die Ukraine Informationen über die Ausbildung nordkoreanischer Soldaten auf russischem Boden.',
        ),
        a2('„Vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“, sagte der ukrainische Präsident.'),
      ),
      say(
        'Am 27. April 2025 widersprach er der russischen Darstellung einer vollständigen Rückeroberung: Die ukrainische Armee kämpfe weiterhin in Kursk.',
        'On 27 April 2025 he contradicted Russia’s account of a complete recapture: the Ukrainian army was still fighting in Kursk.',
        a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      ),
    ],
    facts: [
      fact(
        '2025-04',
        'Traf US-Präsident Donald Trump in Rom; Trump deutete an, Selenskyj könnte bereit sein, die Krim abzutreten – was dieser wiederholt abgelehnt hat (nach Angaben von gnews.cz).',
        'Met US President Donald Trump in Rome; Trump suggested Zelensky might be ready to cede Crimea, a step he has repeatedly rejected (according to gnews.cz).',
        a3(
          'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten, obwohl der ukrainische Präsident einen solchen Schritt wiederholt abgelehnt hat.',
        ),
      ),
      fact(
        undefined,
        'Warf Nordkorea vor, Russland mit Soldaten und Waffen zu unterstützen.',
        'Accused North Korea of supporting Russia with soldiers and weapons.',
        a4(
          'Präsident Wolodymyr Selenskyj hatte Nordkorea vorgeworfen, Russland mit Soldaten und Waffen zu unterstützen',
        ),
      ),
    ],
    related: ['ukraine', 'kursk', 'trump', 'rome', 'crimea', 'north-korean-troops', 'ukrainian-armed-forces'],
    importance: 3,
  },

  {
    id: 'gerassimow',
    kind: 'person',
    name: { de: 'Waleri Gerassimow', en: 'Valery Gerasimov' },
    role: { de: 'Generalstabschef Russlands', en: 'Chief of the Russian General Staff' },
    aliases: [
      'Waleri Gerassimow',
      'Walerij Gerassimow',
      'Waleri Gerasimow',
      'Valery Gerasimov',
      'Valeri Gerasimov',
      'Valeriy Gerasimov',
      'Gerassimow',
      'Gerasimow',
      'Gerasimov',
    ],
    match: { blockers: ['Witali Gerassimow', 'Vitaly Gerasimov', 'Vitali Gerasimov'] },
    summary: [
      say(
        'Der russische Generalstabschef erklärte am 26. April 2025, die letzte Siedlung in Kursk sei zurückerobert worden.',
        'On 26 April 2025 the Russian Chief of the General Staff said that the last settlement in Kursk had been retaken.',
        a0(
          'Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.',
        ),
      ),
      say(
        'Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer und informierte Präsident Putin über deren bedeutenden Beitrag.',
        'He praised the “courage” and “heroism” of the North Korean fighters and briefed President Putin on their significant contribution.',
        a0('Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.'),
        a4(
          'Russlands Generalstabschef Waleri Gerassimow informierte Präsident Wladimir Putin über den bedeutenden Beitrag der nordkoreanischen Truppen.',
        ),
      ),
      say(
        'Laut Gerassimow steht die Zusammenarbeit im Einklang mit dem Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea.',
        'According to Gerasimov, the cooperation is in line with the strategic partnership treaty between Russia and North Korea.',
        a4(
          'Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea',
        ),
      ),
    ],
    facts: [],
    related: ['kursk', 'kursk-recapture', 'putin', 'north-korean-troops', 'treaty-2024', 'russian-armed-forces'],
    importance: 2,
  },

  {
    id: 'peskow',
    kind: 'person',
    name: { de: 'Dmitri Peskow', en: 'Dmitry Peskov' },
    role: { de: 'Sprecher des Kremls', en: 'Kremlin spokesman' },
    aliases: ['Dmitri Peskow', 'Dmitrij Peskow', 'Dmitry Peskov', 'Dmitri Peskov', 'Peskow', 'Peskov'],
    summary: [
      say(
        'Der Kreml-Sprecher wollte die KCNA-Meldung vom Juli 2024 über die nordkoreanische Ausbilder-Delegation weder bestätigen noch dementieren.',
        'The Kremlin spokesman would neither confirm nor deny KCNA’s July 2024 report on the North Korean instructors’ delegation.',
        a1('Kreml-Sprecher Dmitri Peskow wollte die KCNA-Meldung weder bestätigen noch dementieren.'),
      ),
      say(
        'Laut Tass sagte er, Russland wolle in Fortsetzung der Vereinbarungen von Putins Besuch in Pjöngjang die Beziehungen zu „einem unserer engsten Nachbarn“ in allen Bereichen ausbauen und vertiefen.',
        'According to TASS, he said that, continuing the agreements of Putin’s visit to Pyongyang, Russia intends to expand and deepen relations with “one of our closest neighbours” in all areas.',
        a1(
          '„In Fortsetzung der Vereinbarungen, die während des jüngsten Besuchs von Präsident Putin in Pjöngjang getroffen wurden, beabsichtigen wir, unsere Beziehungen zu einem unserer engsten Nachbarn in allen möglichen Bereichen weiter auszubauen und zu vertiefen“, sagte Peskow laut der russischen Nachrichtenagentur Tass.',
        ),
      ),
    ],
    facts: [],
    related: ['kremlin', 'putin', 'instructors-delegation', 'kcna', 'tass', 'putin-visit-2024'],
    importance: 2,
  },

  {
    id: 'kim-kum-chol',
    kind: 'person',
    name: { de: 'Kim Kum-chol', en: 'Kim Kum Chol' },
    role: {
      de: 'Präsident der Kim-Il-sung-Militäruniversität',
      en: 'President of the Kim Il Sung Military University',
    },
    aliases: ['Kim Kum-chol', 'Kim Kum Chol', 'Kim Kumchol'],
    summary: [
      say(
        'Kim Kum-chol ist Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Pjöngjang.',
        'Kim Kum Chol is president of the military university in Pyongyang named after state founder Kim Il Sung.',
        a1(
          'Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Führte laut KCNA die Delegation nordkoreanischer Militärausbilder nach Russland an.',
        'According to KCNA, led the delegation of North Korean military instructors to Russia.',
        a1(
          'verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland',
        ),
        a1(
          'Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.',
        ),
      ),
    ],
    related: ['instructors-delegation', 'kim-il-sung-military-university', 'kim-il-sung', 'kcna', 'north-korea'],
    importance: 2,
  },

  {
    id: 'kim-il-sung',
    kind: 'person',
    name: { de: 'Kim Il-sung', en: 'Kim Il Sung' },
    role: { de: 'Staatsgründer Nordkoreas', en: 'Founder of the North Korean state' },
    aliases: ['Kim Il-sung', 'Kim Il Sung', 'Kim Ir Sen'],
    summary: [
      say(
        'Der Staatsgründer Nordkoreas wird in den Quellen nur als Namensgeber erwähnt.',
        'The founder of the North Korean state appears in the sources only as a namesake.',
        a1('der nach Staatsgründer Kim Il-sung benannten Militäruniversität'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Namensgeber der Militäruniversität in Pjöngjang.',
        'Namesake of the military university in Pyongyang.',
        a1('der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang'),
      ),
    ],
    related: ['kim-il-sung-military-university', 'north-korea', 'kim-jong-un'],
    importance: 1,
  },

  {
    id: 'yoon-suk-yeol',
    kind: 'person',
    name: { de: 'Yoon Suk-yeol', en: 'Yoon Suk Yeol' },
    role: { de: 'Präsident Südkoreas (Stand Juli 2024)', en: 'President of South Korea (as of July 2024)' },
    aliases: ['Yoon Suk-yeol', 'Yoon Suk Yeol', 'Yoon Seok-youl', 'Präsident Yoon', 'President Yoon'],
    match: { short: ['Yoon'] },
    summary: [
      say(
        'Der südkoreanische Präsident verurteilte in einem am 8. Juli 2024 veröffentlichten Interview mit Reuters die Kooperation zwischen Russland und Nordkorea.',
        'In an interview with Reuters published on 8 July 2024, the South Korean president condemned the cooperation between Russia and North Korea.',
        a1(
          'In einem am Montag veröffentlichten Interview mit der Nachrichtenagentur Reuters verurteilte der südkoreanische Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea.',
        ),
      ),
      say(
        'Die militärische Zusammenarbeit sei „eine eindeutige Bedrohung“ für Frieden und Sicherheit auf der koreanischen Halbinsel und in Europa, sagte Yoon.',
        'The military cooperation was “a clear threat” to peace and security on the Korean Peninsula and in Europe, Yoon said.',
        a1(
          '„Die militärische Zusammenarbeit zwischen Russland und Nordkorea stellt eine eindeutige Bedrohung und eine große Herausforderung für den Frieden und die Sicherheit auf der koreanischen Halbinsel und in Europa dar“, sagte Yoon',
        ),
      ),
    ],
    facts: [
      fact(
        '2024-07-08',
        'Im Reuters-Interview äußerte er die Hoffnung, Russland werde vernünftig entscheiden, welche Seite – „der Süden oder der Norden“ – für seine Interessen wichtiger sei.',
        'In the Reuters interview he expressed the hope that Russia would decide sensibly which side, “the South or the North”, matters more to its own interests.',
        a1(
          '„Ich hoffe, dass Russland vernünftig entscheiden wird, welche Seite – der Süden oder der Norden – wichtiger und notwendiger für seine eigenen Interessen ist.“',
        ),
      ),
      fact(
        undefined,
        'Sein Land befindet sich offiziell weiterhin im Krieg mit Nordkorea.',
        'His country is officially still at war with North Korea.',
        a1('sagte Yoon, dessen Land sich offiziell weiterhin im Krieg mit Nordkorea befindet.'),
      ),
    ],
    related: ['south-korea', 'reuters', 'north-korea', 'russia', 'korean-peninsula'],
    importance: 2,
  },

  {
    id: 'lloyd-austin',
    kind: 'person',
    name: { de: 'Lloyd Austin', en: 'Lloyd Austin' },
    role: {
      de: 'US-Verteidigungsminister (zur Zeit des Berichts)',
      en: 'US Secretary of Defense (at the time of the report)',
    },
    aliases: [
      'Lloyd Austin',
      'Lloyd J. Austin',
      'Verteidigungsminister Austin',
      'Pentagon-Chef Austin',
      'Defense Secretary Austin',
      'Defence Secretary Austin',
      'Secretary Austin',
    ],
    match: {
      short: ['Austin'],
      blockers: [
        'Austin, Texas',
        'Austin (Texas)',
        'Austin, TX',
        'Austin Healey',
        'Austin Powers',
        'University of Texas at Austin',
      ],
    },
    summary: [
      say(
        'Nach Angaben des US-Verteidigungsministers gibt es Beweise dafür, dass nordkoreanische Soldaten in Russland eingetroffen sind.',
        'According to the US Secretary of Defense, there is evidence that North Korean soldiers have arrived in Russia.',
        a2('Nordkoreanische Soldaten sind nach neuen Angaben der US-Regierung bereits in Russland eingetroffen.'),
        a2('Dafür gebe es Beweise, sagt US-Verteidigungsminister Lloyd Austin.'),
      ),
      say(
        'Was die Truppen dort machten, sei noch unklar: „Das müssen wir noch herausfinden“, sagte Austin.',
        'What the troops were doing there was still unclear: “We still have to find that out,” Austin said.',
        a2('Noch sei allerdings unklar, was die Truppen dort machen. „Das müssen wir noch herausfinden“, sagt Austin.'),
      ),
    ],
    facts: [],
    related: ['usa', 'north-korean-troops', 'russia'],
    importance: 2,
  },

  {
    id: 'pistorius',
    kind: 'person',
    name: { de: 'Boris Pistorius', en: 'Boris Pistorius' },
    role: {
      de: 'Deutscher Verteidigungsminister (zur Zeit des Berichts)',
      en: 'German Defence Minister (at the time of the report)',
    },
    aliases: [
      'Boris Pistorius',
      'Verteidigungsminister Pistorius',
      'Bundesverteidigungsminister Pistorius',
      'Defence Minister Pistorius',
      'Defense Minister Pistorius',
    ],
    match: { short: ['Pistorius'], blockers: ['Oscar Pistorius'] },
    summary: [
      say(
        'Der Verteidigungsminister zeigte sich bei einem Auftritt in London mit seinem britischen Kollegen John Healey besorgt über die Berichte über nordkoreanische Soldaten in Russland.',
        'At an appearance in London with his British counterpart John Healey, the defence minister voiced concern about the reports of North Korean soldiers in Russia.',
        a2(
          'Verteidigungsminister Boris Pistorius zeigte sich bei einem Auftritt in London gemeinsam mit seinem britischen Kollegen John Healy ebenfalls besorgt.',
        ),
      ),
      say(
        'Obwohl es kaum Informationen gebe, handle es sich um „neue Qualität und eine Art Eskalation“ im Krieg Russlands gegen die Ukraine.',
        'Although there was hardly any information, this was “a new quality and a kind of escalation” in Russia’s war against Ukraine.',
        a2(
          'Obwohl kaum Informationen gebe, handle es sich um „neue Qualität und eine Art Eskalation“ im Krieg Russlands gegen die Ukraine.',
        ),
      ),
    ],
    facts: [],
    related: ['healey', 'london', 'germany', 'north-korean-troops'],
    importance: 2,
  },

  {
    id: 'healey',
    kind: 'person',
    name: { de: 'John Healey', en: 'John Healey' },
    role: {
      de: 'Britischer Verteidigungsminister (zur Zeit des Berichts)',
      en: 'British Defence Secretary (at the time of the report)',
    },
    aliases: [
      'John Healey',
      'John Healy',
      'Verteidigungsminister Healey',
      'Defence Secretary Healey',
      'Defense Secretary Healey',
    ],
    match: { short: ['Healey', 'Healy'], blockers: ['Austin Healey', 'Denis Healey', 'Ian Healy'] },
    summary: [
      say(
        'Der britische Kollege von Boris Pistorius (in der Quelle einmal „Healy“ geschrieben) trat mit diesem in London auf und verurteilte die „potenzielle Eskalation“ durch nordkoreanische Soldaten „absolut“.',
        'Boris Pistorius’s British counterpart (spelled “Healy” once in the source) appeared with him in London and “absolutely” condemned the “potential escalation” by North Korean soldiers.',
        a2('gemeinsam mit seinem britischen Kollegen John Healy ebenfalls besorgt'),
        a2('„Wir beide verurteilen diese potenzielle Eskalation absolut“, sagte Healey.'),
      ),
      say(
        'Er hielt es für hoch wahrscheinlich, dass Nordkorea Soldaten nach Russland entsandt hat, und nannte dies eine schockierende Eskalation Pjöngjangs und ein Zeichen der Verzweiflung Russlands.',
        'He considered it highly likely that North Korea had sent soldiers to Russia and called it a shocking escalation by Pyongyang and a sign of Russia’s desperation.',
        a2('Es sei hoch wahrscheinlich, dass Nordkorea Soldaten nach Russland entsandt habe.'),
        a2(
          'Trotzdem bezeichnete Healey die Entwicklung als schockierende Eskalation von Seiten Pjöngjangs und als Zeichen der Verzweiflung Russlands',
        ),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Ob die nordkoreanischen Soldaten bereits am Kampfgeschehen teilnehmen, war laut Healey nicht klar.',
        'According to Healey, it was not clear whether the North Korean soldiers were already taking part in combat.',
        a2('Ob sie bereits am Kampfgeschehen teilnehmen, sei hingegen nicht klar.'),
      ),
    ],
    related: ['pistorius', 'london', 'north-korean-troops'],
    importance: 2,
  },

  {
    id: 'kress',
    kind: 'person',
    name: { de: 'Claus Kreß', en: 'Claus Kress' },
    role: {
      de: 'Professor für Völkerrecht an der Universität zu Köln',
      en: 'Professor of international law at the University of Cologne',
    },
    aliases: ['Claus Kreß', 'Claus Kress'],
    match: { short: ['Kreß', 'Kress'] },
    summary: [
      say(
        'Der Kölner Völkerrechtsprofessor nannte der Deutschen Presse-Agentur zwei Bedingungen, unter denen Nordkorea durch den Einsatz seiner Soldaten zur Kriegspartei würde.',
        'The Cologne professor of international law told the German Press Agency the two conditions under which North Korea would become a party to the war by deploying its soldiers.',
        a2(
          'Damit Nordkorea mit einem Einsatz ihrer Soldaten zur Kriegsparte würde, müssten laut Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein',
        ),
      ),
      say(
        'Die Soldaten müssten unter nordkoreanischem Kommando handeln und sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“, also etwa selbst schießen.',
        'The soldiers would have to act under North Korean command and “take a direct part in hostilities with Ukraine”, for example by firing themselves.',
        a2(
          'Erstens müssten die Soldaten unter nordkoreanischem Kommando handeln und zweitens müssten sie sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“, also zum Beispiel selbst schießen',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Professor für Völkerrecht an der Universität zu Köln; äußerte sich gegenüber der Deutschen Presse-Agentur.',
        'Professor of international law at the University of Cologne; spoke to the German Press Agency.',
        a2('sagte der Professor für Völkerrecht der Universität zu Köln der Deutschen Presse-Agentur.'),
      ),
    ],
    related: ['kriegspartei', 'voelkerrecht', 'universitaet-koeln', 'dpa', 'north-korean-troops'],
    importance: 2,
  },

  {
    id: 'victor-cha',
    kind: 'person',
    name: { de: 'Victor Cha', en: 'Victor Cha' },
    role: { de: 'Korea-Experte des US-Thinktanks CSIS', en: 'Korea expert at the US think tank CSIS' },
    aliases: ['Victor Cha', 'Victor D. Cha'],
    match: { short: ['Cha'], blockers: ['Cha-Cha', 'Cha Cha'] },
    summary: [
      say(
        'Der Korea-Experte des Center for Strategic and International Studies (CSIS) sagte dem Handelsblatt schon vor Putins Besuch in Pjöngjang im Sommer, Russlands Angriff auf die Ukraine sei „das Beste gewesen, was Kim Jong Un passieren konnte“.',
        'Even before Putin’s visit to Pyongyang in the summer, the Korea expert at the Center for Strategic and International Studies (CSIS) told Handelsblatt that Russia’s attack on Ukraine was “the best thing that could have happened to Kim Jong Un”.',
        a2(
          'Bereits vor dem Treffen im Sommer sagte Victor Cha, Korea-Experte des US-Thinktanks Center for Strategic and International Studies (CSIS) dem Handelsblatt, der Angriff Russlands auf die Ukraine sei „das Beste gewesen, was Kim Jong Un passieren konnte“.',
        ),
      ),
      say(
        'Für die Lieferungen würde Nordkorea nach Chas Worten von Russland nicht nur Lebensmittel, Energie und Geld bekommen, sondern eventuell auch Hilfe mit der eigenen Militärtechnik.',
        'In return for the deliveries, Cha said, North Korea would get not only food, energy and money from Russia but possibly also help with its own military technology.',
        a2(
          'Für die Lieferungen würde Nordkorea von Russland nicht nur Lebensmittel, Energie und Geld bekommen sondern eventuell auch Hilfe mit der eigenen Militärtechnik.',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Gab dem Handelsblatt ein Interview, laut dem Bericht „bereits vor dem Treffen im Sommer“ (Putins Besuch in Pjöngjang, Juni 2024); ein Datum nennt der Bericht nicht.',
        'Gave Handelsblatt an interview “even before the meeting in the summer” (Putin’s visit to Pyongyang, June 2024), the report says; it gives no date.',
        a2('Bereits vor dem Treffen im Sommer sagte Victor Cha'),
      ),
    ],
    related: ['csis', 'handelsblatt', 'kim-jong-un', 'putin-visit-2024'],
    importance: 2,
  },

  {
    id: 'trump',
    kind: 'person',
    name: { de: 'Donald Trump', en: 'Donald Trump' },
    role: { de: 'US-Präsident', en: 'US President' },
    aliases: ['Donald Trump', 'Donald J. Trump', 'Trump'],
    match: {
      blockers: [
        'Donald Trump Jr.',
        'Donald Trump Junior',
        'Trump Jr.',
        'Melania Trump',
        'Ivanka Trump',
        'Eric Trump',
        'Lara Trump',
        'Barron Trump',
        'Tiffany Trump',
        'Fred Trump',
        'Mary Trump',
        'Ivana Trump',
        'Vanessa Trump',
        'Kai Trump',
        'Maryanne Trump',
        'Trump Tower',
        'Trump Organization',
        'Trump Media',
        'Trump University',
        'Trump International',
        'Trump Hotel',
        'Trump Foundation',
      ],
    },
    summary: [
      say(
        'Bei einem Treffen mit Wolodymyr Selenskyj in Rom deutete der US-Präsident an, Selenskyj könnte bereit sein, die Krim an Russland abzutreten; der ukrainische Präsident hat einen solchen Schritt wiederholt abgelehnt (nach Angaben von gnews.cz).',
        'At a meeting with Volodymyr Zelensky in Rome, the US president suggested that Zelensky might be ready to cede Crimea to Russia; the Ukrainian president has repeatedly rejected such a step (according to gnews.cz).',
        a3(
          'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten, obwohl der ukrainische Präsident einen solchen Schritt wiederholt abgelehnt hat.',
        ),
      ),
    ],
    facts: [],
    disputes: [CRIMEA_CESSION],
    related: ['usa', 'selenskyj', 'rome', 'crimea', 'ukraine-war', 'gnews'],
    importance: 2,
  },
];
