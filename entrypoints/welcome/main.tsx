import { render } from 'preact';
import { Welcome } from '@/src/welcome/Welcome';
import { langOf } from '@/src/ui/i18n';
import { initialSettings } from '@/src/ui/ui-lang';
import '@/src/ui/base.css';
// The example mark and the legend are painted by the very styles the content script uses on pages.
import '../../src/content/highlights.css';
import './welcome.css';

const settings = await initialSettings();
document.documentElement.lang = langOf(settings);
render(<Welcome initialSettings={settings} />, document.getElementById('app')!);
