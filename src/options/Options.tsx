/** The options page: the reader's settings, applied to open pages as they change. */
import { useEffect, useState } from 'preact/hooks';
import { ENTRY_KINDS } from '../dossier/types';
import { useUiLang } from '../ui/ui-lang';
import {
  HOVER_DELAY_RANGE,
  normalizeSitePattern,
  type HighlightStyle,
  type MarkMode,
  type Settings,
  type SiteMode,
  type UiLanguage,
  type CardLanguage,
} from '../settings/settings';
import { loadSettings, settingsErrorOf, updateSettings, followSettings } from '../settings/store';
import type { MarkWhere } from '../relevance/page-relevance';
import type { CodedError } from '../errors';
import { AppIcon } from '../ui/AppIcon';
import { describeError } from '../ui/errors';
import { kindLabel, translator, type MessageKey } from '../ui/i18n';
import { ShortcutList, shortcutSettingsHint } from '../ui/Shortcuts';
import { DossierData } from './DossierData';

function Choice<T extends string>(props: {
  name: string;
  legend: string;
  value: T;
  options: readonly { value: T; label: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset>
      <legend>{props.legend}</legend>
      {props.options.map((option) => (
        <label key={option.value} class="choice">
          <input
            type="radio"
            name={props.name}
            value={option.value}
            checked={props.value === option.value}
            onChange={() => props.onChange(option.value)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  );
}

export function Options({ initialSettings }: { initialSettings: Settings }) {
  const lang = useUiLang(initialSettings);
  const t = translator(lang);
  const [settings, setSettings] = useState<Settings>(initialSettings);
  const [sitesDraft, setSitesDraft] = useState<string | null>(null);
  useEffect(() => followSettings(setSettings), []);
  useEffect(() => {
    document.title = t('optionsTitle');
  }, [t]);

  const [saved, setSaved] = useState(0);
  const [saveError, setSaveError] = useState<CodedError | null>(null);
  // Shown at once (a switch must not spring back while the write is on its way); a refused
  // write says why and shows what is really stored.
  const save = (patch: Partial<Settings>) => {
    setSettings((current) => ({ ...current, ...patch }));
    void updateSettings(patch).then(
      () => {
        setSaveError(null);
        setSaved((n) => n + 1);
      },
      (error: unknown) => {
        setSaveError(settingsErrorOf(error));
        void loadSettings().then(setSettings, () => undefined);
      },
    );
  };
  const label = (key: MessageKey) => t(key);
  const sitesText = sitesDraft ?? settings.sites.join('\n');
  const commitSites = () => {
    if (sitesDraft === null) return;
    save({ sites: sitesDraft.split('\n').map(normalizeSitePattern).filter(Boolean) });
    setSitesDraft(null);
  };

  return (
    <main class="options">
      <header class="options-head">
        <h1>
          <AppIcon size={28} />
          {t('optionsTitle')}
        </h1>
        <nav class="head-links">
          <a href="/dossier.html">{t('optionsOpenDossier')}</a>
          <a href="/welcome.html">{t('optionsWelcome')}</a>
        </nav>
      </header>
      {/* Every change applies at once, on open pages too: this line says it was kept. */}
      <p class="saved" role="status" key={saved}>
        {saved > 0 && !saveError ? t('optionsSaved') : ''}
      </p>
      {saveError && (
        <p class="save-error" role="alert">
          {describeError(saveError, lang)}
        </p>
      )}
      <section>
        <label class="switch">
          <input
            type="checkbox"
            name="active"
            checked={!settings.paused}
            onChange={(event) => save({ paused: !event.currentTarget.checked })}
          />
          <span>{t('optionsActive')}</span>
        </label>
        <p class="hint">{t('optionsActiveHint')}</p>
      </section>

      <section>
        <h2>{t('optionsRelevance')}</h2>
        <Choice<MarkWhere>
          name="markWhere"
          legend={t('optionsMarkWhere')}
          value={settings.markWhere}
          options={[
            { value: 'story-pages', label: label('markWhereStoryPages') },
            { value: 'everywhere', label: label('markWhereEverywhere') },
          ]}
          onChange={(markWhere) => save({ markWhere })}
        />
        <p class="hint">{t('optionsMarkWhereHint')}</p>
        <label class="switch">
          <input
            type="checkbox"
            name="markBoilerplate"
            checked={settings.markBoilerplate}
            onChange={(event) => save({ markBoilerplate: event.currentTarget.checked })}
          />
          <span>{t('optionsMarkBoilerplate')}</span>
        </label>
      </section>

      <section>
        <h2>{t('optionsAppearance')}</h2>
        <Choice<HighlightStyle>
          name="highlightStyle"
          legend={t('optionsHighlightStyle')}
          value={settings.highlightStyle}
          options={[
            { value: 'underline', label: label('styleUnderline') },
            { value: 'background', label: label('styleBackground') },
            { value: 'none', label: label('styleNone') },
          ]}
          onChange={(highlightStyle) => save({ highlightStyle })}
        />
        <Choice<MarkMode>
          name="markMode"
          legend={t('optionsMarkMode')}
          value={settings.markMode}
          options={[
            { value: 'all', label: label('markAll') },
            { value: 'first', label: label('markFirst') },
          ]}
          onChange={(markMode) => save({ markMode })}
        />
        <fieldset>
          <legend>{t('optionsKinds')}</legend>
          {ENTRY_KINDS.map((kind) => (
            <label key={kind} class="choice">
              <input
                type="checkbox"
                name="kinds"
                value={kind}
                checked={settings.kinds.includes(kind)}
                onChange={(event) =>
                  save({
                    kinds: event.currentTarget.checked
                      ? [...settings.kinds, kind]
                      : settings.kinds.filter((k) => k !== kind),
                  })
                }
              />
              {kindLabel(t, kind)}
            </label>
          ))}
        </fieldset>
        <label class="field">
          <span>{t('optionsHoverDelay')}</span>
          <input
            type="range"
            name="hoverDelayMs"
            min={HOVER_DELAY_RANGE.min}
            max={1000}
            step={50}
            value={settings.hoverDelayMs}
            onChange={(event) => save({ hoverDelayMs: Number(event.currentTarget.value) })}
          />
          <output>{t('optionsHoverDelayValue', { ms: settings.hoverDelayMs })}</output>
        </label>
      </section>

      <section>
        <h2>{t('optionsSites')}</h2>
        <Choice<SiteMode>
          name="siteMode"
          legend={t('optionsSiteMode')}
          value={settings.siteMode}
          options={[
            { value: 'deny', label: label('siteModeDeny') },
            { value: 'allow', label: label('siteModeAllow') },
          ]}
          onChange={(siteMode) => save({ siteMode })}
        />
        <label class="field block">
          <span>{t('optionsSitesList')}</span>
          <span class="hint">{t('optionsSitesHint')}</span>
          <textarea
            name="sites"
            rows={4}
            spellcheck={false}
            value={sitesText}
            onInput={(event) => setSitesDraft(event.currentTarget.value)}
            onBlur={commitSites}
          />
        </label>
      </section>

      <section>
        <h2>{t('optionsLanguages')}</h2>
        <Choice<UiLanguage>
          name="uiLanguage"
          legend={t('optionsLanguage')}
          value={settings.uiLanguage}
          options={[
            { value: 'auto', label: label('languageAuto') },
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(uiLanguage) => save({ uiLanguage })}
        />
        <Choice<CardLanguage>
          name="cardLanguage"
          legend={t('optionsCardLanguage')}
          value={settings.cardLanguage}
          options={[
            { value: 'page', label: label('cardLanguagePage') },
            { value: 'de', label: 'Deutsch' },
            { value: 'en', label: 'English' },
          ]}
          onChange={(cardLanguage) => save({ cardLanguage })}
        />
      </section>

      <section>
        <h2>{t('optionsShortcuts')}</h2>
        <ShortcutList t={t} />
        <p class="hint">{shortcutSettingsHint(t)}</p>
      </section>

      <DossierData lang={lang} t={t} />
    </main>
  );
}
