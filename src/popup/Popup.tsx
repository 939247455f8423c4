/** The toolbar popup: what the current page mentions, in dossier terms. */
import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Entry, Lang } from '../dossier/types';
import { sendToBackground, sendToTab } from '../messaging/client';
import type { PageMentions } from '../messaging/protocol';
import { kindLabel, localized, translator } from '../ui/i18n';

type PopupState =
  | { name: 'loading' }
  | { name: 'unavailable' }
  | { name: 'ready'; page: PageMentions; entries: Map<string, Entry> };

/** The tab to describe: the active one, or `?tab=ID` (used by tests and by the options page). */
async function targetTabId(): Promise<number | undefined> {
  const fromUrl = Number(new URLSearchParams(location.search).get('tab'));
  if (Number.isInteger(fromUrl) && fromUrl > 0) return fromUrl;
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id;
}

async function loadPage(): Promise<PopupState> {
  const tabId = await targetTabId();
  if (tabId === undefined) return { name: 'unavailable' };
  let page: PageMentions;
  try {
    page = await sendToTab(tabId, { type: 'getPageMentions' });
  } catch {
    // No content script answers: a browser page, the web store, a PDF viewer…
    return { name: 'unavailable' };
  }
  const found = await sendToBackground({ type: 'getEntries', ids: page.entries.map((e) => e.entry) });
  return { name: 'ready', page, entries: new Map(found.map((entry) => [entry.id, entry])) };
}

export function Popup({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const [state, setState] = useState<PopupState>({ name: 'loading' });
  useEffect(() => {
    loadPage().then(setState, () => setState({ name: 'unavailable' }));
  }, []);

  return (
    <main class="popup">
      <header>
        <h1>{t('appName')}</h1>
        <button type="button" class="link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t('openOptions')}
        </button>
      </header>
      {state.name === 'loading' && <p class="state">{t('popupLoading')}</p>}
      {state.name === 'unavailable' && <p class="state">{t('popupUnavailable')}</p>}
      {state.name === 'ready' && !state.page.active && <p class="state">{t('popupPaused')}</p>}
      {state.name === 'ready' && state.page.active && state.page.entries.length === 0 && (
        <p class="state">{t('popupNone')}</p>
      )}
      {state.name === 'ready' && state.page.active && state.page.entries.length > 0 && (
        <>
          <p class="summary">
            {state.page.entries.length === 1
              ? t('popupFoundOne')
              : t('popupFound', { count: state.page.entries.length })}
          </p>
          <ul class="entries" aria-label={t('popupFound', { count: state.page.entries.length })}>
            {state.page.entries.map(({ entry: id, count }) => {
              const entry = state.entries.get(id);
              if (!entry) return null;
              return (
                <li key={id} class={`entry kind-${entry.kind}`} data-entry={id}>
                  <span class="name">{localized(entry.name, lang)}</span>
                  <span class="kind">{kindLabel(t, entry.kind)}</span>
                  <span class="count" aria-label={t('mentionsCount', { count })}>
                    {count}×
                  </span>
                  <span class="role">{localized(entry.role, lang)}</span>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </main>
  );
}
