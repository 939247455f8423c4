/** The first-run page: shown once, when Kontext is installed; never after an update or a browser update. */
export const WELCOME_PAGE = '/welcome.html';

export function showsWelcome(details: { reason: string }): boolean {
  return details.reason === 'install';
}
