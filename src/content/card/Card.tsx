/**
 * The hover card: what a reader needs about one entry without leaving the page.
 * Every claim shows where it comes from; a source chip reveals the exact quote.
 * All text is rendered as text (Preact escapes it): nothing here is HTML.
 */
import { useState } from 'preact/hooks';
import type { Entry, Fact, Lang, Localized, SourceRef } from '../../dossier/types';
import type { ArticleLabel } from '../../messaging/protocol';
import type { AnnotatedEntry } from '../../storage/reader-data';
import { formatIsoDate, shorten } from '../../ui/format';
import { claimSpeaker, kindLabel, localized, translator, type Translate } from '../../ui/i18n';
import { KindIcon } from './KindIcon';

export interface CardProps {
  /** With the reader's note and the evidence from the reader's own articles, where there is any. */
  entry: Entry & Partial<Pick<AnnotatedEntry, 'note' | 'readerEvidence'>>;
  lang: Lang;
  /** How often the entry is marked on this page. */
  mentionsOnPage: number;
  names: Readonly<Record<string, Localized>>;
  articles: Readonly<Record<string, ArticleLabel>>;
  /** Whether the page is about the entry's story (absent: it is). */
  story?: StoryContext;
  onClose: () => void;
  onSelectEntry: (id: string) => void;
  onOpenDossier: (id: string) => void;
}

/** The page and the entry's story: off the story, what the dossier says is context, not the page's topic. */
export interface StoryContext {
  pageAbout: boolean;
  /** The story the entry belongs to, where it has one. */
  name?: Localized;
}

const MAX_FACTS = 4;
const MAX_RELATED = 6;

export function Card(props: CardProps) {
  const { entry, lang, mentionsOnPage, names, articles } = props;
  const t = translator(lang);
  const name = localized(entry.name, lang);
  const headingId = `kontext-card-${entry.id}`;
  const related = entry.related.filter((id) => names[id]).slice(0, MAX_RELATED);
  // Off the story, the card leads with who or what this is; the story's context waits one click away.
  const offStory = props.story?.pageAbout === false;
  const storyName = props.story?.name ? localized(props.story.name, lang) : t('cardTheStory');
  const storyPart = (
    <>
        {localized(entry.summary, lang) && (
          <p class="summary">
            {/* The summary's own sources: every card shows what its text rests on, facts or not. */}
            {localized(entry.summary, lang)}{' '}
            <SourceChips sources={entry.summarySentences.flatMap((s) => s.sources)} lang={lang} t={t} articles={articles} />
          </p>
        )}
        {entry.facts.length > 0 && (
          <ul class="facts" aria-label={t('cardFacts')}>
            {entry.facts.slice(0, MAX_FACTS).map((fact, i) => (
              <FactItem key={i} fact={fact} lang={lang} t={t} articles={articles} />
            ))}
          </ul>
        )}
        {entry.readerEvidence && entry.readerEvidence.length > 0 && (
          <div class="reader-evidence">
            <span class="note-label">{t('readerFromYourArticles')}</span>
            <ul class="facts">
              {entry.readerEvidence.slice(0, 2).map((ref, i) => (
                <li key={i} class="fact">
                  „{ref.quote}“ <span class="meta">– {chipLabel(articles[ref.article], lang)}</span>
                </li>
              ))}
            </ul>
          </div>
        )}
        {entry.disputes?.map((dispute, i) => (
          <details class="dispute" key={i}>
            <summary>
              <span class="dispute-mark">{t('cardDisputed')}</span> {localized(dispute.topic, lang)}
            </summary>
            <ul>
              {dispute.claims.map((claim, k) => (
                <li key={k}>
                  <strong>{claimSpeaker(claim, lang)}:</strong> {localized(claim.text, lang)}{' '}
                  <SourceChips sources={claim.sources} lang={lang} t={t} articles={articles} />
                </li>
              ))}
            </ul>
          </details>
        ))}
    </>
  );
  return (
    <section class={`card kind-${entry.kind}`} role="dialog" aria-labelledby={headingId} tabIndex={-1}>
      <header>
        <span class="kind">
          <KindIcon kind={entry.kind} />
          {kindLabel(t, entry.kind)}
        </span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 class="name" id={headingId}>
        {name}
      </h2>
      {localized(entry.role, lang) && <p class="role">{localized(entry.role, lang)}</p>}
      <div class="body">
        {entry.note && (
          <div class="note">
            <span class="note-label">{t('readerYourNote')}</span>
            <p>{entry.note}</p>
          </div>
        )}
        {offStory ? (
          <>
            <p class="story-note">{t('cardOffStory', { story: storyName })}</p>
            <details class="story-context">
              <summary>{t('cardStoryContext')}</summary>
              {storyPart}
            </details>
          </>
        ) : (
          storyPart
        )}
        {related.length > 0 && (
          <nav class="related" aria-label={t('cardRelated')}>
            <span class="related-label">{t('cardRelated')}</span>
            {related.map((id) => (
              <button type="button" key={id} class="related-entry" onClick={() => props.onSelectEntry(id)}>
                {localized(names[id]!, lang)}
              </button>
            ))}
          </nav>
        )}
      </div>
      <footer>
        {mentionsOnPage > 0 && <span class="meta">{t('cardOnPage', { count: mentionsOnPage })}</span>}
        <button type="button" class="open-dossier" onClick={() => props.onOpenDossier(entry.id)}>
          {t('cardOpenDossier')} →
        </button>
      </footer>
    </section>
  );
}

interface WithSources {
  lang: Lang;
  t: Translate;
  articles: Readonly<Record<string, ArticleLabel>>;
}

function FactItem({ fact, ...rest }: WithSources & { fact: Fact }) {
  return (
    <li class="fact">
      {fact.text[rest.lang] ?? fact.text.de} <SourceChips sources={fact.sources} {...rest} />
    </li>
  );
}

/** One chip per article cited; clicking it shows the quote it rests on. */
function SourceChips({ sources, lang, t, articles }: WithSources & { sources: readonly SourceRef[] }) {
  const [open, setOpen] = useState<number | null>(null);
  const byArticle = sources.filter((s, i) => sources.findIndex((o) => o.article === s.article) === i);
  return (
    <span class="sources">
      {byArticle.map((source, i) => {
        const article = articles[source.article];
        const label = chipLabel(article, lang);
        return (
          <button
            type="button"
            key={source.article}
            class="chip"
            aria-expanded={open === i}
            aria-label={t('cardSource', { source: label })}
            onClick={() => setOpen(open === i ? null : i)}
          >
            {label}
          </button>
        );
      })}
      {open !== null && byArticle[open] && (
        <blockquote class="quote" lang="de">
          „{byArticle[open].quote}“
          <cite>{t('cardQuoteFrom', { title: articles[byArticle[open].article]?.title ?? byArticle[open].article })}</cite>
        </blockquote>
      )}
    </span>
  );
}

function chipLabel(article: ArticleLabel | undefined, lang: Lang): string {
  if (!article) return '?';
  const who = article.outlet ?? shorten(article.title, 22);
  return article.date ? `${who} · ${formatIsoDate(article.date, lang)}` : who;
}
