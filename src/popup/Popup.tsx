/**
 * The toolbar popup: what the current page mentions, in dossier terms — the entries
 * found (grouped, most relevant first, click to go to a mention), a briefing composed
 * from the dossier, and the switches for this site and for pausing everywhere.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Entry, Lang } from '../dossier/types';
import { sendToBackground, sendToTab } from '../messaging/client';
import { pageMentionsChangedSchema, parseMessage } from '../messaging/schemas';
import type { BriefingInputs, PageMentions, PageRelevance } from '../messaging/protocol';
import { isActiveOn, sitePatternFor, withSiteActive, type Settings } from '../settings/settings';
import { loadSettings, settingsErrorOf, updateSettings, followSettings } from '../settings/store';
import { ShortcutList } from '../ui/Shortcuts';
import type { CodedError } from '../errors';
import { AppIcon } from '../ui/AppIcon';
import { describeError } from '../ui/errors';
import { formatIsoDate, sourceLabel } from '../ui/format';
import { langOf, localized, translator, type Translate } from '../ui/i18n';
import { composeBriefing, type BriefingSentence } from './briefing';
import { whyText } from './relevance-text';
import { AddArticle } from './AddArticle';
import { groupByKind, rankEntries, visibleEntries, type RankedEntry } from './ranking';

/** Rows shown before "show all": what fits the popup without a scrollbar next to the briefing
 * and the shortcut line (600 px, Chrome's popup limit). */
export const LIST_LIMIT = 6;

/** While the page is loading or its content script starting, ask again this often. */
const RETRY_MS = 250;
/** A loaded page whose content script still does not answer after this long cannot run Kontext. */
const UNAVAILABLE_GRACE_MS = 1200;

type Load =
  { name: 'loading' } | { name: 'unavailable' } | { name: 'ready'; page: PageMentions; inputs: BriefingInputs };

export type View = 'loading' | 'unavailable' | 'paused' | 'site-off' | 'none' | 'list' | 'off-story';

/** The tab to describe: the active one, or `?tab=ID` (used by tests and by the options page). */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

/** Asks the tab's content script, again while it is not there yet, and again whenever its counts change. */
function usePageLoad(): { load: Load; tabId: number | undefined } {
  const [load, setLoad] = useState<Load>({ name: 'loading' });
  const [tabId, setTabId] = useState<number | undefined>(undefined);
  useEffect(() => {
    let disposed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let running = false;
    let again = false;
    let completeSince: number | undefined;
    const tabIdPromise = targetTabId().catch(() => undefined);

    const notAnswering = async (id: number): Promise<void> => {
      const tab = await browser.tabs.get(id).catch(() => undefined);
      if (!tab) return setLoad({ name: 'unavailable' });
      // Where the URL is visible and not a web page, no content script will ever come.
      const url = tab.pendingUrl ?? tab.url;
      if (url && !/^https?:/i.test(url)) return setLoad({ name: 'unavailable' });
      if (tab.status === 'complete') completeSince ??= performance.now();
      else completeSince = undefined;
      if (completeSince !== undefined && performance.now() - completeSince >= UNAVAILABLE_GRACE_MS) {
        // A content script that starts later still reports, and the relay below brings it in.
        return setLoad({ name: 'unavailable' });
      }
      setLoad((previous) => (previous.name === 'loading' ? previous : { name: 'loading' }));
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), RETRY_MS);
    };

    const refresh = async (): Promise<void> => {
      if (running) {
        again = true;
        return;
      }
      running = true;
      try {
        const id = await tabIdPromise;
        if (disposed) return;
        setTabId(id);
        if (id === undefined) return setLoad({ name: 'unavailable' });
        let page: PageMentions;
        try {
          page = await sendToTab(id, { type: 'getPageMentions' });
        } catch {
          // No content script answers: still loading, or a page where extensions cannot run.
          if (!disposed) await notAnswering(id);
          return;
        }
        completeSince = undefined;
        const inputs = await sendToBackground({ type: 'getBriefingInputs', ids: page.entries.map((e) => e.entry) });
        if (!disposed) setLoad({ name: 'ready', page, inputs });
      } catch {
        if (!disposed) setLoad({ name: 'unavailable' });
      } finally {
        running = false;
        if (again && !disposed) {
          again = false;
          void refresh();
        }
      }
    };

    const onMessage = (message: unknown): undefined => {
      const changed = parseMessage(pageMentionsChangedSchema, message);
      if (!changed) return undefined;
      void tabIdPromise.then((id) => {
        if (id === changed.tabId && !disposed) void refresh();
      });
      return undefined;
    };
    browser.runtime.onMessage.addListener(onMessage);
    void refresh();
    return () => {
      disposed = true;
      clearTimeout(timer);
      browser.runtime.onMessage.removeListener(onMessage);
    };
  }, []);
  return { load, tabId };
}

export function viewOf(load: Load, settings: Settings): View {
  if (load.name !== 'ready') return load.name;
  if (settings.paused) return 'paused';
  if (!isActiveOn(settings, load.page.url)) return 'site-off';
  // The settings say on, the page has not caught up yet.
  if (!load.page.active) return 'loading';
  const relevance = load.page.relevance;
  const offStory = relevance !== undefined && relevance.about.length === 0 && settings.markWhere === 'story-pages';
  if (load.page.entries.length === 0 && (!offStory || relevance.withheld === 0)) return 'none';
  return offStory ? 'off-story' : 'list';
}

export function Popup({ initialSettings }: { initialSettings: Settings }) {
  const [settings, setSettings] = useState(initialSettings);
  useEffect(() => followSettings(setSettings), []);
  const lang: Lang = langOf(settings);
  const t = translator(lang);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t('appName');
  }, [lang, t]);

  const { load, tabId } = usePageLoad();
  const view = viewOf(load, settings);
  const page = load.name === 'ready' ? load.page : undefined;

  const ranked = useMemo(() => {
    if (load.name !== 'ready') return [];
    const entries = new Map<string, Entry>(load.inputs.entries.map((entry) => [entry.id, entry]));
    return rankEntries(load.page.entries, entries, load.page.lead ?? [], lang);
  }, [load, lang]);
  const briefing = useMemo(() => {
    // A briefing on the story only where the page is about it.
    if (load.name !== 'ready' || viewOf(load, settings) !== 'list') return [];
    const entries = new Map<string, Entry>(load.inputs.entries.map((entry) => [entry.id, entry]));
    const { timeline, articles } = load.inputs;
    return composeBriefing({ ranked: ranked.map((r) => r.entry.id), entries, timeline, articles, lang });
  }, [load, ranked, lang, settings]);

  // Open-to-list time, for the closing note and the e2e test: navigation start to the list in the DOM.
  const mainRef = useRef<HTMLElement>(null);
  useLayoutEffect(() => {
    const main = mainRef.current;
    if (!main || main.dataset.readyMs || (view !== 'list' && view !== 'none')) return;
    main.dataset.readyMs = performance.now().toFixed(1);
  }, [view]);

  const [adding, setAdding] = useState(false);
  const [saveError, setSaveError] = useState<CodedError | null>(null);
  const save = (patch: Partial<Settings>): void => {
    setSettings((current) => ({ ...current, ...patch }));
    void updateSettings(patch).then(
      () => setSaveError(null),
      (error: unknown) => {
        setSaveError(settingsErrorOf(error));
        void loadSettings().then(setSettings, () => undefined);
      },
    );
  };
  const site = page ? sitePatternFor(page.url) : '';
  const siteOn = page ? isActiveOn({ ...settings, paused: false }, page.url) : false;

  return (
    <main class="popup" ref={mainRef} data-state={view}>
      <header class="top">
        <h1>
          <AppIcon size={20} />
          {t('appName')}
        </h1>
        <nav class="links" aria-label={t('popupLinks')}>
          {page && !adding && /^https?:/i.test(page.url) && (
            <button
              type="button"
              class="link add"
              data-action="add-article"
              title={t('addButton')}
              aria-label={t('addButton')}
              onClick={() => setAdding(true)}
            >
              {t('addShort')}
            </button>
          )}
          <button
            type="button"
            class="link"
            data-action="dossier"
            onClick={() => void browser.tabs.create({ url: browser.runtime.getURL('/dossier.html') })}
          >
            {t('popupOpenDossier')}
          </button>
          <button
            type="button"
            class="link"
            data-action="options"
            onClick={() => void browser.runtime.openOptionsPage()}
          >
            {t('popupOpenOptions')}
          </button>
        </nav>
      </header>

      {adding && tabId !== undefined && (
        <AddArticle
          tabId={tabId}
          lang={lang}
          t={t}
          stories={page?.relevance?.stories ?? []}
          onClose={() => setAdding(false)}
        />
      )}

      <div class="status" role="status" hidden={adding}>
        <StateMessage view={view} t={t} site={site} count={ranked.length} relevance={page?.relevance} lang={lang} />
      </div>

      {!adding && (view === 'list' || view === 'off-story') && tabId !== undefined && (
        <>
          {view === 'off-story' && page?.relevance && (
            <OffStory
              relevance={page.relevance}
              marked={ranked.length > 0}
              t={t}
              onMarkEverything={(on) => void sendToTab(tabId, { type: 'markEverything', on }).catch(() => false)}
            >
              <Why relevance={page.relevance} lang={lang} t={t} />
            </OffStory>
          )}
          {ranked.length > 0 && (
            <EntryList
              ranked={ranked}
              lang={lang}
              t={t}
              onReveal={(id) => void sendToTab(tabId, { type: 'revealMention', entry: id }).catch(() => false)}
            />
          )}
          {/* The "why" folds into the briefing: the popup has no room for another block. */}
          {view === 'list' && briefing.length > 0 && (
            <Briefing sentences={briefing} lang={lang} t={t}>
              {page?.relevance && <Why relevance={page.relevance} lang={lang} t={t} inline />}
            </Briefing>
          )}
          {view === 'list' && briefing.length === 0 && page?.relevance && (
            <Why relevance={page.relevance} lang={lang} t={t} />
          )}
        </>
      )}

      <section class="controls" aria-label={t('popupControls')}>
        {page && (
          <Switch
            name="site"
            checked={siteOn}
            label={site ? t('popupSiteSwitch', { site }) : t('popupSiteSwitchThis')}
            onChange={(on) => save({ sites: withSiteActive(settings, page.url, on).sites })}
          />
        )}
        <Switch
          name="paused"
          checked={settings.paused}
          label={t('popupPauseSwitch')}
          onChange={(on) => save({ paused: on })}
        />
        {saveError && (
          <p class="state error" role="alert">
            {describeError(saveError, lang)}
          </p>
        )}
        <ShortcutList t={t} compact />
      </section>
    </main>
  );
}

function StateMessage({
  view,
  t,
  site,
  count,
  relevance,
  lang,
}: {
  view: View;
  t: Translate;
  site: string;
  count: number;
  relevance: PageRelevance | undefined;
  lang: Lang;
}) {
  switch (view) {
    case 'off-story': {
      const stories = relevance?.stories ?? [];
      return (
        <p class="state">
          <strong>
            {stories.length === 1
              ? t('popupNotAbout', { story: localized(stories[0]!.name, lang) })
              : t('popupNotAboutAny')}
          </strong>{' '}
          {relevance?.everything
            ? t('popupEverything')
            : count > 0
              ? t('popupNotAboutHint')
              : t('popupNotAboutNothing')}
        </p>
      );
    }
    case 'loading':
      return <p class="state">{t('popupLoading')}</p>;
    case 'unavailable':
      return (
        <p class="state">
          <strong>{t('popupUnavailable')}</strong> {t('popupUnavailableHint')}
        </p>
      );
    case 'paused':
      return (
        <p class="state">
          <strong>{t('popupPaused')}</strong> {t('popupPausedHint')}
        </p>
      );
    case 'site-off':
      return (
        <p class="state">
          <strong>{t('popupSiteOff', { site: site || '…' })}</strong> {t('popupSiteOffHint')}
        </p>
      );
    case 'none':
      return <p class="state">{t('popupNone')}</p>;
    case 'list':
      // Announced, not shown: the list and its "show all" button say as much.
      return <p class="visually-hidden">{t.plural('popupFound', count)}</p>;
  }
}

/** On a page not about the story: what is held back, and the reader's way to have it all marked. */
function OffStory({
  relevance,
  marked,
  t,
  onMarkEverything,
  children,
}: {
  relevance: PageRelevance;
  /** Whether anything is marked here: withheld mentions are "more" only beside marked ones. */
  marked: boolean;
  t: Translate;
  onMarkEverything: (on: boolean) => void;
  children?: ComponentChildren;
}) {
  const { withheld, everything } = relevance;
  return (
    <section class="off-story">
      {!everything && withheld > 0 && (
        <p class="withheld">{t.plural(marked ? 'popupWithheld' : 'popupWithheldAll', withheld)}</p>
      )}
      {(everything || withheld > 0) && (
        <button
          type="button"
          class="mark-everything"
          data-action="mark-everything"
          aria-pressed={everything}
          onClick={() => onMarkEverything(!everything)}
        >
          {everything ? t('popupMarkEverythingOff') : t('popupMarkEverything')}
        </button>
      )}
      {children}
    </section>
  );
}

/**
 * Why the page counts as about the story or not, one sentence per story, behind a small
 * toggle: inline in the briefing's heading row, since the popup has no room for a block.
 */
function Why({
  relevance,
  lang,
  t,
  inline = false,
}: {
  relevance: PageRelevance;
  lang: Lang;
  t: Translate;
  inline?: boolean;
}) {
  const [open, setOpen] = useState(false);
  return (
    <div class={inline ? 'why inline' : 'why'}>
      <button
        type="button"
        class="why-toggle"
        aria-expanded={open}
        aria-controls="why-text"
        onClick={() => setOpen(!open)}
      >
        {t('popupWhy')}
      </button>
      <div id="why-text" class="why-text" hidden={!open}>
        {relevance.stories.map((story) => (
          <p key={story.id} data-story={story.id} data-about={story.about ? 'true' : 'false'}>
            {story.about ? `${t('popupAbout', { story: localized(story.name, lang) })} ` : ''}
            {whyText(story, lang, t)}
          </p>
        ))}
      </div>
    </div>
  );
}

function EntryList({
  ranked,
  lang,
  t,
  onReveal,
}: {
  ranked: RankedEntry[];
  lang: Lang;
  t: Translate;
  onReveal: (id: string) => void;
}) {
  const [expanded, setExpanded] = useState(false);
  const shown = new Set(visibleEntries(ranked, LIST_LIMIT, expanded).map((r) => r.entry.id));
  const groups = groupByKind(ranked);
  const hiddenCount = ranked.length - shown.size;
  return (
    <section class="found" aria-labelledby="found-heading">
      <h2 id="found-heading" class="visually-hidden">
        {t('popupEntriesHeading')}
      </h2>
      {/* Every row is in the DOM (the page's full count), the less relevant ones hidden until "show all". */}
      {groups.map((group) => {
        const visible = group.entries.some((r) => shown.has(r.entry.id));
        const headingId = `group-${group.kind}`;
        return (
          <div class="group" key={group.kind} data-kind={group.kind} hidden={!visible}>
            <h3 id={headingId}>{t(`group_${group.kind}`)}</h3>
            <ul class="entries" aria-labelledby={headingId}>
              {group.entries.map((r) => (
                <EntryRow
                  key={r.entry.id}
                  item={r}
                  lang={lang}
                  t={t}
                  hidden={!shown.has(r.entry.id)}
                  onReveal={onReveal}
                />
              ))}
            </ul>
          </div>
        );
      })}
      {(hiddenCount > 0 || expanded) && (
        <button type="button" class="more" aria-expanded={expanded} onClick={() => setExpanded(!expanded)}>
          {expanded ? t('popupShowFewer') : t.plural('popupShowAll', ranked.length)}
        </button>
      )}
    </section>
  );
}

function EntryRow({
  item,
  lang,
  t,
  hidden,
  onReveal,
}: {
  item: RankedEntry;
  lang: Lang;
  t: Translate;
  hidden: boolean;
  onReveal: (id: string) => void;
}) {
  const { entry, count, inLead } = item;
  const role = localized(entry.role, lang);
  return (
    <li class="entry" data-entry={entry.id} data-lead={inLead ? '' : undefined} hidden={hidden}>
      <button
        type="button"
        class="reveal"
        title={`${role} — ${t('popupRevealHint')}`}
        onClick={() => onReveal(entry.id)}
      >
        <span class="name">{localized(entry.name, lang)}</span>
        <span class="role">{role}</span>
        <span class="count" aria-hidden="true">
          {count}×
        </span>
        <span class="visually-hidden">
          , {t.plural('mentionsCount', count)}
          {inLead ? `, ${t('popupInLead')}` : ''}
        </span>
      </button>
    </li>
  );
}

function Briefing({
  sentences,
  lang,
  t,
  children,
}: {
  sentences: BriefingSentence[];
  lang: Lang;
  t: Translate;
  children?: ComponentChildren;
}) {
  return (
    <section class="briefing" aria-labelledby="briefing-heading">
      <div class="briefing-head">
        <h2 id="briefing-heading">{t('popupBriefingHeading')}</h2>
        {children}
      </div>
      <ul>
        {sentences.map((sentence) => (
          <li key={sentence.text} class={`sentence kind-${sentence.kind}`} data-entries={sentence.entries.join(' ')}>
            {sentence.date && (
              <>
                <time dateTime={sentence.date}>{formatIsoDate(sentence.date, lang)}</time>{' '}
              </>
            )}
            {sentence.text} <SourceChip source={sentence.sources[0]!} lang={lang} t={t} />
            {sentence.sources.length > 1 && (
              <span
                class="more-sources"
                title={sentence.sources
                  .slice(1)
                  .map((s) => s.label.title)
                  .join('\n')}
              >
                +{sentence.sources.length - 1}
                <span class="visually-hidden"> {t.plural('popupMoreSources', sentence.sources.length - 1)}</span>
              </span>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}

function SourceChip({ source, lang, t }: { source: BriefingSentence['sources'][number]; lang: Lang; t: Translate }) {
  const { label } = source;
  const full = [label.outlet, label.title, label.date && formatIsoDate(label.date, lang)].filter(Boolean).join(' · ');
  return (
    <cite class="chip" data-article={source.article} title={`${full}\n„${source.quote}“`}>
      <span class="visually-hidden">{t('popupSource')} </span>
      {sourceLabel(label, lang)}
    </cite>
  );
}

function Switch({
  name,
  checked,
  label,
  onChange,
}: {
  name: string;
  checked: boolean;
  label: string;
  onChange: (on: boolean) => void;
}) {
  return (
    <label class="switch">
      <span class="switch-label">{label}</span>
      <input
        type="checkbox"
        role="switch"
        name={name}
        checked={checked}
        onChange={(event) => onChange((event.currentTarget as HTMLInputElement).checked)}
      />
    </label>
  );
}
