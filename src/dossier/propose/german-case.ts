/**
 * German organisation names seen only in an oblique case ("des Deutschen Instituts für
 * Wirtschaftsforschung", "der Europäischen Kommission") listed in the nominative. Only heads whose
 * gender is known are changed; anything else stays as the text gives it.
 */
const NEUTER = [
  'institut',
  'amt',
  'ministerium',
  'komitee',
  'gericht',
  'zentrum',
  'büro',
  'parlament',
  'sekretariat',
  'forum',
  'werk',
];
const MASCULINE = ['bund', 'verband', 'rat', 'dienst', 'verein', 'konzern', 'ausschuss', 'hof', 'senat', 'kongress'];
const FEMININE = [
  'kommission',
  'union',
  'agentur',
  'bank',
  'partei',
  'regierung',
  'gesellschaft',
  'stiftung',
  'behörde',
  'universität',
  'akademie',
  'hochschule',
  'organisation',
  'vereinigung',
  'gewerkschaft',
  'anstalt',
  'zentrale',
];

type Gender = 'n' | 'm' | 'f';

function genderOf(word: string): Gender | undefined {
  const w = word.toLowerCase();
  if (NEUTER.some((s) => w.endsWith(s))) return 'n';
  if (MASCULINE.some((s) => w.endsWith(s))) return 'm';
  if (FEMININE.some((s) => w.endsWith(s))) return 'f';
  return undefined;
}

/** The head in the nominative and its gender: "Instituts" → Institut (n), "Bundes" → Bund (m). */
function nominativeHead(head: string): { head: string; gender: Gender; changed: boolean } | undefined {
  const bare = genderOf(head);
  if (bare) return { head, gender: bare, changed: false };
  for (const cut of [1, 2]) {
    if (!head.endsWith(cut === 1 ? 's' : 'es')) continue;
    const stem = head.slice(0, -cut);
    const gender = genderOf(stem);
    // Feminine nouns take no genitive -s.
    if (gender && gender !== 'f') return { head: stem, gender, changed: true };
  }
  return undefined;
}

const ENDING: Record<Gender, string> = { n: 'es', m: 'er', f: 'e' };

/** The nominative of a German organisation's name, or the name itself when that is not safe to say. */
export function germanNominative(name: string): string {
  const words = name.split(' ');
  // The capitalised words before the first lower-case one ("für", "der"): adjectives, then the head.
  let end = words.findIndex((w) => !/^\p{Lu}/u.test(w));
  if (end < 0) end = words.length;
  if (end < 2) return name;
  const found = nominativeHead(words[end - 1]!);
  if (!found) return name;
  const adjectives = words.slice(0, end - 1);
  // Only adjectives in the weak -en form ("Deutschen", "Europäischen") say the case; a first name does not.
  if (!adjectives.every((w) => /^\p{Lu}\p{Ll}+en$/u.test(w))) return name;
  const nominative = adjectives.map((w) => w.slice(0, -2) + ENDING[found.gender]);
  return [...nominative, found.head, ...words.slice(end)].join(' ');
}
