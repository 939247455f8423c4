/**
 * The first-run page (opened on install, reachable from the options): a live example
 * mark and the real card for a real entry of the bundled dossier, the colour of each
 * kind, the keyboard shortcuts, the per-site switch and the privacy promise.
 */
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { Card, type CardProps } from '../content/card/Card';
import cardCss from '../content/card/card.css?inline';
import { ENTRY_KINDS, type Entry, type Lang } from '../dossier/types';
import type { MatchIndex } from '../messaging/protocol';
import { sendToBackground } from '../messaging/client';
import type { Settings } from '../settings/settings';
import { useUiLang } from '../ui/ui-lang';
import { AppIcon } from '../ui/AppIcon';
import { kindLabel, translator, type Translate } from '../ui/i18n';
import { ShortcutList, shortcutSettingsHint } from '../ui/Shortcuts';

/** The example: a person named in the bundled articles, with a role, sources and related entries. */
export const EXAMPLE_ENTRY = 'gerassimow';

interface Example {
  entry: Entry;
  index: MatchIndex;
}

export function Welcome({ initialSettings }: { initialSettings: Settings }) {
  const lang = useUiLang(initialSettings);
  const t = translator(lang);
  const [example, setExample] = useState<Example | null>(null);
  const [cardOpen, setCardOpen] = useState(true);
  useEffect(() => {
    document.title = t('welcomeTitle');
  }, [t]);
  useEffect(() => {
    void Promise.all([
      sendToBackground({ type: 'getEntries', ids: [EXAMPLE_ENTRY] }),
      sendToBackground({ type: 'getMatchIndex' }),
    ])
      .then(([[entry], index]) => entry && setExample({ entry, index }))
      .catch(() => undefined);
  }, []);

  return (
    <main class="welcome">
      <header>
        <h1>
          <AppIcon size={32} />
          {t('welcomeTitle')}
        </h1>
        <p class="lead">{t('welcomeIntro')}</p>
      </header>

      <section aria-labelledby="h-try">
        <h2 id="h-try">{t('welcomeTryHeading')}</h2>
        <p class="hint">{t('welcomeTryHint')}</p>
        <p class="example">
          {t('welcomeExampleBefore')}
          <button
            type="button"
            class="example-mark"
            data-mark-kind="person"
            aria-expanded={cardOpen}
            aria-controls="example-card"
            onMouseEnter={() => setCardOpen(true)}
            onClick={() => setCardOpen(!cardOpen)}
          >
            {example ? localName(example.entry, lang) : 'Waleri Gerassimow'}
          </button>
          {t('welcomeExampleAfter')}
        </p>
        <div id="example-card" class="example-card" hidden={!cardOpen}>
          {example ? (
            <CardPreview
              entry={example.entry}
              lang={lang}
              mentionsOnPage={1}
              names={example.index.names}
              articles={example.index.articles}
              pageText={`${t('welcomeExampleBefore')} ${t('welcomeExampleAfter')}`}
              onClose={() => setCardOpen(false)}
              onSelectEntry={(id) => void sendToBackground({ type: 'openDossier', entry: id })}
              onOpenDossier={(id) => void sendToBackground({ type: 'openDossier', entry: id })}
            />
          ) : (
            <p class="hint">{t('welcomeExampleLoading')}</p>
          )}
        </div>
      </section>

      <section aria-labelledby="h-legend">
        <h2 id="h-legend">{t('welcomeLegendHeading')}</h2>
        <Legend t={t} />
        <p class="hint">{t('welcomeLegendHint')}</p>
      </section>

      <section aria-labelledby="h-keys">
        <h2 id="h-keys">{t('welcomeShortcutsHeading')}</h2>
        <p class="hint">{t('welcomeShortcutsHint')}</p>
        <ShortcutList t={t} />
        <p class="hint">{shortcutSettingsHint(t)}</p>
      </section>

      <section aria-labelledby="h-sites">
        <h2 id="h-sites">{t('welcomeSitesHeading')}</h2>
        <p>{t('welcomeSites')}</p>
      </section>

      <section aria-labelledby="h-privacy">
        <h2 id="h-privacy">{t('welcomePrivacyHeading')}</h2>
        <p>{t('welcomePrivacy')}</p>
      </section>

      <nav class="links">
        <a href="/options.html">{t('welcomeOpenOptions')}</a>
        <a href="/dossier.html">{t('welcomeOpenDossier')}</a>
      </nav>
    </main>
  );
}

/** The card as pages get it: in its own shadow root with its own styles, here in the flow instead of floating. */
function CardPreview(props: CardProps) {
  const host = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const element = host.current;
    if (!element) return;
    const shadow = element.shadowRoot ?? element.attachShadow({ mode: 'open' });
    if (shadow.adoptedStyleSheets.length === 0) {
      const sheet = new CSSStyleSheet();
      sheet.replaceSync(`${cardCss}\n.frame { position: static; z-index: auto; }`);
      shadow.adoptedStyleSheets = [sheet];
    }
    render(
      <div class="frame">
        <Card {...props} />
      </div>,
      shadow,
    );
  });
  return <div class="card-preview" ref={host} />;
}

function localName(entry: Entry, lang: Lang): string {
  return entry.name[lang] || entry.name.de;
}

/**
 * One sample per kind, painted by the content script's own highlight styles (the same
 * `::highlight(kontext-<kind>)` rules as on pages), so the legend cannot drift from the marks.
 */
function Legend({ t }: { t: Translate }) {
  const list = useRef<HTMLUListElement>(null);
  useEffect(() => paintMarks(list.current?.closest('main') ?? null), [t]);
  return (
    <ul class="legend" ref={list}>
      {ENTRY_KINDS.map((kind) => (
        <li key={kind}>
          <span class="legend-sample" data-mark-kind={kind}>
            {kindLabel(t, kind)}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** Paints every `[data-mark-kind]` in `root` with that kind's highlight, as Kontext marks pages. */
function paintMarks(root: Element | null): () => void {
  if (!root || typeof Highlight !== 'function' || !CSS.highlights) return () => undefined;
  const byKind = new Map<string, Highlight>();
  for (const element of root.querySelectorAll<HTMLElement>('[data-mark-kind]')) {
    const kind = element.dataset.markKind!;
    const range = document.createRange();
    range.selectNodeContents(element);
    if (!byKind.has(kind)) byKind.set(kind, new Highlight());
    byKind.get(kind)!.add(range);
  }
  for (const [kind, highlight] of byKind) CSS.highlights.set(`kontext-${kind}`, highlight);
  return () => {
    for (const kind of byKind.keys()) CSS.highlights.delete(`kontext-${kind}`);
  };
}
