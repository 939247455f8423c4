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

/**
 * The background answers with webextension-polyfill, which in Chrome sends a failed handler's
 * error as this object instead of rejecting: a caller using the browser's own `sendMessage`
 * must turn it back into the error.
 */
interface PolyfillRejection {
  __mozWebExtensionPolyfillReject__: true;
  message?: unknown;
}

function isPolyfillRejection(answer: unknown): answer is PolyfillRejection {
  return (
    typeof answer === 'object' &&
    answer !== null &&
    (answer as Partial<PolyfillRejection>).__mozWebExtensionPolyfillReject__ === true
  );
}

/** The background failed to carry the request out (its error, passed on). */
export class BackgroundError extends Error {
  constructor(type: string, message: unknown) {
    super(`The background could not answer "${type}": ${typeof message === 'string' ? message : 'unknown error'}`);
    this.name = 'BackgroundError';
  }
}

/**
 * The background's answer; a NoAnswerError to retry on when there was none, a BackgroundError
 * when its handler failed (also retried: most failures are a database busy for a moment).
 */
export function answerOf<T>(type: string, answer: T | undefined): T {
  if (answer === undefined) throw new NoAnswerError(type);
  if (isPolyfillRejection(answer)) throw new BackgroundError(type, answer.message);
  return answer;
}
