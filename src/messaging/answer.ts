/**
 * Every request to the background has an answer (`null` at least), so an `undefined` one means
 * no listener answered: Chrome resolves `runtime.sendMessage` that way when the MV3 service
 * worker is stopped before its listener replies (webextension-polyfill turns "message port
 * closed" into the same), and the request was never carried out. Pure, so the small pre-check
 * script can use it without the polyfill.
 */
export class NoAnswerError extends Error {
  constructor(type: string) {
    super(`The background did not answer "${type}" (the service worker stopped before replying).`);
    this.name = 'NoAnswerError';
  }
}

/** The background's answer, or a NoAnswerError to retry on when there was none. */
export function answerOf<T>(type: string, answer: T | undefined): T {
  if (answer === undefined) throw new NoAnswerError(type);
  return answer;
}
