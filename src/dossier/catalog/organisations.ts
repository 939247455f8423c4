/** Governments, agencies, news organisations and institutions named in the source articles. */
import type { CatalogEntry } from '../catalog-types';
import { a0, a1, a2, a3, a4, fact, say } from './cite';

export const ORGANISATIONS: CatalogEntry[] = [
  {
    id: 'kremlin',
    kind: 'organisation',
    name: { de: 'Kreml', en: 'Kremlin' },
    role: { de: 'Die russische Staatsführung', en: 'Russia’s leadership' },
    aliases: ['Kreml', 'Kremlin'],
    // The other Kremlins are fortresses in other cities.
    match: { blockers: ['Kasaner Kreml', 'Kazan Kremlin', 'Nowgoroder Kreml', 'Novgorod Kremlin'] },
    summary: [
      say(
        'Am 26. April 2025 verkündete der Kreml, er habe die Region Kursk vollständig von den ukrainischen Streitkräften „befreit“ (nach Angaben von gnews.cz).',
        'On 26 April 2025 the Kremlin announced that it had fully “liberated” the Kursk region from the Ukrainian forces (according to gnews.cz).',
        a3(
          'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
        ),
      ),
      say(
        'Diese Verhandlungsbereitschaft, die AFP meldete, steht nach Einschätzung von gnews.cz „im Gegensatz zu der härteren Rhetorik der letzten Monate“.',
        'This readiness to negotiate, reported by AFP, stands “in contrast to the harsher rhetoric of recent months” in gnews.cz’s own assessment.',
        a3(
          'AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt',
        ),
        a3('was im Gegensatz zu der härteren Rhetorik der letzten Monate steht'),
      ),
    ],
    facts: [
      fact(
        '2025-04',
        'Laut AFP bereit zu Verhandlungen mit der Ukraine (nach Angaben von gnews.cz).',
        'According to AFP, ready for negotiations with Ukraine (according to gnews.cz).',
        a3('der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt'),
      ),
      fact(
        '2024-07',
        'Kreml-Sprecher Dmitri Peskow will die KCNA-Meldung über die Ausbilder-Delegation weder bestätigen noch dementieren.',
        'Kremlin spokesman Dmitry Peskov will neither confirm nor deny the KCNA report on the instructors’ delegation.',
        a1('Kreml-Sprecher Dmitri Peskow wollte die KCNA-Meldung weder bestätigen noch dementieren.'),
      ),
    ],
    related: ['russia', 'putin', 'peskow', 'moscow', 'kursk-recapture'],
    importance: 2,
  },

  {
    id: 'kcna',
    kind: 'organisation',
    name: { de: 'KCNA (Koreanische Zentrale Nachrichtenagentur)', en: 'KCNA (Korean Central News Agency)' },
    role: { de: 'Staatliche Nachrichtenagentur Nordkoreas', en: 'North Korea’s state news agency' },
    aliases: [
      'KCNA',
      'Korean Central News Agency',
      'Koreanische Zentrale Nachrichtenagentur',
      'Koreanischen Zentralen Nachrichtenagentur',
      'Zentrale Koreanische Nachrichtenagentur',
      'Zentralen Koreanischen Nachrichtenagentur',
    ],
    match: { caseSensitive: ['KCNA'] },
    summary: [
      say(
        'Die staatliche nordkoreanische Nachrichtenagentur berichtete am 9. Juli 2024, eine „Delegation von Militärausbildern“ sei nach Russland aufgebrochen; weitere Details nannte sie nicht.',
        'On 9 July 2024 North Korea’s state news agency reported that a “delegation of military instructors” had left for Russia; it gave no further details.',
        a1(
          'Wie die staatliche nordkoreanische Nachrichtenagentur KCNA am Dienstag (9. Juli) berichtete, verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland.',
        ),
        a1('Weitere Details nannte KCNA nicht.'),
      ),
      say(
        'Am 28. April 2025 bestätigte Nordkorea über KCNA erstmals offiziell, dass nordkoreanische Einheiten an den „Operationen zur Befreiung“ der Gebiete in Kursk teilnahmen.',
        'On 28 April 2025 North Korea confirmed officially for the first time, through KCNA, that North Korean units took part in the “operations to liberate” the areas in Kursk.',
        a0(
          'wird Machthaber Kim Jong-un von der staatlichen nordkoreanischen Nachrichtenagentur KCNA am Montag (28. April) zitiert',
        ),
        a0(
          'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
        ),
      ),
      say(
        'Laut einem Bericht handelte KCNA dabei auf Befehl von Machthaber Kim Jong-un.',
        'According to one report, KCNA acted on the orders of leader Kim Jong Un.',
        a4(
          'Diese Bestätigung kam durch die nordkoreanische Nachrichtenagentur KCNA, die auf Befehl von Machthaber Kim Jong-un handelte.',
        ),
      ),
    ],
    facts: [
      fact(
        '2025-04-28',
        'Bestätigt erstmals den Einsatz nordkoreanischer Truppen in Russland; die Einsätze seien „siegreich abgeschlossen“.',
        'Confirms for the first time the deployment of North Korean troops in Russia; the operations were “victoriously concluded”.',
        a0('Diese Einsätze im Ukraine-Krieg seien „siegreich abgeschlossen“ worden.'),
        a3('Die Nachricht, die von der staatlichen nordkoreanischen Nachrichtenagentur KCNA veröffentlicht wurde'),
      ),
    ],
    related: ['kcna-confirmation-2025', 'north-korea', 'kim-jong-un', 'instructors-delegation'],
    importance: 3,
  },

  {
    id: 'tass',
    kind: 'organisation',
    name: { de: 'Tass', en: 'TASS' },
    role: { de: 'Russische Nachrichtenagentur', en: 'Russian news agency' },
    aliases: ['Tass', 'TASS', 'Itar-Tass'],
    match: { caseSensitive: ['Tass', 'TASS', 'Itar-Tass', 'ITAR-TASS'] },
    summary: [
      say(
        'Im Juli 2024 gab Tass Kreml-Sprecher Peskow mit den Worten wieder, Russland wolle die Beziehungen zu „einem unserer engsten Nachbarn“ weiter ausbauen.',
        'In July 2024 TASS quoted Kremlin spokesman Peskov as saying that Russia wanted to further expand relations with “one of our closest neighbours”.',
        a1('sagte Peskow laut der russischen Nachrichtenagentur Tass.'),
        a1(
          'beabsichtigen wir, unsere Beziehungen zu einem unserer engsten Nachbarn in allen möglichen Bereichen weiter auszubauen und zu vertiefen',
        ),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Quelle für den Wortlaut von Artikel 4 des Vertrags.',
        'Source for the wording of Article 4 of the treaty.',
        a0('Laut einem Bericht der russischen Nachrichtenagentur Tass ist im Artikel 4 des Vertrags festgelegt'),
      ),
    ],
    related: ['treaty-article-4', 'treaty-2024', 'peskow', 'russia'],
    importance: 2,
  },

  {
    id: 'nis',
    kind: 'organisation',
    name: { de: 'NIS (südkoreanischer Geheimdienst)', en: 'National Intelligence Service (NIS)' },
    role: { de: 'Südkoreanischer Geheimdienst', en: 'South Korea’s intelligence service' },
    aliases: [
      'National Intelligence Service',
      'südkoreanische Geheimdienst',
      'südkoreanischer Geheimdienst',
      'südkoreanischen Geheimdienst',
      'South Korean spy agency',
    ],
    match: {
      generic: ['NIS'],
      caseSensitive: ['NIS'],
      context: ['south-korea', 'north-korea', 'seoul', 'korean-peninsula'],
      blockers: ['NIS-2', 'NIS2', 'NIS-Richtlinie', 'NIS directive', 'Ölkonzern NIS', 'Naftna Industrija Srbije'],
    },
    summary: [
      say(
        'Der südkoreanische Geheimdienst berichtete, Nordkorea habe bereits mehr als 3000 Soldaten nach Russland geschickt; die Zahlen legte er offenbar in einer nichtöffentlichen Sitzung des südkoreanischen Parlaments vor.',
        'South Korea’s intelligence service reported that North Korea had already sent more than 3,000 soldiers to Russia; it apparently presented the figures at a closed session of the South Korean parliament.',
        a2(
          'Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.',
        ),
        a2(
          'Der National Intelligence Service (NIS) hat die Zahlen offenbar während einer nichtöffentlichen Sitzung des südkoreanischen Parlaments vorgelegt.',
        ),
      ),
      say(
        'Der NIS erwartete, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken werde, die dort für einen Einsatz gegen die Ukraine trainiert würden.',
        'The NIS expected North Korea to send a total of 10,000 soldiers to Russia by December, to be trained there for deployment against Ukraine.',
        a2(
          'Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.',
        ),
        a2(
          'Die Truppen sollen demnach in Militäreinrichtungen in Russland untergebracht und dort für einen Einsatz gegen die Ukraine trainiert werden.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Mehr als 3000 nordkoreanische Soldaten sollen bereits in Russland sein; bis Dezember erwartet der NIS 10.000.',
        'More than 3,000 North Korean soldiers are said to be in Russia already; the NIS expects 10,000 by December.',
        a2('Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll'),
        a2(
          'Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.',
        ),
      ),
    ],
    related: ['south-korea', 'north-korean-troops', 'north-korea'],
    importance: 2,
  },

  {
    id: 'us-state-department',
    kind: 'organisation',
    name: { de: 'US-Außenministerium', en: 'US State Department' },
    role: { de: 'Außenministerium der USA', en: 'Foreign ministry of the United States' },
    aliases: [
      'US-Außenministerium',
      'US-Außenministeriums',
      'State Department',
      'US State Department',
      'U.S. State Department',
      'Department of State',
      'amerikanische Außenministerium',
      'amerikanischen Außenministerium',
      'amerikanischen Außenministeriums',
    ],
    summary: [
      say(
        'Das US-Außenministerium reagierte alarmiert auf die nordkoreanische Bestätigung vom April 2025 und verlangte, die Stationierung Nordkoreas in Russland und jede Unterstützung durch Russland sofort zu beenden.',
        'The US State Department reacted with alarm to North Korea’s confirmation of April 2025 and demanded an immediate end to North Korea’s deployment in Russia and to any support by Russia.',
        a0('Das US-Außenministerium reagierte alarmiert.'),
        a0(
          'Das US-Außenministerium verlangte, dass die Stationierung Nordkoreas in Russland und jegliche Unterstützung durch Russland sofort beendet werden müsse.',
        ),
      ),
      say(
        'Es betonte, Russland habe durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen; Länder wie Nordkorea trügen „Verantwortung“, sagte ein Sprecher der Nachrichtenagentur Reuters.',
        'It stressed that by training North Korean soldiers Russia had violated UN Security Council resolutions; countries like North Korea “bear responsibility”, a spokesman told the Reuters news agency.',
        a0(
          'Es betonte, dass Russland durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen habe.',
        ),
        a0(
          'Länder wie Nordkorea, deren Unterstützung „den Krieg zwischen Russland und der Ukraine aufrechterhalten hat, tragen Verantwortung“, so ein Sprecher des Außenministeriums gegenüber der Nachrichtenagentur Reuters.',
        ),
      ),
    ],
    facts: [],
    related: ['usa', 'un-security-council', 'reuters', 'kcna-confirmation-2025'],
    importance: 2,
  },

  {
    id: 'auswaertiges-amt',
    kind: 'organisation',
    name: { de: 'Auswärtiges Amt', en: 'German Federal Foreign Office' },
    role: { de: 'Deutsches Außenministerium', en: 'Germany’s foreign ministry' },
    aliases: [
      'Auswärtiges Amt',
      'Auswärtige Amt',
      'Auswärtigen Amt',
      'Auswärtigen Amtes',
      'Auswärtigen Amts',
      'Federal Foreign Office',
      'German Foreign Office',
    ],
    summary: [
      say(
        'Eine Sprecherin des Auswärtigen Amts sagte zu den Berichten über nordkoreanische Soldaten: „Wir würden einen solchen Schritt natürlich als Eskalation betrachten.“',
        'A spokeswoman for the Foreign Office said of the reports of North Korean soldiers: “We would of course regard such a step as an escalation.”',
        a2(
          '„Wir würden einen solchen Schritt natürlich als Eskalation betrachten“, sagte eine Sprecherin des Auswärtigen Amtes.',
        ),
      ),
      say(
        'Sollten die Berichte zutreffen und Nordkorea den russischen Angriffskrieg auch mit Truppen unterstützen, wäre dies nach Auffassung des Ministeriums „gravierend und ein Verstoß gegen das Völkerrecht“.',
        'Should the reports be true and North Korea also support Russia’s war of aggression with troops, this would be “serious and a violation of international law”, in the ministry’s view.',
        a2(
          '„Sollten die Berichte über nordkoreanische Soldaten in der Ukraine zutreffen und Nordkorea damit den russischen Angriffskrieg in der Ukraine auch mit Truppen unterstützen, wäre dies gravierend und ein Verstoß gegen das Völkerrecht“, schreibt das Auswärtige Amt weiter.',
        ),
      ),
    ],
    facts: [
      fact(
        '2024',
        'Bestellt den nordkoreanischen Geschäftsträger ein.',
        'Summons North Korea’s chargé d’affaires.',
        a2('indem es den nordkoreanischen Geschäftsträger einbestellt hat'),
      ),
      fact(
        undefined,
        'Eine nordkoreanische Unterstützung Russlands würde laut dem Ministerium die Sicherheit Deutschlands und der europäischen Friedensordnung bedrohen.',
        'According to the ministry, North Korean support for Russia would threaten the security of Germany and of the European peace order.',
        a2(
          'Eine nordkoreanische Unterstützung Russlands würde die Sicherheit Deutschlands und der europäischen Friedensordnung bedrohen, schreibt das Ministerium auf X.',
        ),
      ),
    ],
    related: ['germany', 'voelkerrecht', 'north-korean-troops'],
    importance: 2,
  },

  {
    id: 'un-security-council',
    kind: 'organisation',
    name: { de: 'UN-Sicherheitsrat und seine Resolutionen', en: 'UN Security Council and its resolutions' },
    role: {
      de: 'Gremium der Vereinten Nationen, gegen dessen Resolutionen Russland laut US-Außenministerium verstoßen hat',
      en: 'United Nations body whose resolutions Russia has violated, according to the US State Department',
    },
    aliases: [
      'UN-Sicherheitsrat',
      'Sicherheitsrat der Vereinten Nationen',
      'Weltsicherheitsrat',
      'UN Security Council',
      'U.N. Security Council',
      'United Nations Security Council',
    ],
    match: {
      generic: [
        'Sicherheitsrat',
        'Security Council',
        'UN-Resolution',
        'UN-Resolutionen',
        'UN resolution',
        'UN resolutions',
      ],
      context: ['united-nations', 'north-korea', 'russia'],
      blockers: [
        'Nationaler Sicherheitsrat',
        'Nationale Sicherheitsrat',
        'Nationalen Sicherheitsrat',
        'Nationalen Sicherheitsrats',
        'russische Sicherheitsrat',
        'russischen Sicherheitsrat',
        'russischen Sicherheitsrats',
        'Sicherheitsrat Russlands',
        'Sicherheitsrats Russlands',
        'ukrainische Sicherheitsrat',
        'ukrainischen Sicherheitsrats',
        'National Security Council',
        'Russian Security Council',
        "Russia's Security Council",
        'Security Council of Russia',
      ],
    },
    summary: [
      say(
        'Laut dem US-Außenministerium hat Russland durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen.',
        'According to the US State Department, Russia has violated UN Security Council resolutions by training North Korean soldiers.',
        a0(
          'Es betonte, dass Russland durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen habe.',
        ),
      ),
    ],
    facts: [],
    related: ['united-nations', 'us-state-department'],
    importance: 2,
  },

  {
    id: 'united-nations',
    kind: 'organisation',
    name: { de: 'Vereinte Nationen (UN)', en: 'United Nations (UN)' },
    role: {
      de: 'Ihre Sanktionen würden nordkoreanische Waffenlieferungen verletzen',
      en: 'Its sanctions would be breached by North Korean arms deliveries',
    },
    aliases: ['Vereinte Nationen', 'Vereinten Nationen', 'United Nations', 'UN', 'UNO', 'U.N.'],
    match: { caseSensitive: ['UN', 'UNO', 'U.N.'] },
    summary: [
      say(
        'Nordkoreanische Waffenlieferungen an Russland würden gegen Sanktionen der Vereinten Nationen verstoßen; offiziell bestätigen weder Moskau noch Pjöngjang solche Lieferungen.',
        'North Korean arms deliveries to Russia would violate United Nations sanctions; neither Moscow nor Pyongyang officially confirms such deliveries.',
        a2(
          'Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen, die zudem gegen Sanktionen der Vereinten Nationen verstoßen würden.',
        ),
      ),
    ],
    facts: [],
    related: ['un-security-council', 'nk-arms-deliveries'],
    importance: 1,
  },

  {
    id: 'csis',
    kind: 'organisation',
    name: {
      de: 'Center for Strategic and International Studies (CSIS)',
      en: 'Center for Strategic and International Studies (CSIS)',
    },
    role: { de: 'US-Thinktank', en: 'US think tank' },
    aliases: ['Center for Strategic and International Studies', 'CSIS'],
    match: {
      caseSensitive: ['CSIS'],
      blockers: [
        'kanadische Geheimdienst CSIS',
        'kanadischen Geheimdienstes CSIS',
        'kanadischer Geheimdienst CSIS',
        "Canada's CSIS",
        'Canadian CSIS',
      ],
    },
    summary: [
      say(
        'Victor Cha ist Korea-Experte des US-Thinktanks.',
        'Victor Cha is the US think tank’s Korea expert.',
        a2('Victor Cha, Korea-Experte des US-Thinktanks Center for Strategic and International Studies (CSIS)'),
      ),
    ],
    facts: [],
    related: ['victor-cha', 'usa'],
    importance: 1,
  },

  {
    id: 'kim-il-sung-military-university',
    kind: 'organisation',
    name: { de: 'Kim-Il-sung-Militäruniversität', en: 'Kim Il Sung Military University' },
    role: {
      de: 'Militäruniversität in Pjöngjang, benannt nach Staatsgründer Kim Il-sung',
      en: 'Military university in Pyongyang named after state founder Kim Il Sung',
    },
    aliases: ['Kim-Il-sung-Militäruniversität', 'Militäruniversität Kim Il-sung', 'Kim Il Sung Military University'],
    match: { generic: ['Militäruniversität'], context: ['kim-kum-chol', 'instructors-delegation'] },
    summary: [
      say(
        'Laut KCNA führte ihr Präsident die im Juli 2024 nach Russland gereiste Ausbilder-Delegation an.',
        'According to KCNA, its president led the instructors’ delegation that travelled to Russia in July 2024.',
        a1(
          'Kim Kum-chol, Präsident der nach Staatsgründer Kim Il-sung benannten Militäruniversität in Nordkoreas Hauptstadt Pjöngjang, führe die Delegation an.',
        ),
        a1(
          'Wie die staatliche nordkoreanische Nachrichtenagentur KCNA am Dienstag (9. Juli) berichtete, verließ am Vortag eine „Delegation von Militärausbildern“ das abgeschottete Land per Flugzeug in Richtung Russland.',
        ),
      ),
    ],
    facts: [],
    related: ['kim-kum-chol', 'kim-il-sung', 'pyongyang', 'instructors-delegation'],
    importance: 1,
  },

  {
    id: 'reuters',
    kind: 'organisation',
    name: { de: 'Reuters', en: 'Reuters' },
    role: { de: 'Nachrichtenagentur', en: 'News agency' },
    aliases: ['Reuters'],
    summary: [
      say(
        'Die Nachrichtenagentur veröffentlichte am 8. Juli 2024 ein Interview mit Südkoreas Präsident Yoon Suk-yeol.',
        'The news agency published an interview with South Korea’s President Yoon Suk Yeol on 8 July 2024.',
        a1(
          'In einem am Montag veröffentlichten Interview mit der Nachrichtenagentur Reuters verurteilte der südkoreanische Präsident Yoon Suk-yeol die Kooperation zwischen Russland und Nordkorea.',
        ),
      ),
      say(
        'Am 28. April 2025 sagte ihr ein Sprecher des US-Außenministeriums, Länder wie Nordkorea, deren Unterstützung den Krieg zwischen Russland und der Ukraine aufrechterhalten habe, trügen „Verantwortung“.',
        'On 28 April 2025 a spokesman for the US State Department told it that countries like North Korea, whose support had sustained the war between Russia and Ukraine, “bear responsibility”.',
        a0(
          'Länder wie Nordkorea, deren Unterstützung „den Krieg zwischen Russland und der Ukraine aufrechterhalten hat, tragen Verantwortung“, so ein Sprecher des Außenministeriums gegenüber der Nachrichtenagentur Reuters.',
        ),
      ),
    ],
    facts: [],
    related: ['yoon-suk-yeol', 'us-state-department'],
    importance: 1,
  },

  {
    id: 'afp',
    kind: 'organisation',
    name: { de: 'AFP (Agence France-Presse)', en: 'AFP (Agence France-Presse)' },
    role: {
      de: 'Quelle zweier Berichte (Kürzel „afp“; von gnews.cz zitiert)',
      en: 'Source of two reports (credit “afp”; cited by gnews.cz)',
    },
    aliases: ['AFP', 'afp', 'Agence France-Presse'],
    match: { caseSensitive: ['AFP', 'afp'] },
    summary: [
      say(
        'Nach Angaben von gnews.cz berichtete AFP am 28. April 2025, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt.',
        'According to gnews.cz, AFP reported on 28 April 2025 that the Kremlin had declared itself ready for negotiations with Ukraine to end the conflict.',
        a3(
          'AFP berichtete heute, der Kreml habe sich zu Verhandlungen mit der Ukraine zur Beendigung des Konflikts bereit erklärt',
        ),
      ),
    ],
    facts: [],
    related: ['kremlin', 'reuters'],
    importance: 1,
  },

  {
    id: 'dpa',
    kind: 'organisation',
    name: { de: 'Deutsche Presse-Agentur (dpa)', en: 'German Press Agency (dpa)' },
    role: { de: 'Deutsche Nachrichtenagentur', en: 'German news agency' },
    aliases: ['Deutsche Presse-Agentur', 'Deutschen Presse-Agentur', 'dpa'],
    match: { caseSensitive: ['dpa'] },
    summary: [
      say(
        'Gegenüber der dpa äußerte sich der Völkerrechtler Claus Kreß von der Universität zu Köln.',
        'The international lawyer Claus Kress of the University of Cologne spoke to dpa.',
        a2('sagte der Professor für Völkerrecht der Universität zu Köln der Deutschen Presse-Agentur.'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Interview mit Claus Kreß über die Schwelle, ab der Nordkorea Kriegspartei würde.',
        'Interview with Claus Kress on the threshold at which North Korea would become a party to the war.',
        a2(
          'Damit Nordkorea mit einem Einsatz ihrer Soldaten zur Kriegsparte würde, müssten laut Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein: Erstens müssten die Soldaten unter nordkoreanischem Kommando handeln und zweitens müssten sie sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“, also zum Beispiel selbst schießen, sagte der Professor für Völkerrecht der Universität zu Köln der Deutschen Presse-Agentur.',
        ),
      ),
    ],
    related: ['kress', 'kriegspartei'],
    importance: 1,
  },

  {
    id: 'handelsblatt',
    kind: 'organisation',
    name: { de: 'Handelsblatt', en: 'Handelsblatt' },
    role: { de: 'Zeitung, der Victor Cha ein Interview gab', en: 'Newspaper Victor Cha gave an interview to' },
    aliases: ['Handelsblatt'],
    summary: [
      say(
        'Dem Handelsblatt gab der Korea-Experte Victor Cha bereits vor Putins Besuch in Pjöngjang im Sommer 2024 ein Interview.',
        'Korea expert Victor Cha gave Handelsblatt an interview even before Putin’s visit to Pyongyang in summer 2024.',
        a2(
          'Bereits vor dem Treffen im Sommer sagte Victor Cha, Korea-Experte des US-Thinktanks Center for Strategic and International Studies (CSIS) dem Handelsblatt',
        ),
        a2('Im Juni besuchte Vladimir Putin den nordkoreanischen Diktator Kim Jong Un in der Hauptstadt Pjöngjang.'),
        a1('Im Juni war Russlands Präsident Wladimir Putin erstmals nach Jahrzehnten in Nordkorea eingetroffen'),
      ),
    ],
    facts: [],
    related: ['victor-cha', 'csis'],
    importance: 1,
  },

  {
    id: 'universitaet-koeln',
    kind: 'organisation',
    name: { de: 'Universität zu Köln', en: 'University of Cologne' },
    role: {
      de: 'Universität, an der Claus Kreß Völkerrecht lehrt',
      en: 'University where Claus Kress teaches international law',
    },
    aliases: ['Universität zu Köln', 'Universität Köln', 'Uni Köln', 'University of Cologne'],
    summary: [
      say(
        'Claus Kreß ist Professor für Völkerrecht an der Universität zu Köln.',
        'Claus Kress is professor of international law at the University of Cologne.',
        a2('der Professor für Völkerrecht der Universität zu Köln'),
      ),
    ],
    facts: [],
    related: ['kress'],
    importance: 1,
  },

  {
    id: 'gnews',
    kind: 'organisation',
    name: { de: 'gnews.cz', en: 'gnews.cz' },
    role: {
      de: 'Herausgeber eines der Quellartikel (so dessen letzte Zeile)',
      en: 'Publisher of one of the source articles (so its last line)',
    },
    aliases: ['gnews.cz'],
    summary: [
      say(
        'Der Text von gnews.cz erschien am Tag der ersten offiziellen Bestätigung Nordkoreas (28. April 2025); als Quellen nennt er KCNA und AFP.',
        'The gnews.cz text appeared on the day of North Korea’s first official confirmation (28 April 2025); it names KCNA and AFP as sources.',
        a3('Nordkorea hat heute erstmals offiziell bestätigt'),
        a3('Die Nachricht, die von der staatlichen nordkoreanischen Nachrichtenagentur KCNA veröffentlicht wurde'),
        a3('AFP berichtete heute'),
      ),
      say(
        'Eigene Wertungen von gnews.cz: Die Verhandlungsbereitschaft stehe „im Gegensatz zu der härteren Rhetorik der letzten Monate“, und Russland und Nordkorea stünden unter den Sanktionen „des sogenannten Westens“.',
        'gnews.cz’s own comments: the readiness to negotiate stood “in contrast to the harsher rhetoric of recent months”, and Russia and North Korea were under the sanctions “of the so-called West”.',
        a3('was im Gegensatz zu der härteren Rhetorik der letzten Monate steht'),
        a3('die beide unter den Sanktionen des sogenannten Westens stehen'),
      ),
    ],
    facts: [
      fact(
        undefined,
        'Als einzige der Quellen berichtet gnews.cz, dass Trump Selenskyj in Rom traf und andeutete, Selenskyj könnte die Krim abtreten.',
        'Of the sources, only gnews.cz reports that Trump met Zelensky in Rome and suggested Zelensky might cede Crimea.',
        a3(
          'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an',
        ),
      ),
    ],
    related: ['afp', 'kremlin', 'western-sanctions', 'trump'],
    importance: 1,
  },
];
