/**
 * The hover card: Preact, the card's components and styles, the card host. Not in the
 * manifest and not in page-script.js: the page script has the background inject it into a
 * frame the first time a card is wanted there (a dwell on a mark, the keyboard, the popup),
 * and this script hands the page script its card host in their shared isolated world.
 */
import { CardHost } from '@/src/content/card-host';
import { offerCard } from '@/src/content/card-slot';

export default defineUnlistedScript(() => {
  offerCard((events) => new CardHost(events));
});
