/**
 * The timeline: every dated event in the source articles, with the most precise date
 * the sources support. Relative dates are resolved against the article dates in
 * assets/articles/articles.json (000 = Monday 2025-04-28, 001 = Tuesday 2024-07-09).
 * Article 002 gives no year: its events are dated 2024 because the other articles place
 * the same events there (Putin's June visit in 2024; the 10,000 soldiers "im vergangenen
 * Jahr" seen from 2025). Article 003 is from late April 2025; the day is not given.
 */
import type { CatalogEvent } from '../catalog-types';
import { a0, a1, a2, a3, a4 } from './cite';

export const EVENTS: CatalogEvent[] = [
  {
    date: '2023',
    text: {
      de: 'Nordkorea beginnt laut südkoreanischen und US-Geheimdiensten, massenhaft Waffen und Munition an Russland zu liefern.',
      en: 'According to South Korean and US intelligence, North Korea begins supplying Russia with weapons and ammunition on a massive scale.',
    },
    entries: ['nk-arms-deliveries', 'north-korea', 'russia'],
    sources: [
      a1('So liefert Nordkorea südkoreanischen und US-Geheimdienstberichten zufolge seit 2023 massenhaft Waffen und Munition an Russland'),
      a2('Schon zuvor hatte Nordkorea damit begonnen, Waffen an Russland zu liefern.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Victor Cha (CSIS) sagt dem Handelsblatt vor dem Gipfel in Pjöngjang, Russlands Angriff auf die Ukraine sei „das Beste“, was Kim Jong-un passieren konnte.',
      en: 'Before the Pyongyang summit, Victor Cha (CSIS) tells Handelsblatt that Russia’s attack on Ukraine was “the best thing” that could have happened to Kim Jong Un.',
    },
    entries: ['victor-cha', 'csis', 'handelsblatt', 'kim-jong-un'],
    sources: [
      a2('Bereits vor dem Treffen im Sommer sagte Victor Cha, Korea-Experte des US-Thinktanks Center for Strategic and International Studies (CSIS) dem Handelsblatt, der Angriff Russlands auf die Ukraine sei „das Beste gewesen, was Kim Jong Un passieren konnte“.'),
    ],
  },
  {
    date: '2024-06',
    text: {
      de: 'Wladimir Putin besucht erstmals nach Jahrzehnten Nordkorea und trifft Kim Jong-un in Pjöngjang.',
      en: 'Vladimir Putin visits North Korea for the first time in decades and meets Kim Jong Un in Pyongyang.',
    },
    entries: ['putin-visit-2024', 'putin', 'kim-jong-un', 'pyongyang'],
    sources: [
      a1('Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen, zu Gesprächen mit Diktator Kim.'),
      a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
    ],
  },
  {
    date: '2024-06',
    text: {
      de: 'Putin und Kim Jong-un unterzeichnen einen Vertrag zur gegenseitigen Verteidigung und Unterstützung (Vertrag über umfassende strategische Partnerschaft).',
      en: 'Putin and Kim Jong Un sign a treaty of mutual defence and support (Treaty on Comprehensive Strategic Partnership).',
    },
    entries: ['treaty-2024', 'treaty-article-4', 'putin', 'kim-jong-un'],
    sources: [
      a1('Auf dem mit viel Pomp begangenen Gipfel versicherten sich die beiden autokratisch regierenden Herrscher ihrer gegenseitigen Unterstützung und unterzeichneten einen Militärpakt.'),
      a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Ein südkoreanischer Fernsehsender berichtet, Nordkorea wolle Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden.',
      en: 'A South Korean TV channel reports that North Korea wants to send army engineers to the Russian-controlled Donetsk People’s Republic.',
    },
    entries: ['donetsk-peoples-republic', 'donetsk', 'north-korea'],
    sources: [
      a1('Wenig später berichtete ein südkoreanischer Fernsehsender unter Berufung auf Geheimdienstkreise, dass der Norden Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden wolle.'),
    ],
  },
  {
    date: '2024-07-08',
    text: {
      de: 'Eine von Kim Kum-chol geführte „Delegation von Militärausbildern“ verlässt Nordkorea per Flugzeug in Richtung Russland.',
      en: 'A “delegation of military instructors” led by Kim Kum Chol leaves North Korea by plane for Russia.',
    },
    entries: ['instructors-delegation', 'kim-kum-chol', 'kim-il-sung-military-university', 'north-korea'],
    sources: [
      a1('verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland'),
      a1('Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.'),
    ],
  },
  {
    date: '2024-07-08',
    text: {
      de: 'Reuters veröffentlicht ein Interview, in dem Südkoreas Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea verurteilt.',
      en: 'Reuters publishes an interview in which South Korea’s President Yoon Suk Yeol condemns the cooperation between Russia and North Korea.',
    },
    entries: ['yoon-suk-yeol', 'reuters', 'south-korea'],
    sources: [
      a1('In einem am Montag veröffentlichten Interview mit der Nachrichtenagentur Reuters verurteilte der südkoreanische Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea.'),
    ],
  },
  {
    date: '2024-07-08',
    text: {
      de: 'Bei russischen Angriffen werden in der Ukraine Dutzende Menschen getötet und 190 verletzt; in Kiew wird ein Kinderkrankenhaus zerstört.',
      en: 'Russian attacks kill dozens of people across Ukraine and injure 190; a children’s hospital in Kyiv is destroyed.',
    },
    entries: ['kyiv', 'ukraine', 'ukraine-war'],
    sources: [
      a1('Am Montag wurden bei Angriffen landesweit Dutzende Menschen getötet und 190 weiter verletzt, zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.'),
    ],
  },
  {
    date: '2024-07-09',
    text: {
      de: 'KCNA meldet die Abreise der Ausbilder-Delegation – die erste offizielle Bestätigung einer Entwicklung der vorangegangenen Wochen.',
      en: 'KCNA reports the departure of the instructors’ delegation, the first official confirmation of a development of the preceding weeks.',
    },
    entries: ['kcna', 'instructors-delegation'],
    sources: [
      a1('Wie die staatliche nordkoreanische Nachrichtenagentur KCNA am Dienstag (9. Juli) berichtete'),
      a1('Die KCNA-Meldung ist die erste offizielle Bestätigung einer Entwicklung, die sich in den vergangenen Wochen abgezeichnet hatte.'),
    ],
  },
  {
    date: '2024-07',
    text: {
      de: 'Kreml-Sprecher Dmitri Peskow will die KCNA-Meldung weder bestätigen noch dementieren und kündigt laut Tass den Ausbau der Beziehungen an.',
      en: 'Kremlin spokesman Dmitry Peskov will neither confirm nor deny the KCNA report and, according to TASS, announces closer relations.',
    },
    entries: ['peskow', 'kremlin', 'tass', 'instructors-delegation'],
    sources: [
      a1('Kreml-Sprecher Dmitri Peskow wollte die KCNA-Meldung weder bestätigen noch dementieren.'),
      a1('sagte Peskow laut der russischen Nachrichtenagentur Tass.'),
    ],
  },
  {
    date: '2024-07',
    text: {
      de: 'Die Regierung in Seoul erwägt als Reaktion auf nordkoreanische Waffenlieferungen an Russland, die Ukraine mit Waffen zu unterstützen.',
      en: 'In response to North Korean arms deliveries to Russia, the government in Seoul considers supplying Ukraine with weapons.',
    },
    entries: ['seoul', 'south-korea', 'nk-arms-deliveries'],
    sources: [
      a1('Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Die ukrainische Armee startet im Sommer 2024 eine Überraschungsoffensive in der russischen Region Kursk und bringt zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle.',
      en: 'In summer 2024 the Ukrainian army launches a surprise offensive in Russia’s Kursk region and initially takes control of more than a thousand square kilometres.',
    },
    entries: ['kursk-offensive', 'kursk', 'ukrainian-armed-forces'],
    sources: [
      a0('Im Sommer 2024 hatte die ukrainische Armee eine Offensive in der russischen Region Kursk gestartet und zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle gebracht.'),
      a3('Dieses Gebiet wurde im Sommer 2024 von den ukrainischen Streitkräften in einer Überraschungsoffensive eingenommen'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Der südkoreanische Geheimdienst NIS meldet mehr als 3000 nordkoreanische Soldaten in Russland und erwartet bis Dezember insgesamt 10.000.',
      en: 'South Korea’s NIS intelligence service reports more than 3,000 North Korean soldiers in Russia and expects a total of 10,000 by December.',
    },
    entries: ['nis', 'north-korean-troops', 'south-korea'],
    sources: [
      a2('Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.'),
      a2('Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'US-Verteidigungsminister Lloyd Austin bestätigt, dass nordkoreanische Soldaten in Russland eingetroffen sind; was sie dort tun, sei noch unklar.',
      en: 'US Defense Secretary Lloyd Austin confirms that North Korean soldiers have arrived in Russia; what they are doing there is still unclear.',
    },
    entries: ['lloyd-austin', 'usa', 'north-korean-troops'],
    sources: [
      a2('Nordkoreanische Soldaten sind nach neuen Angaben der US-Regierung bereits in Russland eingetroffen.'),
      a2('Dafür gebe es Beweise, sagt US-Verteidigungsminister Lloyd Austin.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Das Auswärtige Amt bestellt den nordkoreanischen Geschäftsträger ein und spricht von einem möglichen Verstoß gegen das Völkerrecht.',
      en: 'The German Foreign Office summons North Korea’s chargé d’affaires and speaks of a possible violation of international law.',
    },
    entries: ['auswaertiges-amt', 'germany', 'voelkerrecht'],
    sources: [
      a2('Das Auswärtige Amt reagiert auf die Berichte, indem es den nordkoreanischen Geschäftsträger einbestellt hat.'),
      a2('wäre dies gravierend und ein Verstoß gegen das Völkerrecht“, schreibt das Auswärtige Amt weiter.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Boris Pistorius und John Healey verurteilen in London die „potenzielle Eskalation“ durch nordkoreanische Soldaten.',
      en: 'In London, Boris Pistorius and John Healey condemn the “potential escalation” by North Korean soldiers.',
    },
    entries: ['pistorius', 'healey', 'london'],
    sources: [
      a2('Verteidigungsminister Boris Pistorius zeigte sich bei einem Auftritt in London gemeinsam mit seinem britischen Kollegen John Healy ebenfalls besorgt.'),
      a2('„Wir beide verurteilen diese potenzielle Eskalation absolut“, sagte Healey.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Selenskyj fordert in einer Videobotschaft mehr Druck auf Nordkorea; nach seinen Angaben trainieren nordkoreanische Einheiten auf russischem Boden.',
      en: 'In a video message Zelensky calls for more pressure on North Korea; according to him, North Korean units are training on Russian soil.',
    },
    entries: ['selenskyj', 'north-korean-troops'],
    sources: [
      a2('Der ukrainische Präsident Wolodimir Selenski hat am Dienstagabend bereits gefordert, eine Ausweitung des russischen Angriffskrieges mit nordkoreanischer Unterstützung zu verhindern.'),
      a2('Selenski zufolge habe auch die Ukraine Informationen über die Ausbildung nordkoreanischer Soldaten auf russischem Boden.'),
    ],
  },
  {
    date: '2024',
    text: {
      de: 'Südkoreanische und westliche Geheimdienste berichten, Nordkorea habe über 10.000 Soldaten nach Russland entsandt, um bei der Rückeroberung von Gebieten in Kursk zu helfen.',
      en: 'South Korean and Western intelligence services report that North Korea has sent more than 10,000 soldiers to Russia to help retake areas in Kursk.',
    },
    entries: ['north-korean-troops', 'north-korea', 'kursk'],
    sources: [
      a0('Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe, um bei der Rückeroberung von Gebieten in Kursk zu unterstützen.'),
      a4('Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.'),
    ],
  },
  {
    date: '2025-04-26',
    text: {
      de: 'Der Kreml verkündet, die Region Kursk vollständig von den ukrainischen Streitkräften „befreit“ zu haben.',
      en: 'The Kremlin announces that it has fully “liberated” the Kursk region from the Ukrainian forces.',
    },
    entries: ['kremlin', 'kursk', 'kursk-recapture'],
    sources: [
      a3('am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe'),
    ],
  },
  {
    date: '2025-04-26',
    text: {
      de: 'Generalstabschef Waleri Gerassimow erklärt die letzte Siedlung in Kursk für zurückerobert und lobt den „Mut“ der nordkoreanischen Kämpfer.',
      en: 'Chief of the General Staff Valery Gerasimov declares the last settlement in Kursk retaken and praises the “courage” of the North Korean fighters.',
    },
    entries: ['gerassimow', 'kursk', 'kursk-recapture', 'north-korean-troops'],
    sources: [
      a0('Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.'),
      a0('Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.'),
    ],
  },
  {
    date: '2025-04-27',
    text: {
      de: 'Selenskyj widerspricht: Die ukrainische Armee kämpfe weiterhin in Kursk.',
      en: 'Zelensky contradicts: the Ukrainian army is still fighting in Kursk.',
    },
    entries: ['selenskyj', 'kursk', 'ukrainian-armed-forces', 'kursk-recapture'],
    sources: [
      a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
    ],
  },
  {
    date: '2025-04-28',
    text: {
      de: 'Nordkorea bestätigt über KCNA erstmals offiziell den Einsatz seiner Truppen in Russland; Kim Jong-un spricht von einer „heiligen Mission“, in Pjöngjang soll ein Denkmal entstehen.',
      en: 'Through KCNA, North Korea confirms officially for the first time that its troops fought in Russia; Kim Jong Un speaks of a “holy mission”, and a monument is to stand in Pyongyang.',
    },
    entries: ['kcna-confirmation-2025', 'kcna', 'kim-jong-un', 'north-korea', 'north-korean-troops'],
    sources: [
      a0('Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen, wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert.'),
      a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
    ],
  },
  {
    date: '2025-04-28',
    text: {
      de: 'Das US-Außenministerium reagiert alarmiert und verlangt, die Stationierung Nordkoreas in Russland sofort zu beenden.',
      en: 'The US State Department reacts with alarm and demands an immediate end to North Korea’s deployment in Russia.',
    },
    entries: ['us-state-department', 'usa', 'north-korean-troops'],
    sources: [
      a0('Das US-Außenministerium reagierte alarmiert.'),
      a0('Das US-Außenministerium verlangte, dass die Stationierung Nordkoreas in Russland und jegliche Unterstützung durch Russland sofort beendet werden müsse.'),
    ],
  },
  {
    date: '2025-04',
    text: {
      de: 'Putin dankt Kim Jong-un und den Truppen der Koreanischen Volksarmee für ihren Einsatz.',
      en: 'Putin thanks Kim Jong Un and the troops of the Korean People’s Army for their deployment.',
    },
    entries: ['putin', 'kim-jong-un', 'korean-peoples-army'],
    sources: [
      a3('Als Reaktion auf diese Unterstützung dankte der russische Präsident Wladimir Putin dem nordkoreanischen Führer Kim Jong-un und den Truppen der Koreanischen Volksarmee.'),
    ],
  },
  {
    date: '2025-04',
    text: {
      de: 'Laut AFP erklärt sich der Kreml zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit.',
      en: 'According to AFP, the Kremlin declares itself ready for negotiations with Ukraine to end the conflict.',
    },
    entries: ['afp', 'kremlin', 'ukraine-war'],
    sources: [
      a3('AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt'),
    ],
  },
  {
    date: '2025-04',
    text: {
      de: 'Donald Trump trifft Wolodymyr Selenskyj in Rom und deutet an, Selenskyj könnte bereit sein, die Krim an Russland abzutreten.',
      en: 'Donald Trump meets Volodymyr Zelensky in Rome and suggests that Zelensky might be ready to cede Crimea to Russia.',
    },
    entries: ['trump', 'selenskyj', 'rome', 'crimea'],
    sources: [
      a3('Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten'),
    ],
  },
];
