/** The toolbar popup. */
import { defineMessages } from './define';

export const popupMessages = defineMessages(
  {
    popupFound: '{count} Einträge auf dieser Seite',
    popupFoundOne: '1 Eintrag auf dieser Seite',
    popupNone: 'Auf dieser Seite wurde nichts aus dem Dossier gefunden.',
    popupUnavailable: 'Kontext kann auf dieser Seite nicht laufen.',
    popupLoading: 'Seite wird gelesen …',
    popupPaused: 'Kontext ist pausiert.',
    mentionsCount: '{count}× erwähnt',
  },
  {
    popupFound: '{count} entries on this page',
    popupFoundOne: '1 entry on this page',
    popupNone: 'Nothing from the dossier was found on this page.',
    popupUnavailable: 'Kontext cannot run on this page.',
    popupLoading: 'Reading the page …',
    popupPaused: 'Kontext is paused.',
    mentionsCount: 'mentioned {count}×',
  },
);
