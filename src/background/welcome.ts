/**
 * The first-run page: shown once, when Kontext is installed; never after an update or a
 * browser update, and never twice in one profile (a browser that loads Kontext from the
 * command line installs it afresh at every start; its storage remembers the page was shown).
 */
export const WELCOME_PAGE = '/welcome.html';
/** The `storage.local` key that remembers the first-run page was shown. */
export const WELCOME_SHOWN_KEY = 'welcomeShown';

export function showsWelcome(details: { reason: string }, shownBefore: boolean): boolean {
  return details.reason === 'install' && !shownBefore;
}
