/** The options page: the reader's settings. */
import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../dossier/types';
import type { Settings } from '../settings/settings';
import { loadSettings, updateSettings, watchSettings } from '../settings/store';
import { translator } from '../ui/i18n';

export function Options({ lang }: { lang: Lang }) {
  const t = translator(lang);
  const [settings, setSettings] = useState<Settings | null>(null);
  useEffect(() => {
    void loadSettings().then(setSettings);
    return watchSettings(setSettings);
  }, []);

  return (
    <main class="options">
      <h1>{t('optionsTitle')}</h1>
      {settings && (
        <section>
          <label class="switch">
            <input
              type="checkbox"
              name="enabled"
              checked={settings.enabled}
              onChange={(event) => void updateSettings({ enabled: event.currentTarget.checked })}
            />
            <span>{t('optionsEnabled')}</span>
          </label>
          <p class="hint">{t('optionsEnabledHint')}</p>
        </section>
      )}
    </main>
  );
}
