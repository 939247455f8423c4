/** The first-run page, and the shortcut texts shared with the popup and options. */
import { defineMessages } from './define';

export const welcomeMessages = defineMessages(
  {
    welcomeTitle: 'Willkommen bei Kontext',
    welcomeIntro:
      'Kontext unterstreicht auf Nachrichtenseiten Namen, zu denen sein Dossier etwas weiß: Personen, Orte, Organisationen, Dokumente, Ereignisse. Zeigen Sie auf einen unterstrichenen Namen, und eine kleine Karte sagt, wer oder was das ist, mit Quellen.',
    welcomeTryHeading: 'So sieht es aus',
    welcomeTryHint:
      'Zeigen Sie auf den unterstrichenen Namen oder wählen Sie ihn mit der Tabulatortaste: die Karte unten ist die echte Karte aus dem Dossier.',
    welcomeExampleBefore: 'Am Samstag erklärte der russische Generalstabschef ',
    welcomeExampleAfter: ', dass die letzte Siedlung in Kursk zurückerobert worden sei.',
    welcomeExampleLoading: 'Die Karte wird geladen …',
    welcomeLegendHeading: 'Was die Farben bedeuten',
    welcomeLegendHint:
      'Jede Art von Eintrag hat ihre Farbe. In den Einstellungen wählen Sie, welche Arten markiert werden, und ob unterstrichen oder hinterlegt.',
    welcomeShortcutsHeading: 'Mit der Tastatur',
    welcomeShortcutsHint:
      'Die Kürzel springen von Erwähnung zu Erwähnung; die Karte öffnet sich dort, Escape schließt sie.',
    welcomeSitesHeading: 'Auf einer Website ausschalten',
    welcomeSites:
      'Im Menü des Kontext-Symbols in der Symbolleiste schaltet „Auf dieser Website“ Kontext für die offene Website aus und wieder ein. Die ganze Liste und eine Pause für alle Seiten finden Sie in den Einstellungen.',
    welcomePrivacyHeading: 'Nichts verlässt Ihren Browser',
    welcomePrivacy:
      'Kontext liest die Seiten, die Sie öffnen, nur in Ihrem Browser. Es sammelt nichts, sendet nichts und lädt nichts nach: das Dossier kommt mit der Erweiterung, und was Sie hinzufügen, bleibt in diesem Browser.',
    welcomeOpenOptions: 'Einstellungen öffnen',
    welcomeOpenDossier: 'Dossier öffnen',
    shortcutNext: 'nächste Erwähnung auf der Seite',
    shortcutPrevious: 'vorige Erwähnung auf der Seite',
    shortcutNone: 'kein Kürzel',
    shortcutsPair: 'nächste / vorige Erwähnung',
    shortcutsChangeChrome: 'Ändern unter {url} (Adresse in die Adresszeile kopieren).',
    shortcutsChangeFirefox: 'Ändern unter about:addons → Zahnrad → „Tastenkombinationen für Erweiterungen verwalten“.',
    optionsShortcuts: 'Tastenkürzel',
    optionsWelcome: 'Einführung',
  },
  {
    welcomeTitle: 'Welcome to Kontext',
    welcomeIntro:
      'Kontext underlines names on news pages that its dossier knows about: people, places, organisations, documents, events. Point at an underlined name and a small card says who or what it is, with sources.',
    welcomeTryHeading: 'What it looks like',
    welcomeTryHint:
      'Point at the underlined name or reach it with the Tab key: the card below is the real card from the dossier.',
    welcomeExampleBefore: 'On Saturday the Russian chief of the general staff, ',
    welcomeExampleAfter: ', said the last settlement in Kursk had been retaken.',
    welcomeExampleLoading: 'Loading the card …',
    welcomeLegendHeading: 'What the colours mean',
    welcomeLegendHint:
      'Each kind of entry has its colour. In the settings you choose which kinds are marked, and whether underlined or shaded.',
    welcomeShortcutsHeading: 'With the keyboard',
    welcomeShortcutsHint: 'The shortcuts jump from mention to mention; the card opens there, Escape closes it.',
    welcomeSitesHeading: 'Turning it off on a site',
    welcomeSites:
      'In the menu of the Kontext icon in the toolbar, “On this site” turns Kontext off and on again for the open site. The full list and a pause for all pages are in the settings.',
    welcomePrivacyHeading: 'Nothing leaves your browser',
    welcomePrivacy:
      'Kontext reads the pages you open in your browser only. It collects nothing, sends nothing and downloads nothing: the dossier comes with the extension, and what you add stays in this browser.',
    welcomeOpenOptions: 'Open the settings',
    welcomeOpenDossier: 'Open the dossier',
    shortcutNext: 'next mention on the page',
    shortcutPrevious: 'previous mention on the page',
    shortcutNone: 'no shortcut',
    shortcutsPair: 'next / previous mention',
    shortcutsChangeChrome: 'Change them at {url} (copy the address into the address bar).',
    shortcutsChangeFirefox: 'Change them at about:addons → gear icon → “Manage Extension Shortcuts”.',
    optionsShortcuts: 'Keyboard shortcuts',
    optionsWelcome: 'Introduction',
  },
);
