/**
 * The timeline: every dated event in the source articles, with the most precise date
 * the sources support. Relative dates are resolved against the article dates in
 * assets/articles/articles.json (000 = Monday 2025-04-28, 001 = Tuesday 2024-07-09,
 * 003 = the confirmation day 2025-04-28; 002 = 2024, written between June and December;
 * 004 = 2025, on or after 28 April).
 *
 * The order is the builder's (timeline.ts): dates, then the relation words in the quotes
 * ("daraufhin", "wenig später", "bereits zuvor"), then the range of an article whose
 * news an event is. `anchors` only says which event relation words point to where it is
 * not the event cited just before them. The list below is in rough date order for
 * reading; where nothing orders two events, this order decides.
 *
 * Victor Cha's remark is not an event here: the text dates it only "vor dem Treffen im
 * Sommer", with no year.
 */
import type { CatalogEvent } from '../catalog-types';
import { a0, a1, a2, a3, a4 } from './cite';

export const EVENTS: CatalogEvent[] = [
  {
    id: 'ev-arms-deliveries-begin',
    date: '2023',
    text: {
      de: 'Nordkorea beginnt laut südkoreanischen und US-Geheimdienstberichten, massenhaft Waffen und Munition an Russland zu liefern.',
      en: 'According to South Korean and US intelligence reports, North Korea begins supplying Russia with weapons and ammunition on a massive scale.',
    },
    entries: ['nk-arms-deliveries', 'north-korea', 'russia'],
    sources: [
      a1(
        'So liefert Nordkorea südkoreanischen und US-Geheimdienstberichten zufolge seit 2023 massenhaft Waffen und Munition an Russland',
      ),
      a2('Schon zuvor hatte Nordkorea damit begonnen, Waffen an Russland zu liefern.'),
    ],
  },
  {
    id: 'ev-putin-visit',
    date: '2024-06',
    text: {
      de: 'Wladimir Putin besucht erstmals nach Jahrzehnten Nordkorea; auf dem Gipfel mit Kim Jong-un in Pjöngjang unterzeichnen beide einen Vertrag zur gegenseitigen Verteidigung und Unterstützung.',
      en: 'Vladimir Putin visits North Korea for the first time in decades; at the summit with Kim Jong Un in Pyongyang the two sign a treaty of mutual defence and support.',
    },
    entries: ['putin-visit-2024', 'putin', 'kim-jong-un', 'pyongyang', 'treaty-2024'],
    sources: [
      a1(
        'Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen, zu Gesprächen mit Diktator Kim.',
      ),
      a1(
        'Auf dem mit viel Pomp begangenen Gipfel versicherten sich die beiden autokratisch regierenden Herrscher ihrer gegenseitigen Unterstützung und unterzeichneten einen Militärpakt.',
      ),
      a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
      a2('Dort haben die beiden einen Vertrag zur gegenseitigen Verteidigung und Unterstützung unterzeichnet.'),
    ],
  },
  {
    id: 'ev-donetsk-engineers',
    date: '2024',
    text: {
      de: 'Wenig später berichtet ein südkoreanischer Fernsehsender unter Berufung auf Geheimdienstkreise, Nordkorea wolle Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden.',
      en: 'Shortly afterwards a South Korean TV channel, citing intelligence sources, reports that North Korea wants to send army engineers to the Russian-controlled Donetsk People’s Republic.',
    },
    entries: ['donetsk-peoples-republic', 'donetsk', 'north-korea'],
    sources: [
      a1(
        'Wenig später berichtete ein südkoreanischer Fernsehsender unter Berufung auf Geheimdienstkreise, dass der Norden Armee-Pioniere in die russisch kontrollierte Volksrepublik Donezk entsenden wolle.',
      ),
    ],
  },
  {
    id: 'ev-instructors-depart',
    date: '2024-07-08',
    text: {
      de: 'Laut KCNA verlässt eine „Delegation von Militärausbildern“ Nordkorea per Flugzeug in Richtung Russland; angeführt werde sie von Kim Kum-chol.',
      en: 'According to KCNA, a “delegation of military instructors” leaves North Korea by plane for Russia, led by Kim Kum Chol.',
    },
    entries: ['instructors-delegation', 'kim-kum-chol', 'kim-il-sung-military-university', 'north-korea'],
    sources: [
      a1(
        'verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland',
      ),
      a1(
        'Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.',
      ),
    ],
  },
  {
    id: 'ev-yoon-interview',
    date: '2024-07-08',
    text: {
      de: 'Reuters veröffentlicht ein Interview, in dem Südkoreas Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea verurteilt.',
      en: 'Reuters publishes an interview in which South Korea’s President Yoon Suk Yeol condemns the cooperation between Russia and North Korea.',
    },
    entries: ['yoon-suk-yeol', 'reuters', 'south-korea'],
    sources: [
      a1(
        'In einem am Montag veröffentlichten Interview mit der Nachrichtenagentur Reuters verurteilte der südkoreanische Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea.',
      ),
    ],
  },
  {
    id: 'ev-attacks-kyiv',
    date: '2024-07-08',
    text: {
      de: 'Bei russischen Angriffen werden in der Ukraine Dutzende Menschen getötet und 190 verletzt; in Kiew wird ein Kinderkrankenhaus zerstört.',
      en: 'Russian attacks kill dozens of people across Ukraine and injure 190; a children’s hospital in Kyiv is destroyed.',
    },
    entries: ['kyiv', 'ukraine', 'ukraine-war'],
    sources: [
      a1(
        'Am Montag wurden bei Angriffen landesweit Dutzende Menschen getötet und 190 weiter verletzt, zudem wurde ein Kinderkrankenhaus in der Hauptstadt Kiew zerstört.',
      ),
    ],
  },
  {
    id: 'ev-kcna-instructors-report',
    date: '2024-07-09',
    text: {
      de: 'KCNA meldet die Abreise der Ausbilder-Delegation – die erste offizielle Bestätigung einer Entwicklung, die sich in den Wochen zuvor abgezeichnet hatte.',
      en: 'KCNA reports the departure of the instructors’ delegation, the first official confirmation of a development that had emerged over the preceding weeks.',
    },
    entries: ['kcna', 'instructors-delegation'],
    sources: [
      a1('Wie die staatliche nordkoreanische Nachrichtenagentur KCNA am Dienstag (9. Juli) berichtete'),
      a1(
        'Die KCNA-Meldung ist die erste offizielle Bestätigung einer Entwicklung, die sich in den vergangenen Wochen abgezeichnet hatte.',
      ),
    ],
  },
  {
    id: 'ev-peskow',
    date: '2024-07',
    anchors: [{ words: 'weder bestätigen noch dementieren', event: 'ev-kcna-instructors-report' }],
    text: {
      de: 'Kreml-Sprecher Dmitri Peskow will die KCNA-Meldung weder bestätigen noch dementieren; laut Tass kündigt er an, die Beziehungen zu „einem unserer engsten Nachbarn“ in Fortsetzung der Vereinbarungen von Putins Besuch weiter auszubauen.',
      en: 'Kremlin spokesman Dmitry Peskov will neither confirm nor deny the KCNA report; according to TASS he announces that, continuing the agreements of Putin’s visit, relations with “one of our closest neighbours” will be expanded further.',
    },
    entries: ['peskow', 'kremlin', 'tass', 'instructors-delegation'],
    sources: [
      a1('Kreml-Sprecher Dmitri Peskow wollte die KCNA-Meldung weder bestätigen noch dementieren.'),
      a1(
        '„In Fortsetzung der Vereinbarungen, die während des jüngsten Besuchs von Präsident Putin in Pjöngjang getroffen wurden, beabsichtigen wir, unsere Beziehungen zu einem unserer engsten Nachbarn in allen möglichen Bereichen weiter auszubauen und zu vertiefen“, sagte Peskow laut der russischen Nachrichtenagentur Tass.',
      ),
    ],
  },
  {
    id: 'ev-seoul-considers-arms',
    date: '2024-07',
    text: {
      de: 'Die Regierung in Seoul erwägt als Reaktion auf nordkoreanische Waffenlieferungen an Russland, die Ukraine mit Waffen zu unterstützen; bislang beliefert Südkorea nur die Verbündeten der Ukraine.',
      en: 'In response to North Korean arms deliveries to Russia, the government in Seoul considers supplying Ukraine with weapons; so far South Korea supplies only Ukraine’s allies.',
    },
    entries: ['seoul', 'south-korea', 'nk-arms-deliveries', 'sk-arms-export-law'],
    sources: [
      a1(
        'Als Reaktion auf die nordkoreanischen Waffenlieferungen an Russland überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen.',
      ),
      a1('beliefert bislang aber lediglich die Verbündeten der Ukraine, nicht aber das bedrängte Land selbst'),
    ],
  },
  {
    id: 'ev-kursk-offensive',
    date: '2024',
    text: {
      de: 'Die ukrainische Armee startet im Sommer 2024 eine Überraschungsoffensive in der russischen Region Kursk und bringt zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle.',
      en: 'In summer 2024 the Ukrainian army launches a surprise offensive in Russia’s Kursk region and initially takes control of more than a thousand square kilometres.',
    },
    entries: ['kursk-offensive', 'kursk', 'ukrainian-armed-forces'],
    sources: [
      a0(
        'Im Sommer 2024 hatte die ukrainische Armee eine Offensive in der russischen Region Kursk gestartet und zunächst mehr als tausend Quadratkilometer unter ihre Kontrolle gebracht.',
      ),
      a3(
        'Dieses Gebiet wurde im Sommer 2024 von den ukrainischen Streitkräften in einer Überraschungsoffensive eingenommen',
      ),
    ],
  },
  {
    id: 'ev-troops-10000',
    date: '2024',
    text: {
      de: 'Daraufhin berichten südkoreanische und westliche Geheimdienste, Nordkorea habe über 10.000 Soldaten nach Russland entsandt, um bei der Rückeroberung von Gebieten in Kursk zu helfen.',
      en: 'South Korean and Western intelligence services then report that North Korea has sent more than 10,000 soldiers to Russia to help retake areas in Kursk.',
    },
    entries: ['north-korean-troops', 'north-korea', 'kursk'],
    sources: [
      a0(
        'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe, um bei der Rückeroberung von Gebieten in Kursk zu unterstützen.',
      ),
      a4(
        'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.',
      ),
    ],
  },
  {
    id: 'ev-nis-3000',
    date: '2024',
    text: {
      de: 'Der südkoreanische Geheimdienst NIS berichtet, Nordkorea solle bereits mehr als 3000 Soldaten nach Russland geschickt haben, und erwartet bis Dezember insgesamt 10.000.',
      en: 'South Korea’s NIS intelligence service reports that North Korea has reportedly already sent more than 3,000 soldiers to Russia and expects a total of 10,000 by December.',
    },
    entries: ['nis', 'north-korean-troops', 'south-korea'],
    sources: [
      a2(
        'Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.',
      ),
      a2(
        'Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.',
      ),
    ],
  },
  {
    id: 'ev-austin',
    date: '2024',
    text: {
      de: 'US-Verteidigungsminister Lloyd Austin sagt, es gebe Beweise, dass nordkoreanische Soldaten in Russland eingetroffen sind; was sie dort tun, sei noch unklar.',
      en: 'US Defense Secretary Lloyd Austin says there is evidence that North Korean soldiers have arrived in Russia; what they are doing there is still unclear.',
    },
    entries: ['lloyd-austin', 'usa', 'north-korean-troops'],
    sources: [
      a2('Nordkoreanische Soldaten sind nach neuen Angaben der US-Regierung bereits in Russland eingetroffen.'),
      a2('Dafür gebe es Beweise, sagt US-Verteidigungsminister Lloyd Austin.'),
      a2('Noch sei allerdings unklar, was die Truppen dort machen.'),
    ],
  },
  {
    id: 'ev-charge-summoned',
    date: '2024',
    text: {
      de: 'Das Auswärtige Amt bestellt den nordkoreanischen Geschäftsträger ein; ein Einsatz nordkoreanischer Truppen für Russland wäre nach seinen Worten „gravierend und ein Verstoß gegen das Völkerrecht“.',
      en: 'The German Foreign Office summons North Korea’s chargé d’affaires; in its words, a deployment of North Korean troops for Russia would be “serious and a violation of international law”.',
    },
    entries: ['charge-summons', 'auswaertiges-amt', 'germany', 'voelkerrecht'],
    sources: [
      a2(
        'Das Auswärtige Amt reagiert auf die Berichte, indem es den nordkoreanischen Geschäftsträger einbestellt hat.',
      ),
      a2(
        '„Sollten die Berichte über nordkoreanische Soldaten in der Ukraine zutreffen und Nordkorea damit den russischen Angriffskrieg in der Ukraine auch mit Truppen unterstützen, wäre dies gravierend und ein Verstoß gegen das Völkerrecht“, schreibt das Auswärtige Amt weiter.',
      ),
    ],
  },
  {
    id: 'ev-pistorius-healey',
    date: '2024',
    text: {
      de: 'Boris Pistorius und John Healey äußern sich bei einem gemeinsamen Auftritt in London besorgt; Healey sagt, beide verurteilten „diese potenzielle Eskalation absolut“.',
      en: 'Boris Pistorius and John Healey voice concern at a joint appearance in London; Healey says they both “absolutely” condemn “this potential escalation”.',
    },
    entries: ['pistorius', 'healey', 'london'],
    sources: [
      a2(
        'Verteidigungsminister Boris Pistorius zeigte sich bei einem Auftritt in London gemeinsam mit seinem britischen Kollegen John Healy ebenfalls besorgt.',
      ),
      a2('„Wir beide verurteilen diese potenzielle Eskalation absolut“, sagte Healey.'),
    ],
  },
  {
    id: 'ev-selenskyj-video',
    date: '2024',
    text: {
      de: 'Selenskyj fordert an einem Dienstagabend in einer Videobotschaft, eine Ausweitung des Krieges mit nordkoreanischer Unterstützung zu verhindern; nach seinen Angaben trainieren nordkoreanische Einheiten auf russischem Boden.',
      en: 'On a Tuesday evening Zelensky calls in a video message for preventing an expansion of the war with North Korean support; according to him, North Korean units are training on Russian soil.',
    },
    entries: ['selenskyj', 'north-korean-troops'],
    sources: [
      a2(
        'Der ukrainische Präsident Wolodimir Selenski hat am Dienstagabend bereits gefordert, eine Ausweitung des russischen Angriffskrieges mit nordkoreanischer Unterstützung zu verhindern.',
      ),
      a2('sagte Selenski in einer Videobotschaft'),
      a2(
        'Selenski zufolge habe auch die Ukraine Informationen über die Ausbildung nordkoreanischer Soldaten auf russischem Boden.',
      ),
    ],
  },
  {
    id: 'ev-russia-confirms',
    date: '2025',
    anchors: [{ words: 'erst kürzlich', event: 'ev-kcna-confirmation' }],
    text: {
      de: 'Russland bestätigt die Beteiligung nordkoreanischer Soldaten offiziell, noch vor Nordkorea: es räumt ein, sie für den Einsatz an der Grenze zur Ukraine mobilisiert zu haben, um die Region zurückzuerobern.',
      en: 'Russia officially confirms the participation of North Korean soldiers, before North Korea does: it admits having mobilised them for deployment at the Ukrainian border to retake the region.',
    },
    entries: ['russia', 'north-korean-troops'],
    sources: [
      a0('Auch Russland hatte die Beteiligung erst kürzlich offiziell bestätigt.'),
      a4(
        'Bereits zuvor hatte Russland eingeräumt, nordkoreanische Soldaten für den Einsatz an der Ukraine-Grenze mobilisiert zu haben, um die Region zurückzuerobern.',
      ),
    ],
  },
  {
    id: 'ev-kremlin-kursk',
    date: '2025-04-26',
    text: {
      de: 'Nach Angaben von gnews.cz verkündet der Kreml, die Region Kursk vollständig von den ukrainischen Streitkräften „befreit“ zu haben.',
      en: 'According to gnews.cz, the Kremlin announces that it has fully “liberated” the Kursk region from the Ukrainian forces.',
    },
    entries: ['kremlin', 'kursk', 'kursk-recapture'],
    sources: [
      a3(
        'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
      ),
    ],
  },
  {
    id: 'ev-gerasimov',
    date: '2025-04-26',
    text: {
      de: 'Generalstabschef Waleri Gerassimow erklärt die letzte Siedlung in Kursk für zurückerobert und lobt den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer.',
      en: 'Chief of the General Staff Valery Gerasimov declares the last settlement in Kursk retaken and praises the “courage” and “heroism” of the North Korean fighters.',
    },
    entries: ['gerassimow', 'kursk', 'kursk-recapture', 'north-korean-troops'],
    sources: [
      a0(
        'Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.',
      ),
      a0('Er lobte den „Mut“ und das „Heldentum“ der nordkoreanischen Kämpfer bei der Rückeroberung von Kursk.'),
    ],
  },
  {
    id: 'ev-selenskyj-denial',
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
    id: 'ev-kcna-confirmation',
    date: '2025-04-28',
    text: {
      de: 'Nordkorea bestätigt über KCNA erstmals offiziell den Einsatz seiner Truppen in Russland; laut KCNA spricht Kim Jong-un von einer „heiligen Mission“, in Pjöngjang soll ein Denkmal entstehen.',
      en: 'Through KCNA, North Korea confirms officially for the first time that its troops fought in Russia; according to KCNA, Kim Jong Un speaks of a “holy mission”, and a monument is to stand in Pyongyang.',
    },
    entries: ['kcna-confirmation-2025', 'kcna', 'kim-jong-un', 'north-korea', 'north-korean-troops'],
    sources: [
      a0(
        'Der Kampf an der Seite Russlands sei eine „heilige Mission“ gewesen, wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert.',
      ),
      a0('In Pjöngjang soll künftig ein Denkmal stehen, das an die gefallenen Soldaten im Ukraine-Krieg erinnert.'),
      a3(
        'Nordkorea hat heute erstmals offiziell bestätigt, dass seine Truppen auf russischem Territorium stationiert wurden',
      ),
      a3(
        'Nordkorea betonte in seiner Erklärung, dass seine Soldaten eine Schlüsselrolle bei der "Wiederherstellung der territorialen Integrität Russlands" spielten.',
      ),
      a4(
        'Diese Bestätigung kam durch die nordkoreanische Nachrichtenagentur KCNA, die auf Befehl von Machthaber Kim Jong-un handelte.',
      ),
    ],
  },
  {
    id: 'ev-us-state-department',
    date: '2025-04-28',
    text: {
      de: 'Das US-Außenministerium reagiert alarmiert und verlangt, die Stationierung Nordkoreas in Russland und jegliche Unterstützung durch Russland sofort zu beenden.',
      en: 'The US State Department reacts with alarm and demands an immediate end to North Korea’s deployment in Russia and to any support by Russia.',
    },
    entries: ['us-state-department', 'usa', 'north-korean-troops'],
    sources: [
      a0('Das US-Außenministerium reagierte alarmiert.'),
      a0(
        'Das US-Außenministerium verlangte, dass die Stationierung Nordkoreas in Russland und jegliche Unterstützung durch Russland sofort beendet werden müsse.',
      ),
    ],
  },
  {
    id: 'ev-putin-thanks',
    date: '2025-04',
    text: {
      de: 'Nach Angaben von gnews.cz dankt Putin als Reaktion auf die nordkoreanische Erklärung Kim Jong-un und den Truppen der Koreanischen Volksarmee.',
      en: 'According to gnews.cz, Putin responds to North Korea’s statement by thanking Kim Jong Un and the troops of the Korean People’s Army.',
    },
    entries: ['putin', 'kim-jong-un', 'korean-peoples-army'],
    sources: [
      a3(
        'Als Reaktion auf diese Unterstützung dankte der russische Präsident Wladimir Putin dem nordkoreanischen Führer Kim Jong-un und den Truppen der Koreanischen Volksarmee.',
      ),
    ],
  },
  {
    id: 'ev-afp-negotiations',
    date: '2025-04-28',
    text: {
      de: 'Nach Angaben von gnews.cz berichtet AFP, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt.',
      en: 'According to gnews.cz, AFP reports that the Kremlin has declared itself ready for negotiations with Ukraine to end the conflict.',
    },
    entries: ['afp', 'kremlin', 'ukraine-war', 'gnews'],
    sources: [
      a3(
        'AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt',
      ),
    ],
  },
  {
    id: 'ev-trump-rome',
    date: '2025-04',
    text: {
      de: 'Nach Angaben von gnews.cz deutet Donald Trump bei einem Treffen mit Selenskyj in Rom an, Selenskyj könnte bereit sein, die Krim an Russland abzutreten; dieser hat einen solchen Schritt wiederholt abgelehnt.',
      en: 'According to gnews.cz, Donald Trump suggests at a meeting with Zelensky in Rome that Zelensky might be ready to cede Crimea to Russia; Zelensky has repeatedly rejected such a step.',
    },
    entries: ['trump', 'selenskyj', 'rome', 'crimea', 'gnews'],
    sources: [
      a3(
        'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten, obwohl der ukrainische Präsident einen solchen Schritt wiederholt abgelehnt hat.',
      ),
    ],
  },
];
