/** Text shared by every surface: the name and the entry kinds. */
import { defineMessages } from './define';

export const commonMessages = defineMessages(
  {
    appName: 'Kontext',
    settingsNotSaved: 'Die Einstellung wurde nicht gespeichert; der Browser hat das Speichern abgelehnt.',
    settingsSitesTooLong:
      'Die Liste der Websites ist zu lang, um sie mit Ihren anderen Browsern abzugleichen; bitte kürzen Sie sie. Nichts wurde geändert.',
    kind_person: 'Person',
    kind_place: 'Ort',
    kind_organisation: 'Organisation',
    kind_document: 'Dokument',
    kind_event: 'Ereignis',
    kind_group: 'Einheit',
    kind_concept: 'Begriff',
  },
  {
    appName: 'Kontext',
    settingsNotSaved: 'The setting was not saved; the browser refused to store it.',
    settingsSitesTooLong:
      'The list of sites is too long to sync with your other browsers; please shorten it. Nothing was changed.',
    kind_person: 'Person',
    kind_place: 'Place',
    kind_organisation: 'Organisation',
    kind_document: 'Document',
    kind_event: 'Event',
    kind_group: 'Unit',
    kind_concept: 'Concept',
  },
);
