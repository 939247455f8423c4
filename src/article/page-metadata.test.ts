/**
 * Article metadata on real saved news pages (tests/fixtures/article-pages: the saved pages
 * of shared/pages, slimmed with `scripts/slim-page.ts --metadata`, JSON-LD and canonical link kept).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { extractPageMetadata, languageCode, statedDate } from './page-metadata';

const PAGES = join(import.meta.dirname, '..', '..', 'tests', 'fixtures', 'article-pages');

function metadataOf(file: string) {
  const { document } = parseHTML(readFileSync(join(PAGES, file), 'utf8'));
  return extractPageMetadata(document as unknown as Document);
}

/** What each page states about itself, read by hand from its markup. */
const EXPECTED: Record<string, { title?: string; outlet?: string; date?: string; language?: string; url?: string }> = {
  'dw.com.colonial.html': {
    title: "Berlin confronts Germany's colonial past with new initiative | DW | 19.01.2020",
    outlet: 'DW.COM',
    language: 'en',
    url: 'https://www.dw.com/en/berlin-confronts-germanys-colonial-past-with-new-initiative/a-52060881',
  },
  'faz.net.streaming.html': {
    title: 'Musik-Stars fordern neues Streaming-Modell',
    outlet: 'Frankfurter Allgemeine Zeitung',
    date: '2020-01-28',
    language: 'de',
    url: 'https://www.faz.net/aktuell/wirtschaft/nutzerbasierte-abrechnung-musik-stars-fordern-neues-streaming-modell-16604622.html',
  },
  'heise.de.lithium.html': {
    title: 'Lithium aus dem Schredder',
    outlet: 'Technology Review',
    date: '2019-06-20',
    language: 'de',
    url: 'https://www.heise.de/newsticker/meldung/Lithium-aus-dem-Schredder-4451133.html',
  },
  'meedia.de.freenet.html': {
    title: 'Einstieg ins TV-Geschäft: Wie Freenet Privatkunden für Antennen-TV in HD-Qualität gewinnen will › Meedia',
    date: '2016-03-08',
    language: 'de',
    url: 'https://meedia.de/2016/03/08/einstieg-ins-tv-geschaeft-wie-freenet-privatkunden-fuer-antennen-tv-in-hd-qualitaet-gewinnen-will/',
  },
  'ndr.de.podcastcoronavirus140.html': {
    title: '(16) Coronavirus-Update: Brauchen Abkürzungen bei der Impfstoffzulassung',
    language: 'de',
  },
  'readability-guardian-1.html': {
    title: "'What is the sea telling us?': Māori tribes fearful over whale strandings | Eleanor Ainge Roy",
    outlet: 'the Guardian',
    date: '2019-01-03',
    language: 'en',
    url: 'https://www.theguardian.com/environment/2019/jan/03/what-is-the-sea-telling-us-maori-tribes-fearful-over-whale-strandings',
  },
  'readability-lemonde-1.html': {
    title: "Le projet de loi sur le renseignement massivement approuvé à l'Assemblée",
    outlet: 'Le Monde.fr',
    date: '2015-05-04',
    language: 'fr',
    url: 'http://www.lemonde.fr/pixels/article/2015/05/04/que-contient-la-loi-sur-le-renseignement_4627068_4408996.html',
  },
  'readability-nytimes-5.html': {
    title: 'The New York Times en Español',
    language: 'es',
    url: 'https://www.nytimes.com/es/',
  },
  'readability-yahoo-2.html': {
    title: 'Russia: Space ship malfunctions, breaks up over Siberia',
    outlet: 'Yahoo News - Latest News & Headlines',
    date: '2016-12-01',
    language: 'en',
  },
  'rnz.de.witzel.html': {
    title: 'Frank Witzel erhält Deutschen Buchpreis 2015',
    language: 'de',
    url: 'https://www.rnz.de/nachrichten_artikel,-zz-dpa-Schlaglichter-Frank-Witzel-erhaelt-Deutschen-Buchpreis-2015-_arid,133484.html',
  },
  'spektrum.de.engelbart.html': {
    title: 'Die Ablehnung der Gendersprache » SciLogs - Wissenschaftsblogs',
    outlet: 'Die Engelbart-Galaxis',
    date: '2019-04-08',
    language: 'de',
    url: 'https://scilogs.spektrum.de/engelbart-galaxis/die-ablehnung-der-gendersprache/',
  },
  'spiegel.de.albtraum.html': {
    title: 'Ein Albtraum',
    outlet: 'SPIEGEL ONLINE',
    date: '2018-12-22',
    language: 'de',
    url: 'https://www.spiegel.de/spiegel/print/d-161500790.html',
  },
  'sueddeutsche.de.flixtrain.html': {
    title: 'Flixbus attackiert Deutsche Bahn',
    outlet: 'Süddeutsche.de',
    date: '2019-05-15',
    language: 'de',
    url: 'https://www.sueddeutsche.de/wirtschaft/bahn-flixbus-flixtrain-deutschlandtakt-fernverkehr-1.4445845',
  },
  'zeit.de.zugverkehr.html': {
    title: 'Zugverkehr: Im ICE von Frankfurt nach Barcelona',
    outlet: 'ZEIT ONLINE',
    date: '2020-01-14',
    language: 'de',
    url: 'https://www.zeit.de/mobilitaet/2020-01/zugverkehr-christian-lindner-hochgeschwindigkeitsstrecke-eu-kommission',
  },
};

describe('article metadata', () => {
  it.each(Object.entries(EXPECTED))('reads what %s states about itself', (file, expected) => {
    const found = metadataOf(file);
    expect({
      title: found.title,
      outlet: found.outlet,
      date: found.date,
      language: found.language,
      url: found.url,
    }).toEqual({
      title: expected.title,
      outlet: expected.outlet,
      date: expected.date,
      language: expected.language,
      url: expected.url,
    });
    // Every value says where it was read.
    for (const key of Object.keys(expected))
      expect(found.basis[key as keyof typeof found.basis], `${file}: ${key}`).toBeTruthy();
  });

  it('prefers JSON-LD, reads @graph and arrays, and skips broken JSON', () => {
    const { document } = parseHTML(`<html lang="en"><head>
      <script type="application/ld+json">{ broken</script>
      <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Site"},
        {"@type":["NewsArticle"],"headline":"From JSON-LD","datePublished":"2025-04-28T09:00:00+02:00",
         "publisher":{"@type":"Organization","name":"Example Times"},"author":[{"name":"A. Writer"},{"name":"B. Writer"}],
         "inLanguage":"de-DE","url":"https://example.org/a"}]}</script>
      <meta property="og:title" content="From OpenGraph"><meta property="article:published_time" content="2020-01-01">
      <link rel="canonical" href="https://example.org/canonical"></head><body><h1>Headline</h1></body></html>`);
    const found = extractPageMetadata(document as unknown as Document);
    expect(found).toMatchObject({
      title: 'From JSON-LD',
      outlet: 'Example Times',
      author: 'A. Writer, B. Writer',
      date: '2025-04-28',
      language: 'de',
      url: 'https://example.org/a',
    });
    expect(found.basis.date).toBe('JSON-LD NewsArticle.datePublished');
  });

  it('states nothing the page does not: no URL from the address, no date from today, no profile URL as author', () => {
    const { document } = parseHTML(`<html><head><meta property="article:author" content="https://example.org/people/x">
      <link rel="canonical" href="/relative"></head><body><p>Text</p></body></html>`);
    expect(extractPageMetadata(document as unknown as Document)).toEqual({ basis: {} });
    // A relative canonical link is resolved only against the address the caller gives.
    expect(extractPageMetadata(document as unknown as Document, 'https://example.org/page').url).toBe(
      'https://example.org/relative',
    );
    const { document: js } = parseHTML(
      '<html><head><link rel="canonical" href="javascript:alert(1)"></head><body></body></html>',
    );
    expect(extractPageMetadata(js as unknown as Document).url).toBeUndefined();
  });

  it('reads the dates news pages write', () => {
    expect(statedDate('2025-04-28T09:15:00+02:00')).toBe('2025-04-28');
    expect(statedDate('Tue Jan 28 15:28:56 CET 2020')).toBe('2020-01-28');
    expect(statedDate('Tue, 28 Jan 2020 15:28:56 +0100')).toBe('2020-01-28');
    expect(statedDate('January 28, 2020')).toBe('2020-01-28');
    expect(statedDate('28.01.2020')).toBe('2020-01-28');
    expect(statedDate('2019-02-30')).toBeUndefined();
    expect(statedDate('gestern')).toBeUndefined();
    expect(languageCode('de-DE')).toBe('de');
    expect(languageCode('en_US')).toBe('en');
  });
});
