import { render } from 'preact';
import { DossierApp } from '@/src/dossier-page/DossierApp';
import { langOf } from '@/src/ui/i18n';
import { initialSettings } from '@/src/ui/ui-lang';
import '@/src/ui/base.css';
import './dossier.css';

// The UI language is a setting: read it before the first paint, so the page never flips language.
const settings = await initialSettings();
document.documentElement.lang = langOf(settings);
render(<DossierApp initialSettings={settings} />, document.getElementById('app')!);
