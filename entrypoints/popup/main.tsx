import { render } from 'preact';
import { Popup } from '@/src/popup/Popup';
import { resolveSettings } from '@/src/settings/settings';
import { loadSettings } from '@/src/settings/store';
import { langOf } from '@/src/ui/i18n';
import '@/src/ui/base.css';
import './popup.css';

// The UI language is a setting: read it before the first paint, so the popup never flips language.
const settings = await loadSettings().catch(() => resolveSettings(undefined));
document.documentElement.lang = langOf(settings);
render(<Popup initialSettings={settings} />, document.getElementById('app')!);
