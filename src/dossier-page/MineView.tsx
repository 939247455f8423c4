/** The reader's own additions: articles merged into the dossier, own entries, hidden entries. */
import { useState } from 'preact/hooks';
import { ISO_DATE_PATTERN } from '../dossier/iso-date';
import { ENTRY_KINDS, type EntryKind, type Lang } from '../dossier/types';
import { formatIsoDate } from '../ui/format';
import { kindLabel, localized } from '../ui/i18n';
import { changeDossier, useChange } from '../ui/change';
import { EntryLink, type ViewProps } from './common';
import { ChangeStatus } from '../ui/ChangeStatus';
import { ProposalsSection } from './ProposalsView';
import { routeHash } from './route';
import { otherStoriesHolding } from '../storage/reader-rules';

export function MineView(props: ViewProps) {
  const { t } = props;
  return (
    <article class="view mine">
      <h1 tabIndex={-1}>{t('dossierMine')}</h1>
      <p class="muted">{t('dossierMineHint')}</p>
      <AddArticle {...props} />
      <OwnArticles {...props} />
      <ProposalsSection {...props} />
      <OwnEntries {...props} />
      <HiddenEntries {...props} />
    </article>
  );
}

/** The paste form; with `story`, the article goes to that story (else to the first). */
export function AddArticle({ data, lang, t, story }: ViewProps & { story?: string }) {
  const empty = { title: '', outlet: '', date: '', language: lang as Lang, text: '' };
  const [form, setForm] = useState(empty);
  const [change, run] = useChange();
  const [added, setAdded] = useState<{ id: string; entries: string[] } | null>(null);
  const set = (key: keyof typeof form) => (event: { currentTarget: { value: string } }) =>
    setForm({ ...form, [key]: event.currentTarget.value });
  return (
    <section aria-labelledby="h-add-article">
      <h2 id="h-add-article">{t('dossierAddArticle')}</h2>
      <p class="hint">{t('dossierAddArticleHint')}</p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          setAdded(null);
          const result = await run(
            changeDossier({
              op: 'addArticle',
              article: {
                title: form.title,
                text: form.text,
                language: form.language,
                ...(form.outlet.trim() ? { outlet: form.outlet } : {}),
                ...(form.date.trim() ? { date: form.date } : {}),
              },
              ...(story ? { story } : {}),
            }),
            (r) => t.plural('dossierArticleAdded', r.mentioned?.length ?? 0),
          );
          if (result?.ok && result.articleId) {
            setAdded({ id: result.articleId, entries: result.mentioned ?? [] });
            setForm(empty);
          }
        }}
      >
        <div class="field-box">
          <label for="f-title">{t('dossierArticleTitle')}</label>
          <input id="f-title" name="title" required maxLength={2000} value={form.title} onInput={set('title')} />
        </div>
        <div class="row wrap">
          <div class="field-box">
            <label for="f-outlet">{t('dossierArticleOutlet')}</label>
            <input id="f-outlet" name="outlet" maxLength={200} value={form.outlet} onInput={set('outlet')} />
          </div>
          <div class="field-box">
            <label for="f-date">{t('dossierArticleDate')}</label>
            <input
              id="f-date"
              name="date"
              placeholder={t('dossierDatePlaceholder')}
              pattern={ISO_DATE_PATTERN}
              maxLength={10}
              value={form.date}
              onInput={set('date')}
            />
          </div>
          <div class="field-box">
            <label for="f-language">{t('dossierArticleLanguage')}</label>
            <select id="f-language" name="language" value={form.language} onChange={set('language')}>
              <option value="de">Deutsch</option>
              <option value="en">English</option>
            </select>
          </div>
        </div>
        <div class="field-box">
          <label for="f-text">{t('dossierArticleText')}</label>
          <textarea id="f-text" name="text" required rows={8} value={form.text} onInput={set('text')} />
        </div>
        <div class="row">
          <button type="submit" disabled={change.busy}>
            {t('dossierAddArticleButton')}
          </button>
          <ChangeStatus change={change} t={t} lang={lang} />
        </div>
        {added && (
          <p class="result">
            <a href={routeHash({ view: 'article', article: added.id })}>{t('dossierOpenAdded')}</a>
            {added.entries.length > 0 && ' · '}
            {added.entries.slice(0, 12).map((id, i) => (
              <span key={id}>
                {i > 0 && ', '}
                <EntryLink id={id} data={data} lang={lang} />
              </span>
            ))}
          </p>
        )}
      </form>
    </section>
  );
}

function OwnArticles({ data, lang, t }: ViewProps) {
  const [change, run] = useChange();
  const articles = data.state.own.articles;
  return (
    <section aria-labelledby="h-own-articles">
      <h2 id="h-own-articles">{t.plural('dossierOwnArticles', articles.length)}</h2>
      {articles.length === 0 ? (
        <p class="muted">{t('dossierNoOwnArticles')}</p>
      ) : (
        <ul class="plain-list">
          {articles.map((a) => {
            const count = data.entries.filter((e) => (e.mentions[a.id] ?? 0) > 0).length;
            return (
              <li key={a.id} class="own-article">
                <a href={routeHash({ view: 'article', article: a.id })} lang={a.language}>
                  {a.title}
                </a>{' '}
                <span class="muted">
                  {[a.outlet, a.date ? formatIsoDate(a.date, lang) : undefined].filter(Boolean).join(' · ')} ·{' '}
                  {t.plural('dossierEntriesMentioned', count)}
                </span>{' '}
                <button
                  type="button"
                  class="small"
                  onClick={() => void run(changeDossier({ op: 'removeArticle', id: a.id }), t('dossierArticleRemoved'))}
                >
                  {t('dossierRemove')}
                  <span class="visually-hidden">: {a.title}</span>
                </button>
              </li>
            );
          })}
        </ul>
      )}
      <ChangeStatus change={change} t={t} lang={lang} />
    </section>
  );
}

interface EntryForm {
  id?: string;
  name: string;
  aliases: string;
  kind: EntryKind;
  note: string;
}

/** The reader's entries and the form for them; with `story`, a new entry goes to that story and only its entries are listed. */
export function OwnEntries({ data, lang, t, story }: ViewProps & { story?: string }) {
  const empty: EntryForm = { name: '', aliases: '', kind: 'person', note: '' };
  const [form, setForm] = useState<EntryForm>(empty);
  const [change, run] = useChange();
  const [removal, remove] = useChange();
  const listed = story ? new Set(data.state.stories.find((s) => s.id === story)?.entries ?? []) : undefined;
  const own = data.state.own.entries.filter((e) => !listed || listed.has(e.id));
  // In a story's view, an entry other stories hold only leaves this story.
  const keptIn = (id: string) => (story ? otherStoriesHolding(id, story, data.state.stories) : []);
  return (
    <section aria-labelledby="h-own-entries">
      <h2 id="h-own-entries">{t('dossierOwnEntries')}</h2>
      <p class="hint">{t('dossierOwnEntriesHint')}</p>
      <form
        class="stack"
        onSubmit={async (event) => {
          event.preventDefault();
          const result = await run(
            changeDossier({
              op: 'saveOwnEntry',
              entry: {
                ...(form.id ? { id: form.id } : {}),
                name: form.name,
                aliases: form.aliases
                  .split(/[\n,;]/)
                  .map((a) => a.trim())
                  .filter(Boolean),
                kind: form.kind,
                note: form.note,
              },
              ...(story && !form.id ? { stories: [story] } : {}),
            }),
            t('dossierEntrySaved'),
          );
          if (result?.ok) setForm(empty);
        }}
      >
        <div class="row wrap">
          <div class="field-box">
            <label for="f-entryName">{t('dossierEntryName')}</label>
            <input
              id="f-entryName"
              name="entryName"
              required
              maxLength={200}
              value={form.name}
              onInput={(e) => setForm({ ...form, name: e.currentTarget.value })}
            />
          </div>
          <div class="field-box">
            <label for="f-entryKind">{t('dossierEntryKind')}</label>
            <select
              id="f-entryKind"
              name="entryKind"
              value={form.kind}
              onChange={(e) => setForm({ ...form, kind: e.currentTarget.value as EntryKind })}
            >
              {ENTRY_KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {kindLabel(t, kind)}
                </option>
              ))}
            </select>
          </div>
        </div>
        <div class="field-box">
          <label for="f-entryAliases">{t('dossierEntryAliases')}</label>
          <input
            id="f-entryAliases"
            name="entryAliases"
            value={form.aliases}
            onInput={(e) => setForm({ ...form, aliases: e.currentTarget.value })}
          />
        </div>
        <div class="field-box">
          <label for="f-entryNote">{t('dossierNote')}</label>
          <textarea
            id="f-entryNote"
            name="entryNote"
            rows={2}
            maxLength={10000}
            value={form.note}
            onInput={(e) => setForm({ ...form, note: e.currentTarget.value })}
          />
        </div>
        <div class="row">
          <button type="submit" disabled={change.busy}>
            {form.id ? t('dossierSaveEntry') : t('dossierAddEntry')}
          </button>
          {form.id && (
            <button type="button" class="secondary" onClick={() => setForm(empty)}>
              {t('dossierCancel')}
            </button>
          )}
          <ChangeStatus change={change} t={t} lang={lang} />
        </div>
      </form>
      {own.length > 0 && (
        <ul class="plain-list">
          {own.map((e) => (
            <li key={e.id} class="own-entry">
              <EntryLink id={e.id} data={data} lang={lang} /> <span class="muted">{kindLabel(t, e.kind)}</span>{' '}
              <button
                type="button"
                class="small"
                onClick={() =>
                  setForm({
                    id: e.id,
                    name: localized(e.name, lang),
                    aliases: e.aliases.filter((a) => a !== e.name.de).join(', '),
                    kind: e.kind,
                    note: data.notes.get(e.id) ?? '',
                  })
                }
              >
                {t('dossierEdit')}
                <span class="visually-hidden">: {localized(e.name, lang)}</span>
              </button>{' '}
              <button
                type="button"
                class="small"
                onClick={() =>
                  void (keptIn(e.id).length > 0
                    ? remove(
                        changeDossier({ op: 'setEntryStories', entry: e.id, stories: keptIn(e.id) }),
                        t('dossierEntryRemovedFromStory'),
                      )
                    : remove(changeDossier({ op: 'deleteOwnEntry', id: e.id }), t('dossierEntryDeleted')))
                }
              >
                {keptIn(e.id).length > 0 ? t('dossierRemoveFromStory') : t('dossierDelete')}
                <span class="visually-hidden">: {localized(e.name, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ChangeStatus change={removal} t={t} lang={lang} />
    </section>
  );
}

function HiddenEntries({ data, lang, t }: ViewProps) {
  const [change, run] = useChange();
  const hidden = [...data.hidden].filter((id) => data.entryById.has(id));
  return (
    <section aria-labelledby="h-hidden">
      <h2 id="h-hidden">{t('dossierHiddenEntries')}</h2>
      {hidden.length === 0 ? (
        <p class="muted">{t('dossierNoHidden')}</p>
      ) : (
        <ul class="plain-list">
          {hidden.map((id) => (
            <li key={id}>
              <EntryLink id={id} data={data} lang={lang} />{' '}
              <button
                type="button"
                class="small"
                onClick={() => void run(changeDossier({ op: 'setHidden', entry: id, hidden: false }))}
              >
                {t('dossierUnhide')}
                <span class="visually-hidden">: {localized(data.entryById.get(id)!.name, lang)}</span>
              </button>
            </li>
          ))}
        </ul>
      )}
      <ChangeStatus change={change} t={t} lang={lang} />
    </section>
  );
}
