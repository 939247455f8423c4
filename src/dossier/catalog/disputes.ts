/**
 * Disputes that more than one entry shows. Each side keeps who makes the claim and
 * the exact words it rests on.
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
      'Kreml',
      'Der Kreml verkündete am 26. April 2025, er habe die Region Kursk vollständig von den ukrainischen Streitkräften „befreit“.',
      'On 26 April 2025 the Kremlin announced that it had fully “liberated” the Kursk region from the Ukrainian forces.',
      a3('am 26. April 2025 verkündete der Kreml, dass er die Region Kursk vollständig von den ukrainischen Streitkräften "befreit" habe'),
    ),
    claim(
      'Waleri Gerassimow',
      'Der russische Generalstabschef erklärte, die letzte Siedlung in Kursk sei zurückerobert worden.',
      'The Russian Chief of the General Staff said that the last settlement in Kursk had been retaken.',
      a0('Am Samstag erklärte der russische Generalstabschef Waleri Gerassimow, dass die letzte Siedlung in Kursk von den ukrainischen Streitkräften zurückerobert worden sei.'),
    ),
    claim(
      'KCNA',
      'Laut KCNA wurden die „Operationen zur Befreiung“ der Gebiete in Kursk „siegreich abgeschlossen“.',
      'According to KCNA, the “operations to liberate” the areas in Kursk were “victoriously concluded”.',
      a0('Laut KCNA nahmen Einheiten der nordkoreanischen Streitkräfte an den „Operationen zur Befreiung“ der Gebiete in Kursk teil.'),
      a0('Diese Einsätze im Ukraine-Krieg seien „siegreich abgeschlossen“ worden.'),
    ),
    claim(
      'Wolodymyr Selenskyj / Ukraine',
      'Die Ukraine weist die Behauptung einer vollständigen Rückeroberung zurück; Präsident Selenskyj erklärte am 27. April 2025, die ukrainische Armee kämpfe weiterhin in Kursk.',
      'Ukraine rejects the claim of a complete recapture; on 27 April 2025 President Zelensky said the Ukrainian army was still fighting in Kursk.',
      a0('Die Ukraine wies die russischen Behauptungen über die vollständige Rückeroberung zurück.'),
      a0('Präsident Wolodymyr Selenskyj erklärte am Sonntag, dass die ukrainische Armee weiterhin in Kursk kämpfe.'),
      a4('Trotz der angeblichen Erfolge bestreitet die Ukraine die vollständige Rückeroberung der Gebiete und berichtet, dass ihre Truppen weiterhin in Kursk aktiv sind.'),
    ),
  ],
};

/** Whether sending North Korean soldiers is lawful: Gerassimow cites the treaty; Washington and Berlin see a breach. */
export const TROOPS_LAWFUL: Dispute = {
  topic: {
    de: 'Ist der Einsatz nordkoreanischer Soldaten für Russland rechtmäßig?',
    en: 'Is the deployment of North Korean soldiers for Russia lawful?',
  },
  claims: [
    claim(
      'Waleri Gerassimow',
      'Die Zusammenarbeit stehe im Einklang mit dem Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea, der militärischen Beistand vorsieht.',
      'The cooperation is in line with the strategic partnership treaty between Russia and North Korea, which provides for military assistance.',
      a4('Diese Zusammenarbeit steht laut Gerassimow im Einklang mit einem bestehenden Vertrag über strategische Partnerschaft zwischen Russland und Nordkorea, der militärischen Beistand vorsieht.'),
    ),
    claim(
      'US-Außenministerium',
      'Russland habe durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen.',
      'By training North Korean soldiers, Russia has violated UN Security Council resolutions.',
      a0('Es betonte, dass Russland durch die Ausbildung nordkoreanischer Soldaten gegen Resolutionen des UN-Sicherheitsrats verstoßen habe.'),
    ),
    claim(
      'Auswärtiges Amt',
      'Sollte Nordkorea den russischen Angriffskrieg auch mit Truppen unterstützen, wäre dies „gravierend und ein Verstoß gegen das Völkerrecht“.',
      'Should North Korea also support Russia’s war of aggression with troops, this would be “serious and a violation of international law”.',
      a2('wäre dies gravierend und ein Verstoß gegen das Völkerrecht“, schreibt das Auswärtige Amt weiter.'),
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
      'NIS (südkoreanischer Geheimdienst)',
      'Bereits mehr als 3000 Soldaten; bis Dezember (2024) erwartet der NIS insgesamt 10.000.',
      'Already more than 3,000 soldiers; the NIS expects a total of 10,000 by December (2024).',
      a2('Der südkoreanische Geheimdienst berichtet, dass Nordkorea bereits mehr als 3000 Soldaten nach Russland geschickt haben soll.'),
      a2('Der Geheimdienst NIS erwartet, dass Nordkorea bis Dezember insgesamt 10.000 Soldaten nach Russland schicken wird.'),
    ),
    claim(
      'Wolodymyr Selenskyj',
      'Zwei Einheiten trainierten auf russischem Boden, „vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“.',
      'Two units were training on Russian soil, “perhaps even two brigades of 6,000 men each”.',
      a2('Demnach würden zwei Einheiten des Militärs des asiatischen Landes dort trainieren.'),
      a2('„Vielleicht sogar zwei Brigaden mit jeweils 6.000 Mann“, sagte der ukrainische Präsident.'),
    ),
    claim(
      'Südkoreanische und westliche Geheimdienste',
      'Nordkorea habe im vergangenen Jahr (2024) über 10.000 Soldaten nach Russland entsandt.',
      'North Korea sent more than 10,000 soldiers to Russia last year (2024).',
      a0('Südkoreanische und westliche Geheimdienste berichteten daraufhin, dass Nordkorea über 10.000 Soldaten nach Russland entsandt habe'),
      a4('Südkoreanische und westliche Geheimdienste schätzen, dass Nordkorea im vergangenen Jahr über 10.000 Soldaten nach Russland entsandt hat.'),
    ),
  ],
};

/** Intelligence reports say North Korea ships arms to Russia; neither government confirms it officially. */
export const ARMS_DELIVERIES: Dispute = {
  topic: {
    de: 'Liefert Nordkorea Waffen an Russland?',
    en: 'Does North Korea supply weapons to Russia?',
  },
  claims: [
    claim(
      'Südkoreanische und US-Geheimdienste',
      'Nordkorea liefert seit 2023 massenhaft Waffen und Munition an Russland.',
      'North Korea has been supplying Russia with weapons and ammunition on a massive scale since 2023.',
      a1('So liefert Nordkorea südkoreanischen und US-Geheimdienstberichten zufolge seit 2023 massenhaft Waffen und Munition an Russland'),
    ),
    claim(
      'Moskau und Pjöngjang',
      'Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen.',
      'Neither Moscow nor Pyongyang officially confirms arms deliveries.',
      a2('Offiziell bestätigen weder Moskau noch Pjöngjang Waffenlieferungen'),
    ),
  ],
};

/** Whether South Korea supplies Ukraine directly: a July 2024 report says no, a later one says yes. */
export const SOUTH_KOREA_ARMS: Dispute = {
  topic: {
    de: 'Liefert Südkorea Waffen direkt an die Ukraine?',
    en: 'Does South Korea supply weapons directly to Ukraine?',
  },
  claims: [
    claim(
      'Bericht vom 9. Juli 2024',
      'Südkorea beliefert bislang lediglich die Verbündeten der Ukraine, nicht das Land selbst; die Regierung in Seoul erwägt Waffenlieferungen.',
      'So far South Korea supplies only Ukraine’s allies, not the country itself; the government in Seoul is considering arms deliveries.',
      a1('beliefert bislang aber lediglich die Verbündeten der Ukraine, nicht aber das bedrängte Land selbst'),
      a1('überlegt die Regierung in Seoul, die Ukraine ihrerseits mit Waffen zu unterstützen'),
    ),
    claim(
      'Bericht „Nordkorea gesteht“ (nach der KCNA-Bestätigung)',
      'Südkorea beliefert die Ukraine mit Artillerie und Munition.',
      'South Korea supplies Ukraine with artillery and ammunition.',
      a4('Während Nordkorea Russland unterstützt, beliefert Südkorea die Ukraine mit Artillerie und Munition.'),
    ),
  ],
};
