/**
 * The hover card: what a reader needs about one entry without leaving the page.
 * The first view is small (kind, name, role, the one or two sentences that matter
 * most for this page with their sources, the dispute line); everything else waits
 * behind "More", in place. Every claim shows where it comes from; a source chip
 * reveals the exact quote. All text is rendered as text (Preact escapes it).
 */
import { useState } from 'preact/hooks';
import type { Entry, Lang, Localized, SourceRef } from '../../dossier/types';
import type { ArticleLabel } from '../../messaging/protocol';
import type { AnnotatedEntry } from '../../storage/reader-rules';
import { formatIsoDate, quoted, sourceLabel } from '../../ui/format';
import { claimSpeaker, kindLabel, localized, translator, type Translate } from '../../ui/i18n';
import { pickLead, rankForPage, restates } from './for-page';
import { KindIcon } from '../../ui/KindIcon';

export interface CardProps {
  /** With the reader's note and the evidence from the reader's own articles, where there is any. */
  entry: Entry & Partial<Pick<AnnotatedEntry, 'note' | 'readerEvidence' | 'stories'>>;
  lang: Lang;
  /** How often the entry is marked on this page. */
  mentionsOnPage: number;
  names: Readonly<Record<string, Localized>>;
  articles: Readonly<Record<string, ArticleLabel>>;
  /** Whether the page is about the entry's story (absent: it is). */
  story?: StoryContext;
  /** The page's text around the mention: what "matters most for this page" is measured against. */
  pageText?: string;
  /** The entry the reader came from through "Related": Back returns to it. */
  back?: Localized;
  onClose: () => void;
  onSelectEntry: (id: string) => void;
  onOpenDossier: (id: string) => void;
  onBack?: () => void;
  /** Moves to the entry's next mention on the page (shown where it has more than one). */
  onNextMention?: (id: string) => void;
}

/** The page and the entry's story: off the story, what the dossier says is context, not the page's topic. */
export interface StoryContext {
  pageAbout: boolean;
  /** The story the entry belongs to, where it has one. */
  name?: Localized;
}

/** The lead: at most this many characters (one sentence always, a second where it fits). */
const LEAD_CHARS = 240;
const MAX_LEAD_CHIPS = 3;
const MAX_FACTS = 4;
const MAX_EVIDENCE = 2;
const MAX_RELATED = 6;

export function Card(props: CardProps) {
  const { entry, lang, mentionsOnPage, names, articles } = props;
  const t = translator(lang);
  const [expanded, setExpanded] = useState(false);
  const name = localized(entry.name, lang);
  const headingId = `kontext-card-${entry.id}`;
  const moreId = `kontext-more-${entry.id}`;
  const related = entry.related.filter((id) => names[id]).slice(0, MAX_RELATED);
  // Off the story, the card leads with who or what this is; the story's context waits one click away.
  const offStory = props.story?.pageAbout === false;
  const storyName = props.story?.name ? localized(props.story.name, lang) : t('cardTheStory');
  const ownNames = [name, ...entry.aliases];

  const sentences =
    entry.summarySentences.length > 0
      ? entry.summarySentences.map((s) => ({ text: localized(s, lang), sources: s.sources }))
      : localized(entry.summary, lang)
        ? [{ text: localized(entry.summary, lang), sources: [] as SourceRef[] }]
        : [];
  const ranked = rankForPage(sentences, props.pageText, ownNames);
  const lead =
    sentences.length > 0
      ? pickLead(
          sentences.map((s) => s.text),
          ranked,
          LEAD_CHARS,
        )
      : [];
  const rest = ranked.filter((i) => !lead.includes(i));
  const facts = entry.facts
    .map((fact) => ({ text: fact.text[lang] ?? fact.text.de, date: fact.date, sources: fact.sources }))
    .filter(
      (fact) =>
        !restates(
          fact.text,
          sentences.map((s) => s.text),
        ),
    );
  const factOrder = rankForPage(facts, props.pageText, ownNames).slice(0, MAX_FACTS);
  const evidence = entry.evidence.map((ref) => ({ text: ref.quote, ref }));
  const evidenceOrder = rankForPage(evidence, props.pageText, ownNames).slice(0, MAX_EVIDENCE);
  const dispute = entry.disputes?.[0];

  const leadPart = (
    <>
      {lead.length > 0 && (
        <p class="summary">
          {lead.map((i) => sentences[i]!.text).join(' ')}{' '}
          <SourceChips
            sources={lead.flatMap((i) => sentences[i]!.sources)}
            max={MAX_LEAD_CHIPS}
            lang={lang}
            t={t}
            articles={articles}
          />
        </p>
      )}
      {dispute && (
        <details class="dispute">
          <summary>
            <span class="dispute-mark">{t('cardDisputed')}:</span> {localized(dispute.topic, lang)}
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
      )}
    </>
  );

  return (
    <section class={`card kind-${entry.kind}`} role="dialog" aria-labelledby={headingId} tabIndex={-1} lang={lang}>
      <header>
        {props.back && props.onBack ? (
          <button type="button" class="back" onClick={props.onBack}>
            ← {t('cardBack', { name: localized(props.back, lang) })}
          </button>
        ) : (
          <span class="kind">
            <KindIcon kind={entry.kind} />
            {kindLabel(t, entry.kind)}
          </span>
        )}
        <button type="button" class="close" aria-label={t('cardClose')} onClick={props.onClose}>
          ×
        </button>
      </header>
      <h2 class="name" id={headingId}>
        {props.back && props.onBack && <KindIcon kind={entry.kind} />}
        {name}
      </h2>
      {localized(entry.role, lang) && <p class="role">{localized(entry.role, lang)}</p>}
      {entry.stories && entry.stories.length > 0 && (
        <p class="stories" data-stories={entry.stories.map((s) => s.id).join(' ')}>
          {t('cardInStories', { stories: entry.stories.map((s) => localized(s.name, lang)).join(' · ') })}
        </p>
      )}
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
              {leadPart}
            </details>
          </>
        ) : (
          leadPart
        )}
        {/* In the DOM while folded, so the card's size is known when it opens; hidden from everyone. */}
        <div class="more" id={moreId} hidden={!expanded}>
          {rest.length > 0 && (
            <ul class="facts" aria-label={t('cardMoreSummary')}>
              {rest.map((i) => (
                <li key={`s${i}`} class="fact">
                  {sentences[i]!.text}{' '}
                  <SourceChips sources={sentences[i]!.sources} lang={lang} t={t} articles={articles} />
                </li>
              ))}
            </ul>
          )}
          {factOrder.length > 0 && (
            <ul class="facts" aria-label={t('cardFacts')}>
              {factOrder.map((i) => (
                <li key={`f${i}`} class="fact">
                  {facts[i]!.date && <span class="fact-date">{formatIsoDate(facts[i]!.date!, lang)}: </span>}
                  {facts[i]!.text} <SourceChips sources={facts[i]!.sources} lang={lang} t={t} articles={articles} />
                </li>
              ))}
            </ul>
          )}
          {entry.readerEvidence && entry.readerEvidence.length > 0 && (
            <div class="reader-evidence">
              <span class="note-label">{t('readerFromYourArticles')}</span>
              <ul class="facts">
                {entry.readerEvidence.slice(0, 2).map((ref, i) => (
                  <li key={i} class="fact">
                    {quoted(ref.quote, 'de')} <span class="meta">– {sourceLabel(articles[ref.article], lang)}</span>
                  </li>
                ))}
              </ul>
            </div>
          )}
          {evidenceOrder.length > 0 && (
            <div class="evidence">
              <span class="section-label">{t('cardEvidence')}</span>
              <ul class="facts">
                {evidenceOrder.map((i) => (
                  <li key={`e${i}`} class="fact" lang="de">
                    {quoted(evidence[i]!.ref.quote, 'de')}{' '}
                    <SourceChips sources={[evidence[i]!.ref]} lang={lang} t={t} articles={articles} quote={false} />
                  </li>
                ))}
              </ul>
            </div>
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
          {mentionsOnPage > 0 && <p class="meta mentions">{t.plural('cardOnPage', mentionsOnPage)}</p>}
        </div>
      </div>
      <footer>
        <button
          type="button"
          class="more-toggle"
          aria-expanded={expanded}
          aria-controls={moreId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? t('cardLess') : t('cardMore')}
        </button>
        {mentionsOnPage > 1 && props.onNextMention && (
          <button
            type="button"
            class="next-mention"
            title={t('cardNextMentionHint')}
            onClick={() => props.onNextMention!(entry.id)}
          >
            {t('cardNextMention')}
          </button>
        )}
        <button type="button" class="open-dossier" onClick={() => props.onOpenDossier(entry.id)}>
          {t('cardOpenDossier')}
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

/**
 * One chip per article cited (outlet and date, or the title's first words); the full
 * title on hover or focus. Clicking a chip shows the quote it rests on.
 */
function SourceChips({
  sources,
  lang,
  t,
  articles,
  max = Infinity,
  quote = true,
}: WithSources & { sources: readonly SourceRef[]; max?: number; quote?: boolean }) {
  const [open, setOpen] = useState<number | null>(null);
  // A keyboard reader sees the full title of the chip in focus (a pointer gets it as a tooltip).
  const [focused, setFocused] = useState<number | null>(null);
  const byArticle = sources.filter((s, i) => sources.findIndex((o) => o.article === s.article) === i).slice(0, max);
  if (byArticle.length === 0) return null;
  return (
    <span class="sources">
      {byArticle.map((source, i) => {
        const article = articles[source.article];
        const label = sourceLabel(article, lang);
        const title = article?.title ?? source.article;
        if (!quote) {
          return (
            <span key={source.article} class="chip static" title={title}>
              {label}
            </span>
          );
        }
        return (
          <button
            type="button"
            key={source.article}
            class="chip"
            title={title}
            aria-expanded={open === i}
            onFocus={() => setFocused(i)}
            onBlur={() => setFocused(null)}
            aria-label={t('cardSource', { source: `${label}: ${title}` })}
            onClick={() => setOpen(open === i ? null : i)}
          >
            {label}
          </button>
        );
      })}
      {focused !== null && open === null && byArticle[focused] && (
        <span class="chip-title" aria-hidden="true">
          {articles[byArticle[focused].article]?.title ?? byArticle[focused].article}
        </span>
      )}
      {open !== null && byArticle[open] && (
        <blockquote class="quote" lang="de">
          {quoted(byArticle[open].quote, 'de')}
          <cite>
            {t('cardQuoteFrom', { title: articles[byArticle[open].article]?.title ?? byArticle[open].article })}
          </cite>
        </blockquote>
      )}
    </span>
  );
}
