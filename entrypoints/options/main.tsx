import { render } from 'preact';
import { Options } from '@/src/options/Options';
import { langOf } from '@/src/ui/i18n';
import { initialSettings } from '@/src/ui/ui-lang';
import '@/src/ui/base.css';
import './options.css';

// The UI language is a setting: read it before the first paint, so the page never flips language.
const settings = await initialSettings();
document.documentElement.lang = langOf(settings);
render(<Options initialSettings={settings} />, document.getElementById('app')!);
