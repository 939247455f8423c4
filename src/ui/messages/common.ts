/** Text shared by every surface: the name and the entry kinds. */
import { defineMessages } from './define';

export const commonMessages = defineMessages(
  {
    appName: 'Kontext',
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
    kind_person: 'Person',
    kind_place: 'Place',
    kind_organisation: 'Organisation',
    kind_document: 'Document',
    kind_event: 'Event',
    kind_group: 'Unit',
    kind_concept: 'Concept',
  },
);
