/** The dossier page's proposed entries: what Kontext proposes from the reader's articles. */
import { defineMessages } from './define';

export const proposalMessages = defineMessages(
  {
    proposalsHeading: 'Vorgeschlagene Einträge',
    proposalsHint:
      'Aus Ihren Artikeln vorgeschlagen: Namen, die sie mehrfach oder mit einer Rolle nennen, mit den Sätzen, die sie erklären. Übernehmen Sie, was Kontext auf Seiten markieren soll.',
    proposalsNoArticles: 'Fügen Sie Artikel hinzu, dann schlägt Kontext Einträge aus ihnen vor.',
    proposalsRunning: 'Vorschläge werden berechnet … ({done} von {total} Schritten)',
    proposalsNone: 'Keine weiteren Vorschläge.',
    proposalsError: 'Die Vorschläge ließen sich nicht berechnen: {message}',
    proposalMentions: '{count}-mal genannt',
    proposalMentions_one: 'einmal genannt',
    proposalAlso: 'Auch: {names}',
    proposalAccept: 'Übernehmen',
    proposalReject: 'Ablehnen',
    proposalMergeWith: 'Zusammenführen mit',
    proposalMerge: 'Zusammenführen',
    proposalKeepSentence: 'Satz übernehmen',
    proposalEditDone: 'Fertig',
    proposalAccepted: '„{name}“ übernommen: Seiten markieren den Eintrag ab sofort.',
    proposalRejected: '„{name}“ abgelehnt: Kontext schlägt es nicht wieder vor.',
    proposalMerged: '„{from}“ mit „{into}“ zusammengeführt.',
  },
  {
    proposalsHeading: 'Proposed entries',
    proposalsHint:
      'Proposed from your articles: names they mention repeatedly or with a role, with the sentences that explain them. Accept what Kontext should mark on pages.',
    proposalsNoArticles: 'Add articles and Kontext proposes entries from them.',
    proposalsRunning: 'Computing proposals … ({done} of {total} steps)',
    proposalsNone: 'No further proposals.',
    proposalsError: 'The proposals could not be computed: {message}',
    proposalMentions: 'named {count} times',
    proposalMentions_one: 'named once',
    proposalAlso: 'Also: {names}',
    proposalAccept: 'Accept',
    proposalReject: 'Reject',
    proposalMergeWith: 'Merge with',
    proposalMerge: 'Merge',
    proposalKeepSentence: 'Keep sentence',
    proposalEditDone: 'Done',
    proposalAccepted: '“{name}” accepted: pages mark the entry from now on.',
    proposalRejected: '“{name}” rejected: Kontext will not propose it again.',
    proposalMerged: '“{from}” merged into “{into}”.',
  },
);
