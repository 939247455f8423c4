/** A source article with every mention marked and the cited quote highlighted and scrolled to. */
import { useEffect, useMemo } from 'preact/hooks';
import { formatIsoDate } from '../ui/format';
import { localized } from '../ui/i18n';
import { markArticle, type Piece } from './article-marks';
import { Badge, EntryLink, type ViewProps } from './common';
import { routeHash } from './route';

export function ArticleView(props: ViewProps & { id: string; quote?: string; entry?: string }) {
  const { data, lang, t, id, quote, entry } = props;
  const article = data.articleById.get(id);
  const marked = useMemo(
    () => (article ? markArticle(article.text, data.matcher, quote) : null),
    [article, data.matcher, quote],
  );

  useEffect(() => {
    const target = document.querySelector('mark.quote');
    target?.scrollIntoView({ block: 'center' });
  }, [id, quote, marked]);

  if (!article || !marked) {
    return (
      <article class="view">
        <h1 tabIndex={-1}>{t('dossierNotFound')}</h1>
        <p>{t('dossierArticleNotFound', { id })}</p>
      </article>
    );
  }
  const mentioned = data.entries
    .filter((e) => (e.mentions[id] ?? 0) > 0)
    .sort((a, b) => (b.mentions[id] ?? 0) - (a.mentions[id] ?? 0));
  let firstQuoted = true;
  const renderPiece = (piece: Piece, k: number) => {
    const inner = piece.entry ? (
      <a
        class={`mention kind-${data.entryById.get(piece.entry)?.kind ?? 'concept'}${piece.entry === entry ? ' current' : ''}`}
        href={routeHash({ view: 'entry', entry: piece.entry })}
        title={localized(data.entryById.get(piece.entry)?.name ?? { de: piece.entry, en: piece.entry }, lang)}
      >
        {piece.text}
      </a>
    ) : (
      piece.text
    );
    if (!piece.quoted) return <span key={k}>{inner}</span>;
    const id = firstQuoted ? 'quote' : undefined;
    firstQuoted = false;
    return (
      <mark key={k} class="quote" id={id}>
        {inner}
      </mark>
    );
  };

  return (
    <article class="view article-view" data-article={id}>
      <header>
        <p class="kind-line">
          {t('dossierArticle')}
          {article.addedByReader && <Badge>{t('dossierYourArticle')}</Badge>}
        </p>
        <h1 tabIndex={-1} lang={article.language}>
          {article.title}
        </h1>
        <p class="muted">
          {[article.outlet, article.date ? formatIsoDate(article.date, lang) : undefined, article.dateline]
            .filter(Boolean)
            .join(' · ')}
        </p>
        {quote && (
          <p class={marked.quoteFound ? 'notice' : 'notice warn'} role="status">
            {marked.quoteFound ? t('dossierQuoteMarked') : t('dossierQuoteMissing')}
          </p>
        )}
        {mentioned.length > 0 && (
          <details class="mentioned">
            <summary>{t.plural('dossierMentionedHere', mentioned.length)}</summary>
            <ul class="inline-list">
              {mentioned.map((e) => (
                <li key={e.id}>
                  <EntryLink id={e.id} data={data} lang={lang} /> <span class="muted">{e.mentions[id]}×</span>
                </li>
              ))}
            </ul>
          </details>
        )}
      </header>
      <div class="article-text" lang={article.language}>
        {marked.paragraphs.map((pieces, i) => (
          <p key={i}>{pieces.map(renderPiece)}</p>
        ))}
      </div>
    </article>
  );
}
