/**
 * Disputes that more than one entry shows. Each side keeps who makes the claim (in
 * German and English) and the exact words it rests on; a side that only one outlet
 * reports says so.
 */
import type { Dispute } from '../types';
import { a0, a1, a2, a3, a4, claim } from './cite';

/** Russia says the Kursk region is fully retaken (26 April 2025); Ukraine says it is still fighting there. */
export const KURSK_RETAKEN: Dispute = {
  topic: {
    de: 'Hat Russland die Region Kursk vollständig zurückerobert?',
    en: 'Has Russia fully retaken the Kursk region?',
  },
  claims: [
    claim(
      { de: 'Kreml', en: 'Kremlin' },
      'Nach Angaben von gnews.cz verkündete der Kreml am 26. April 2025, er habe die Region Kursk vollständig von den ukrainischen Streitkräften „befreit“.',
      'According to gnews.cz, the Kremlin announced on 26 April 2025 that it had fully “liberated” the Kursk region from the Ukrainian forces.',
      a3(
        'am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe',
      ),
    ),
    claim(
      { de: 'Waleri Gerassimow', en: 'Valery Gerasimov' },
      'Der russische Generalstabschef erklärte am 26. April 2025, die letzte Siedlung in Kursk sei zurückerobert worden.',
      'On 26 April 2025 the Russian Chief of the General Staff said that the last settlement in Kursk had been retaken.',
      a0(
        'Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.',
      ),
    ),
    claim(
      { de: 'KCNA', en: 'KCNA' },
      'Laut KCNA wurden die „Operationen zur Befreiung“ der Gebiete in Kursk „siegreich abgeschlossen“.',
      'According to KCNA, the “operations to liberate” the areas in Kursk were “victoriously concluded”.',
      a0(
        'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
      ),
      a0('Diese Einsätze im Ukraine-Krieg seien „siegreich abgeschlossen“ worden.'),
    ),
    claim(
      { de: 'Ukraine (Präsident Selenskyj)', en: 'Ukraine (President Zelensky)' },
      'Die Ukraine weist die Behauptung einer vollständigen Rückeroberung zurück; Präsident Selenskyj erklärte am 27. April 2025, die ukrainische Armee kämpfe weiterhin in Kursk.',
      'Ukraine rejects the claim of a complete recapture; on 27 April 2025 President Zelensky said the Ukrainian army was still fighting in Kursk.',
      a0('Die Ukraine wies die russischen Behauptungen über die vollständige Rückeroberung zurück.'),
      a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      a4(
        'Trotz der angeblichen Erfolge bestreitet die Ukraine die vollständige Rückeroberung der Gebiete und berichtet, dass ihre Truppen weiterhin in Kursk aktiv sind.',
      ),
    ),
  ],
};

/**
 * Whether sending North Korean soldiers is lawful, and when it makes North Korea a
 * party to the war: Gerassimow cites the treaty; Washington, Berlin and one report see
 * a breach; Kreß names the test for becoming a party.
 */
export const TROOPS_LAWFUL: Dispute = {
  topic: {
    de: 'Ist der Einsatz nordkoreanischer Soldaten für Russland rechtmäßig, und wird Nordkorea damit Kriegspartei?',
    en: 'Is the deployment of North Korean soldiers for Russia lawful, and does it make North Korea a party to the war?',
  },
  claims: [
    claim(
      { de: 'Waleri Gerassimow', en: 'Valery Gerasimov' },
      'Laut Gerassimow steht die Zusammenarbeit im Einklang mit dem Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea, der militärischen Beistand vorsieht.',
      'According to Gerasimov, the cooperation is in line with the strategic partnership treaty between Russia and North Korea, which provides for military assistance.',
      a4(
        'Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea, der militärischen Beistand vorsieht.',
      ),
    ),
    claim(
      { de: 'US-Außenministerium', en: 'US State Department' },
      'Russland habe durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen.',
      'By training North Korean soldiers, Russia has violated UN Security Council resolutions.',
      a0(
        'Es betonte, dass Russland durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen habe.',
      ),
    ),
    claim(
      { de: 'Auswärtiges Amt', en: 'German Federal Foreign Office' },
      'Sollten die Berichte zutreffen und Nordkorea den russischen Angriffskrieg auch mit Truppen unterstützen, wäre dies „gravierend und ein Verstoß gegen das Völkerrecht“.',
      'Should the reports be true and North Korea also support Russia’s war of aggression with troops, this would be “serious and a violation of international law”.',
      a2(
        '„Sollten die Berichte über nordkoreanische Soldaten in der Ukraine zutreffen und Nordkorea damit den russischen Angriffskrieg in der Ukraine auch mit Truppen unterstützen, wäre dies gravierend und ein Verstoß gegen das Völkerrecht“, schreibt das Auswärtige Amt weiter.',
      ),
    ),
    claim(
      { de: 'Bericht „Nordkorea gesteht“ (ohne Urheber)', en: 'Report “Nordkorea gesteht” (no source named)' },
      'Die Anwesenheit nordkoreanischer Soldaten wird als Verstoß gegen internationales Recht betrachtet; von wem, sagt der Bericht nicht.',
      'The presence of North Korean soldiers is regarded as a violation of international law; the report does not say by whom.',
      a4('Die Anwesenheit nordkoreanischer Soldaten wird jedoch als Verstoß gegen internationales Recht betrachtet.'),
    ),
    claim(
      { de: 'Claus Kreß (Völkerrechtler)', en: 'Claus Kress (international lawyer)' },
      'Zur Kriegspartei würde Nordkorea laut Kreß nur, wenn seine Soldaten unter nordkoreanischem Kommando handeln und sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“, also etwa selbst schießen.',
      'According to Kress, North Korea would become a party to the war only if its soldiers act under North Korean command and “take a direct part in hostilities with Ukraine”, for example by firing themselves.',
      a2(
        'Damit Nordkorea mit einem Einsatz ihrer Soldaten zur Kriegsparte würde, müssten laut Völkerrechtler Claus Kreß zwei Bedingungen erfüllt sein',
      ),
      a2(
        'Erstens müssten die Soldaten unter nordkoreanischem Kommando handeln und zweitens müssten sie sich „unmittelbar an Feindseligkeiten mit der Ukraine beteiligen“, also zum Beispiel selbst schießen',
      ),
    ),
  ],
};

/** The estimates of how many North Korean soldiers went to Russia differ by source and time. */
export const TROOP_NUMBERS: Dispute = {
  topic: {
    de: 'Wie viele nordkoreanische Soldaten wurden nach Russland geschickt?',
    en: 'How many North Korean soldiers were sent to Russia?',
  },
  claims: [
    claim(
      { de: 'NIS (südkoreanischer Geheimdienst)', en: 'NIS (South Korean intelligence)' },
      'Nordkorea soll bereits mehr als 3000 Soldaten geschickt haben; bis Dezember (2024) erwartet der NIS insgesamt 10.000.',
      'North Korea is said to have already sent more than 3,000 soldiers; the NIS expects a total of 10,000 by December (2024).',
      a2(
        'Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.',
      ),
      a2(
        'Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.',
      ),
    ),
    claim(
      { de: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky' },
      'Zwei Einheiten trainierten auf russischem Boden, „vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“.',
      'Two units were training on Russian soil, “perhaps even two brigades of 6,000 men each”.',
      a2('Demnach würden zwei Einheiten des Militärs des asiatischen Landes dort trainieren.'),
      a2('„Vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“, sagte der ukrainische Präsident.'),
    ),
    claim(
      { de: 'Südkoreanische und westliche Geheimdienste', en: 'South Korean and Western intelligence services' },
      'Nordkorea habe im vergangenen Jahr (2024) über 10.000 Soldaten nach Russland entsandt.',
      'North Korea sent more than 10,000 soldiers to Russia last year (2024).',
      a0(
        'Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe',
      ),
      a4(
        'Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.',
      ),
    ),
  ],
};

/**
 * Intelligence reports and Selenskyj say North Korea ships arms to Russia; one report
 * states it as fact; another notes that neither government confirms it officially.
 */
export const ARMS_DELIVERIES: Dispute = {
  topic: {
    de: 'Liefert Nordkorea Waffen an Russland?',
    en: 'Does North Korea supply weapons to Russia?',
  },
  claims: [
    claim(
      { de: 'Südkoreanische und US-Geheimdienste', en: 'South Korean and US intelligence' },
      'Nordkorea liefert seit 2023 massenhaft Waffen und Munition an Russland.',
      'North Korea has been supplying Russia with weapons and ammunition on a massive scale since 2023.',
      a1(
        'So liefert Nordkorea südkoreanischen und US-Geheimdienstberichten zufolge seit 2023 massenhaft Waffen und Munition an Russland',
      ),
    ),
    claim(
      { de: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky' },
      'Selenskyj warf Nordkorea vor, Russland mit Soldaten und Waffen zu unterstützen.',
      'Zelensky accused North Korea of supporting Russia with soldiers and weapons.',
      a4('Präsident Wolodymyr Selenskyj hatte Nordkorea vorgeworfen, Russland mit Soldaten und Waffen zu unterstützen'),
    ),
    claim(
      { de: 'Bericht vom 28. April 2025 (nz/afp)', en: 'Report of 28 April 2025 (nz/afp)' },
      'Der Bericht stellt als Tatsache dar, Nordkorea habe im vergangenen Jahr (2024) nicht nur Waffen, sondern auch Truppen entsandt; bestätigt hat Pjöngjang laut KCNA den Einsatz der Truppen.',
      'The report states as fact that last year (2024) North Korea sent not only weapons but also troops; what Pyongyang confirmed, according to KCNA, is the deployment of the troops.',
      a0(
        'Nordkorea hat im vergangenen Jahr nicht nur Waffen, sondern auch Truppen an Putin im Kampf gegen die Ukraine entsandt.',
      ),
      a0(
        'Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.',
      ),
    ),
    claim(
      { de: 'Bericht „USA bestätigen Stationierung“ (2024)', en: 'Report “USA bestätigen Stationierung” (2024)' },
      'Der Bericht hält fest, dass weder Moskau noch Pjöngjang Waffenlieferungen offiziell bestätigen; sie würden zudem gegen Sanktionen der Vereinten Nationen verstoßen.',
      'The report notes that neither Moscow nor Pyongyang officially confirms arms deliveries, which would also violate United Nations sanctions.',
      a2(
        'Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen, die zudem gegen Sanktionen der Vereinten Nationen verstoßen würden.',
      ),
    ),
  ],
};

/**
 * Whether South Korea supplies Ukraine directly: not two sides of one argument but two
 * reports at least nine months apart (July 2024, after 28 April 2025), which may both be true.
 */
export const SOUTH_KOREA_ARMS: Dispute = {
  topic: {
    de: 'Liefert Südkorea Waffen direkt an die Ukraine? Zwei Berichte, mindestens neun Monate auseinander',
    en: 'Does South Korea supply weapons directly to Ukraine? Two reports at least nine months apart',
  },
  claims: [
    claim(
      { de: 'Bericht vom 9. Juli 2024', en: 'Report of 9 July 2024' },
      'Stand Juli 2024: Südkorea beliefert bislang lediglich die Verbündeten der Ukraine, nicht das Land selbst; ein Gesetz verbietet Waffenlieferungen in Kriegsgebiete, die Regierung in Seoul erwägt dennoch Waffenhilfe.',
      'As of July 2024: South Korea so far supplies only Ukraine’s allies, not the country itself; a law prohibits arms deliveries to war zones, yet the government in Seoul is considering arms aid.',
      a1('beliefert bislang aber lediglich die Verbündeten der Ukraine, nicht aber das bedrängte Land selbst'),
      a1('Ein Gesetz verbietet die Lieferung von Waffen in Kriegsgebiete.'),
      a1('überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen'),
    ),
    claim(
      {
        de: 'Bericht „Nordkorea gesteht“ (ab 28. April 2025)',
        en: 'Report “Nordkorea gesteht” (28 April 2025 or later)',
      },
      'Stand 2025: Südkorea beliefert die Ukraine mit Artillerie und Munition.',
      'As of 2025: South Korea supplies Ukraine with artillery and ammunition.',
      a4('Während Nordkorea Russland unterstützt, beliefert Südkorea die Ukraine mit Artillerie und Munition.'),
    ),
  ],
};

/** Trump suggested Selenskyj might cede Crimea; Selenskyj has repeatedly refused (both only in 003, gnews.cz). */
export const CRIMEA_CESSION: Dispute = {
  topic: {
    de: 'Ist Selenskyj bereit, die Krim an Russland abzutreten?',
    en: 'Is Zelensky ready to cede Crimea to Russia?',
  },
  claims: [
    claim(
      { de: 'Donald Trump', en: 'Donald Trump' },
      'Nach Angaben von gnews.cz deutete Trump bei einem Treffen mit Selenskyj in Rom an, Selenskyj könnte bereit sein, die Krim an Russland abzutreten.',
      'According to gnews.cz, Trump suggested at a meeting with Zelensky in Rome that Zelensky might be ready to cede Crimea to Russia.',
      a3(
        'Gleichzeitig deutete US-Präsident Donald Trump bei einem Treffen mit dem ukrainischen Präsidenten Wolodymyr Zelenskij in Rom an, dass Zelenskij bereit sein könnte, die Krim an Russland abzutreten',
      ),
    ),
    claim(
      { de: 'Wolodymyr Selenskyj', en: 'Volodymyr Zelensky' },
      'Nach Angaben von gnews.cz hat Selenskyj einen solchen Schritt wiederholt abgelehnt.',
      'According to gnews.cz, Zelensky has repeatedly rejected such a step.',
      a3('obwohl der ukrainische Präsident einen solchen Schritt wiederholt abgelehnt hat'),
    ),
  ],
};
