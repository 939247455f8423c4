/** The hover card on pages. */
import { defineMessages } from './define';

export const cardMessages = defineMessages(
  {
    cardClose: 'Schließen',
    cardLabel: 'Kontext zu {name}',
    cardFacts: 'Fakten',
    cardSource: 'Quelle: {source}',
    cardQuoteFrom: 'Zitat aus „{title}“',
    cardDisputed: 'Umstritten',
    cardRelated: 'Siehe auch',
    cardOnPage: '{count}× auf dieser Seite',
    cardOpenDossier: 'Im Dossier öffnen',
    cardOffStory: 'Diese Seite handelt nicht von „{story}“.',
    cardStoryContext: 'Was das Dossier dazu sagt',
    cardTheStory: 'der Geschichte des Dossiers',
  },
  {
    cardClose: 'Close',
    cardLabel: 'Context for {name}',
    cardFacts: 'Facts',
    cardSource: 'Source: {source}',
    cardQuoteFrom: 'Quote from “{title}”',
    cardDisputed: 'Disputed',
    cardRelated: 'Related',
    cardOnPage: '{count}× on this page',
    cardOpenDossier: 'Open in dossier',
    cardOffStory: 'This page is not about “{story}”.',
    cardStoryContext: 'What the dossier says about it',
    cardTheStory: 'the dossier’s story',
  },
);
