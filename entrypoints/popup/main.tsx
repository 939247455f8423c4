import { render } from 'preact';
import { Popup } from '@/src/popup/Popup';
import { langFromLocale } from '@/src/ui/i18n';
import '@/src/ui/base.css';
import './popup.css';

const lang = langFromLocale(navigator.language);
document.documentElement.lang = lang;
render(<Popup lang={lang} />, document.getElementById('app')!);
