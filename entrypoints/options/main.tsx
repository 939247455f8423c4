import { render } from 'preact';
import { Options } from '@/src/options/Options';
import { langFromLocale } from '@/src/ui/i18n';
import '@/src/ui/base.css';
import './options.css';

const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
render(<Options lang={lang} />, document.getElementById('app')!);
