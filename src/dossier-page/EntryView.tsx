/** One entry in full: summary with sources, facts, disputes, evidence, related entries, timeline, mentions. */
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Entry } from '../dossier/types';
import { formatIsoDate, sourceLabel } from '../ui/format';
import { claimSpeaker, kindLabel, localized } from '../ui/i18n';
import { Badge, EntryLink, eventDate, SourceChips, type ViewProps } from './common';
import { changeDossier, useChange } from '../ui/change';
import { ChangeStatus } from '../ui/ChangeStatus';
import { routeHash } from './route';

export function EntryView(props: ViewProps & { id: string }) {
  const { data, lang, t, id } = props;
  const entry = data.entryById.get(id);
  if (!entry) {
    return (
      <article class="view">
        <h1 tabIndex={-1}>{t('dossierNotFound')}</h1>
        <p>{t('dossierNotFoundHint', { id })}</p>
      </article>
    );
  }
  const own = data.own.has(id);
  const hidden = data.hidden.has(id);
  const aliases = entry.aliases.filter((a) => a !== entry.name.de && a !== entry.name.en);
  const timeline = data.dossier.timeline.filter((ev) => ev.entries.includes(id));
  const readerArticles = data.dossier.articles.filter(
    (a) => a.addedByReader && a.date && (entry.mentions[a.id] ?? 0) > 0,
  );
  const mentions = Object.entries(entry.mentions)
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1]);
  const related = entry.related.filter((r) => data.entryById.has(r));

  return (
    <article class={`view entry kind-${entry.kind}`} data-entry={id}>
      <header class="entry-head">
        <p class="kind-line">
          {kindLabel(t, entry.kind)}
          {own && <Badge>{t('dossierOwnEntry')}</Badge>}
          {hidden && <Badge>{t('dossierHiddenBadge')}</Badge>}
        </p>
        <h1 tabIndex={-1}>{localized(entry.name, lang)}</h1>
        {localized(entry.role, lang) && <p class="role">{localized(entry.role, lang)}</p>}
        {aliases.length > 0 && (
          <p class="aliases">
            <span class="label">{t('dossierAliases')}</span> {aliases.join(' · ')}
          </p>
        )}
      </header>

      {/* Keyed: another entry starts with its own note, not the last entry's draft. */}
      <ReaderControls key={entry.id} {...props} entry={entry} hidden={hidden} />

      {entry.summarySentences.length > 0 && (
        <section aria-labelledby="h-summary">
          <h2 id="h-summary">{t('dossierSummary')}</h2>
          <p class="summary">
            {entry.summarySentences.map((s, i) => (
              <span key={i} class="sentence">
                {localized(s, lang)} <SourceChips sources={s.sources} entry={id} {...props} />{' '}
              </span>
            ))}
          </p>
        </section>
      )}

      {entry.facts.length > 0 && (
        <section aria-labelledby="h-facts">
          <h2 id="h-facts">{t('dossierFacts')}</h2>
          <ul class="facts">
            {entry.facts.map((fact, i) => (
              <li key={i}>
                {fact.date && <time dateTime={fact.date}>{formatIsoDate(fact.date, lang)}: </time>}
                {fact.text[lang] ?? fact.text.de} <SourceChips sources={fact.sources} entry={id} {...props} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {entry.disputes && entry.disputes.length > 0 && (
        <section aria-labelledby="h-disputes">
          <h2 id="h-disputes">{t('dossierDisputes')}</h2>
          {entry.disputes.map((dispute, i) => (
            <div key={i} class="dispute">
              <h3>{localized(dispute.topic, lang)}</h3>
              <ul>
                {dispute.claims.map((claim, k) => (
                  <li key={k}>
                    <strong>{claimSpeaker(claim, lang)}:</strong> {localized(claim.text, lang)}{' '}
                    <SourceChips sources={claim.sources} entry={id} {...props} />
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </section>
      )}

      {entry.evidence.length > 0 && (
        <section aria-labelledby="h-evidence">
          <h2 id="h-evidence">{t.plural('dossierEvidence', entry.evidence.length)}</h2>
          <ul class="evidence">
            {entry.evidence.map((ev, i) => {
              const article = data.articleById.get(ev.article);
              return (
                <li key={i} class={article?.addedByReader ? 'from-reader' : undefined}>
                  <blockquote lang={article?.language}>„{ev.quote}“</blockquote>
                  <SourceChips sources={[ev, ...(ev.also ?? [])]} entry={id} {...props} />
                  {article?.addedByReader && <Badge>{t('dossierYourArticle')}</Badge>}
                </li>
              );
            })}
          </ul>
        </section>
      )}

      {related.length > 0 && (
        <section aria-labelledby="h-related">
          <h2 id="h-related">{t('dossierRelated')}</h2>
          <ul class="inline-list">
            {related.map((r) => (
              <li key={r}>
                <EntryLink id={r} data={data} lang={lang} />
              </li>
            ))}
          </ul>
        </section>
      )}

      {(timeline.length > 0 || readerArticles.length > 0) && (
        <section aria-labelledby="h-timeline">
          <h2 id="h-timeline">{t('dossierEntryTimeline')}</h2>
          <ol class="timeline">
            {timeline.map((ev, i) => (
              <li key={i}>
                <time dateTime={ev.date}>{eventDate(ev, lang, t)}</time>
                <span>
                  {localized(ev.text, lang)} <SourceChips sources={ev.sources} entry={id} {...props} />
                </span>
              </li>
            ))}
            {readerArticles.map((a) => (
              <li key={a.id} class="from-reader">
                <time dateTime={a.date}>{formatIsoDate(a.date!, lang)}</time>
                <span>
                  <Badge>{t('dossierYourArticle')}</Badge>{' '}
                  <a href={routeHash({ view: 'article', article: a.id, entry: id })}>{a.title}</a>
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}

      {mentions.length > 0 && (
        <section aria-labelledby="h-mentions">
          <h2 id="h-mentions">{t('dossierMentions')}</h2>
          <table class="mentions">
            <thead>
              <tr>
                <th scope="col">{t('dossierArticle')}</th>
                <th scope="col">{t('dossierMentionCount')}</th>
              </tr>
            </thead>
            <tbody>
              {mentions.map(([articleId, count]) => {
                const article = data.articleById.get(articleId);
                return (
                  <tr key={articleId}>
                    <td>
                      <a href={routeHash({ view: 'article', article: articleId, entry: id })} lang={article?.language}>
                        {article?.title ?? articleId}
                      </a>{' '}
                      <span class="muted">{sourceLabel(article, lang)}</span>
                    </td>
                    <td class="num">{count}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </section>
      )}
    </article>
  );
}

/** The reader's own layer on an entry: whether pages mark it, and a private note. */
function ReaderControls({ data, t, lang, entry, hidden }: ViewProps & { entry: Entry; hidden: boolean }) {
  const saved = data.notes.get(entry.id) ?? '';
  const [note, setNote] = useState(saved);
  const [change, run] = useChange();
  // Shown at once; the stored value follows (and wins when the dossier reloads).
  const [marked, setMarked] = useState(!hidden);
  // Only a stored note that really changed replaces the field: an effect that ran on every
  // render would wipe what the reader typed before it ran.
  const shownSaved = useRef(saved);
  useEffect(() => {
    if (shownSaved.current === saved) return;
    shownSaved.current = saved;
    setNote(saved);
  }, [saved]);
  useEffect(() => setMarked(!hidden), [entry.id, hidden]);
  const dirty = note.trim() !== saved;
  return (
    <section class="reader-controls" aria-labelledby="h-yours">
      <h2 id="h-yours" class="visually-hidden">
        {t('dossierYourLayer')}
      </h2>
      <label class="switch">
        <input
          type="checkbox"
          name="marked"
          checked={marked}
          onChange={(event) => {
            const next = event.currentTarget.checked;
            setMarked(next);
            void run(changeDossier({ op: 'setHidden', entry: entry.id, hidden: !next }));
          }}
        />
        <span>{t('dossierMarkOnPages')}</span>
      </label>
      <EntryStories data={data} t={t} lang={lang} entry={entry} />
      <form
        class="note-form"
        onSubmit={(event) => {
          event.preventDefault();
          void run(changeDossier({ op: 'setNote', entry: entry.id, text: note }), t('dossierNoteSaved'));
        }}
      >
        <label for="note">{t('dossierNote')}</label>
        <textarea
          id="note"
          name="note"
          rows={2}
          value={note}
          maxLength={10000}
          onInput={(event) => setNote(event.currentTarget.value)}
        />
        <div class="row">
          <button type="submit" disabled={!dirty || change.busy}>
            {t('dossierSaveNote')}
          </button>
          <ChangeStatus change={change} t={t} lang={lang} />
        </div>
        <p class="hint">{t('dossierNoteHint')}</p>
      </form>
    </section>
  );
}

/**
 * The stories an entry belongs to, to change where the reader follows more than one: an own
 * entry belongs to one at least; a dossier entry is always in the dossier's story.
 */
function EntryStories({ data, t, lang, entry }: ViewProps & { entry: Entry }) {
  const [change, run] = useChange();
  const own = data.own.has(entry.id);
  const stories = data.state.stories;
  const current = stories.filter((s) => (s.bundled && !own) || s.entries.includes(entry.id)).map((s) => s.id);
  const [chosen, setChosen] = useState(current);
  const key = current.join(' ');
  useEffect(() => setChosen(key ? key.split(' ') : []), [entry.id, key]);
  if (stories.length < 2) return null;
  return (
    <fieldset class="entry-stories">
      <legend>{t('dossierEntryStories')}</legend>
      {stories.map((story) => {
        const fixed = story.bundled && !own;
        return (
          <label key={story.id} class="choice">
            <input
              type="checkbox"
              name="entryStory"
              value={story.id}
              checked={chosen.includes(story.id)}
              disabled={fixed || change.busy || (own && chosen.length === 1 && chosen[0] === story.id)}
              onChange={(event) => {
                const next = event.currentTarget.checked
                  ? [...chosen, story.id]
                  : chosen.filter((id) => id !== story.id);
                setChosen(next);
                void run(
                  changeDossier({
                    op: 'setEntryStories',
                    entry: entry.id,
                    stories: next.filter((id) => own || id !== stories.find((s) => s.bundled)?.id),
                  }),
                );
              }}
            />{' '}
            {localized(story.bundled && data.dossier.story ? data.dossier.story.name : story.name, lang)}
          </label>
        );
      })}
      <ChangeStatus change={change} t={t} lang={lang} />
    </fieldset>
  );
}
