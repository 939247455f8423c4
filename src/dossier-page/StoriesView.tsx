/**
 * The reader's stories: the switcher (each story, switched on or off), a new story, and
 * one story's own page with its articles, entries and timeline. The first story is the
 * dossier's: it can be switched off, never renamed or deleted.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { coded, codedErrorOf, withReason } from '../errors';
import { checkImportSize } from '../import-export/import-file';
import { storyPackFile, storyPackFileName } from '../import-export/story-pack';
import { openDossierDB } from '../storage/db';
import { readStoredState } from '../storage/dossier-store';
import { downloadJson } from '../ui/download';
import type { Localized } from '../dossier/types';
import type { StoredStory } from '../storage/db';
import { storyView } from '../storage/reader-rules';
import { eventText, formatIsoDate } from '../ui/format';
import { localized } from '../ui/i18n';
import { changeDossier, useChange } from '../ui/change';
import { Badge, EntryLink, eventDate, SourceChips, type ViewProps } from './common';
import { ChangeStatus } from '../ui/ChangeStatus';
import { AddArticle, OwnEntries } from './MineView';
import { ProposalsSection } from './ProposalsView';
import { rejectedKeys } from './rejections';
import { routeHash } from './route';

/** The first story is named by its dossier. */
function storyName(story: StoredStory, props: ViewProps): string {
  const name: Localized = story.bundled && props.data.dossier.story ? props.data.dossier.story.name : story.name;
  return localized(name, props.lang);
}

export function StoriesView(props: ViewProps) {
  const { data, lang, t } = props;
  const [name, setName] = useState({ de: '', en: '' });
  const [change, run] = useChange();
  return (
    <article class="view stories">
      <h1 tabIndex={-1}>{t('dossierStories')}</h1>
      <p class="muted">{t('dossierStoriesHint')}</p>
      <ul class="plain-list story-list">
        {data.state.stories.map((story) => (
          <li key={story.id} data-story={story.id}>
            <a href={routeHash({ view: 'story', story: story.id })}>{storyName(story, props)}</a>{' '}
            {story.bundled && <Badge>{t('dossierStoryFirst')}</Badge>} <StorySwitch story={story} {...props} />
          </li>
        ))}
      </ul>
      <StoryPackImport {...props} />
      <section aria-labelledby="h-new-story">
        <h2 id="h-new-story">{t('dossierNewStory')}</h2>
        <form
          class="stack new-story"
          onSubmit={async (event) => {
            event.preventDefault();
            const result = await run(changeDossier({ op: 'createStory', name }), t('dossierStoryCreated'));
            if (result?.ok && result.storyId) {
              setName({ de: '', en: '' });
              location.hash = routeHash({ view: 'story', story: result.storyId });
            }
          }}
        >
          <StoryNameFields name={name} setName={setName} idPrefix="new-story" {...props} />
          <div class="row">
            <button type="submit" disabled={change.busy}>
              {t('dossierCreateStory')}
            </button>
            <ChangeStatus change={change} t={t} lang={lang} />
          </div>
        </form>
      </section>
    </article>
  );
}

function StoryNameFields({
  name,
  setName,
  idPrefix,
  t,
}: ViewProps & { name: Localized; setName: (name: Localized) => void; idPrefix: string }) {
  return (
    <div class="row wrap">
      <div class="field-box">
        <label for={`${idPrefix}-de`}>{t('dossierStoryNameDe')}</label>
        <input
          id={`${idPrefix}-de`}
          name="storyNameDe"
          maxLength={200}
          value={name.de}
          onInput={(event) => setName({ ...name, de: event.currentTarget.value })}
        />
      </div>
      <div class="field-box">
        <label for={`${idPrefix}-en`}>{t('dossierStoryNameEn')}</label>
        <input
          id={`${idPrefix}-en`}
          name="storyNameEn"
          maxLength={200}
          value={name.en}
          onInput={(event) => setName({ ...name, en: event.currentTarget.value })}
        />
      </div>
    </div>
  );
}

function StorySwitch({ story, lang, t }: ViewProps & { story: StoredStory }) {
  const [change, run] = useChange();
  // Follows the click at once; the stored state comes back with the reload the change causes.
  const [enabled, setEnabled] = useState(story.enabled);
  useEffect(() => setEnabled(story.enabled), [story.enabled]);
  return (
    <label class="story-switch">
      <input
        type="checkbox"
        name="storyEnabled"
        checked={enabled}
        disabled={change.busy}
        onChange={async (event) => {
          const wanted = event.currentTarget.checked;
          setEnabled(wanted);
          const result = await run(changeDossier({ op: 'setStoryEnabled', id: story.id, enabled: wanted }));
          if (!result?.ok) setEnabled(story.enabled);
        }}
      />{' '}
      {t('dossierStoryOn')}
      <ChangeStatus change={change} t={t} lang={lang} />
    </label>
  );
}

/** One story: its name and switch, its articles, entries and timeline; a story of the reader's own can be fed here. */
export function StoryPage(props: ViewProps & { id: string }) {
  const { data, lang, t, id } = props;
  const view = useMemo(() => storyView(data.state, id), [data, id]);
  if (!view) {
    return (
      <article class="view">
        <h1 tabIndex={-1}>{t('dossierStories')}</h1>
        <p class="status error">{t('dossierNoSuchStory')}</p>
        <p>
          <a href={routeHash({ view: 'stories' })}>{t('dossierAllStories')}</a>
        </p>
      </article>
    );
  }
  const { story, articles, timeline } = view;
  // Alphabetical in the reader's language, as the list is read (the store keeps the dossier's order).
  const collator = new Intl.Collator(lang);
  const entries = [...view.entries].sort((a, b) => collator.compare(localized(a.name, lang), localized(b.name, lang)));
  return (
    <article class="view story" data-story={story.id}>
      <h1 tabIndex={-1}>{storyName(story, props)}</h1>
      <p>
        {story.bundled && <Badge>{t('dossierStoryFirst')}</Badge>} <StorySwitch story={story} {...props} />
      </p>
      <StoryPackExport story={story} {...props} />
      {story.bundled ? (
        <p class="hint">
          {t('dossierStoryFirstHint')} <a href="#">{t('dossierHome')}</a> ·{' '}
          <a href={routeHash({ view: 'timeline' })}>{t('dossierTimeline')}</a>
        </p>
      ) : (
        <StoryActions story={story} {...props} />
      )}
      <section aria-labelledby="h-story-articles">
        <h2 id="h-story-articles">{t.plural('dossierStoryArticles', articles.length)}</h2>
        {articles.length === 0 ? (
          <p class="muted">{t('dossierStoryNoArticles')}</p>
        ) : (
          <ul class="plain-list story-articles">
            {articles.map((a) => (
              <li key={a.id} data-article={a.id}>
                <a href={routeHash({ view: 'article', article: a.id })} lang={a.language}>
                  {a.title}
                </a>{' '}
                <span class="muted">
                  {[a.outlet, a.date ? formatIsoDate(a.date, lang) : undefined].filter(Boolean).join(' · ')}
                </span>
                {a.addedByReader && <> {<Badge>{t('dossierYourArticle')}</Badge>}</>}
                {a.url && (
                  <>
                    {' · '}
                    {/* The store records only http(s) addresses; opened apart from the extension. */}
                    <a class="source-url" href={a.url} rel="noopener noreferrer" target="_blank">
                      {t('dossierSourceUrl')}
                    </a>
                  </>
                )}
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="h-story-entries">
        <h2 id="h-story-entries">{t.plural('dossierStoryEntries', entries.length)}</h2>
        {entries.length === 0 ? (
          <p class="muted">{t('dossierStoryNoEntries')}</p>
        ) : (
          <ul class="inline-list story-entries">
            {entries.map((e) => (
              <li key={e.id} data-entry={e.id}>
                <EntryLink id={e.id} data={data} lang={lang} />
              </li>
            ))}
          </ul>
        )}
      </section>
      {/* What to do next with the story's articles: right below the entries they become. */}
      {!story.bundled && <ProposalsSection {...props} story={story.id} />}
      {!story.bundled && (
        <section aria-labelledby="h-story-timeline">
          <h2 id="h-story-timeline">{t('dossierStoryTimeline')}</h2>
          {timeline.length === 0 ? (
            <p class="muted">{t('dossierStoryNoEvents')}</p>
          ) : (
            <ol class="timeline full story-timeline">
              {timeline.map((ev, i) => (
                <li key={i} class="from-reader">
                  <time dateTime={ev.date}>{eventDate(ev, lang, t)}</time>
                  <div>
                    <p>
                      {eventText(ev, lang)} <SourceChips sources={ev.sources} {...props} />
                    </p>
                  </div>
                </li>
              ))}
            </ol>
          )}
        </section>
      )}
      {!story.bundled && (
        <>
          <OwnEntries {...props} story={story.id} />
          <AddArticle {...props} story={story.id} />
        </>
      )}
    </article>
  );
}

function StoryActions(props: ViewProps & { story: StoredStory }) {
  const { story, lang, t } = props;
  const [name, setName] = useState<Localized>(story.name);
  const [change, run] = useChange();
  return (
    <form
      class="stack rename-story"
      onSubmit={(event) => {
        event.preventDefault();
        void run(changeDossier({ op: 'renameStory', id: story.id, name }), t('dossierStoryRenamed'));
      }}
    >
      <StoryNameFields name={name} setName={setName} idPrefix="rename-story" {...props} />
      <div class="row">
        <button type="submit" disabled={change.busy}>
          {t('dossierRenameStory')}
        </button>
        <button
          type="button"
          class="secondary"
          data-action="delete-story"
          disabled={change.busy}
          onClick={async () => {
            if (!confirm(t('dossierDeleteStoryConfirm'))) return;
            const result = await run(changeDossier({ op: 'deleteStory', id: story.id }), t('dossierStoryDeleted'));
            if (result?.ok) location.hash = routeHash({ view: 'stories' });
          }}
        >
          {t('dossierDeleteStory')}
        </button>
        <ChangeStatus change={change} t={t} lang={lang} />
      </div>
    </form>
  );
}

/** Downloads one story as a pack: the story as stored now, read from the store like every export. */
function StoryPackExport(props: ViewProps & { story: StoredStory }) {
  const { story, lang, t } = props;
  const [change, , setChange] = useChange();
  return (
    <div class="row">
      <button
        type="button"
        name="exportStory"
        class="secondary"
        disabled={change.busy}
        onClick={async () => {
          setChange({ busy: true, problems: [] });
          try {
            const db = await openDossierDB();
            let text: string;
            try {
              const rejected = [...(await rejectedKeys(story.id))];
              text = JSON.stringify(
                await storyPackFile(await readStoredState(db), story.id, new Date(), rejected),
                null,
                1,
              );
            } finally {
              db.close();
            }
            const name = storyPackFileName(storyName(story, { ...props, lang: 'en' }));
            downloadJson(name, text);
            setChange({ busy: false, problems: [], done: t('dossierStoryExported', { file: name }) });
          } catch (error) {
            setChange({ busy: false, problems: [], error: codedErrorOf(error, coded('exportFailed')) });
          }
        }}
      >
        {t('dossierExportStory')}
      </button>
      <ChangeStatus change={change} t={t} lang={lang} />
    </div>
  );
}

/** Imports a story pack as a new story; the file is checked whole before anything changes. */
function StoryPackImport({ lang, t }: ViewProps) {
  const [change, run, setChange] = useChange();
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <section aria-labelledby="h-import-story">
      <h2 id="h-import-story">{t('dossierImportStory')}</h2>
      <p class="hint">{t('dossierImportStoryHint')}</p>
      <form
        class="stack import-story"
        onSubmit={async (event) => {
          event.preventDefault();
          const file = fileInput.current?.files?.[0];
          if (!file) return setChange({ busy: false, problems: [], error: coded('importNoFile') });
          const tooBig = checkImportSize(file.size);
          if (tooBig) {
            return setChange({ busy: false, problems: [], error: withReason(coded('importRefused'), tooBig.error) });
          }
          const result = await run(changeDossier({ op: 'importStory', text: await file.text() }), (r) =>
            t('dossierStoryImported', {
              articles: t.plural('importedArticles', r.imported?.articles ?? 0),
              entries: t.plural('importedEntries', r.imported?.entries ?? 0),
            }),
          );
          if (result?.ok && result.storyId) location.hash = routeHash({ view: 'story', story: result.storyId });
        }}
      >
        <div class="field-box">
          <label for="f-story-pack">{t('dossierStoryPackFile')}</label>
          <input ref={fileInput} id="f-story-pack" type="file" name="storyPack" accept=".json,application/json" />
        </div>
        <div class="row">
          <button type="submit" name="importStory" disabled={change.busy}>
            {t('dossierImportStoryButton')}
          </button>
        </div>
        <div class="import-story-status">
          <ChangeStatus change={change} t={t} lang={lang} />
        </div>
      </form>
    </section>
  );
}
