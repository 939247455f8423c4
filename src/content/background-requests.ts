/**
 * The content script's requests to the background, with retries. An MV3 service
 * worker can be stopped at any moment (idle timeout, crash, browser policy); a
 * request in flight then fails with "message port closed" or "receiving end does not
 * exist", and the next one wakes a fresh worker. So a failed request is tried again
 * after a growing pause, unless the extension itself is gone (reloaded or updated:
 * this copy of the content script is orphaned and must step aside, not retry).
 */
import { answerOf } from '../messaging/answer';
import type { BackgroundRequest, BackgroundResponses, RequestOf } from '../messaging/protocol';
import { extensionApi } from './extension-api';

export interface RetryOptions {
  /** Tries in all, the first included. */
  attempts: number;
  /** Pause before the second try; doubled before each further one. */
  baseDelayMs: number;
  /** Upper bound of one pause. */
  maxDelayMs: number;
}

export const DEFAULT_RETRY: Readonly<RetryOptions> = Object.freeze({ attempts: 6, baseDelayMs: 100, maxDelayMs: 2000 });

/** Raised once the extension context is gone: nothing will ever answer again. */
export class ExtensionGoneError extends Error {
  constructor() {
    super('Kontext was reloaded or removed; this page script is orphaned.');
    this.name = 'ExtensionGoneError';
  }
}

/** True while this content script still belongs to a live extension (false once it is reloaded or removed). */
export function extensionAlive(): boolean {
  try {
    return extensionApi().runtime?.id != null;
  } catch {
    return false;
  }
}

export interface RetryDeps {
  send: (request: BackgroundRequest) => Promise<unknown>;
  alive: () => boolean;
  sleep: (ms: number) => Promise<void>;
}

const realDeps: RetryDeps = {
  // An undefined answer is a NoAnswerError (answer.ts): the worker stopped before replying, so retry.
  send: async (request) => answerOf(request.type, await extensionApi().runtime.sendMessage(request)),
  alive: extensionAlive,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

/** Pure core of the retry loop, with its effects passed in (unit-tested with fakes). */
export async function withRetry<T>(
  request: BackgroundRequest,
  options: RetryOptions = DEFAULT_RETRY,
  deps: RetryDeps = realDeps,
): Promise<T> {
  let delay = options.baseDelayMs;
  for (let attempt = 1; ; attempt++) {
    if (!deps.alive()) throw new ExtensionGoneError();
    try {
      return (await deps.send(request)) as T;
    } catch (error) {
      if (!deps.alive()) throw new ExtensionGoneError();
      if (attempt >= options.attempts) throw error;
    }
    await deps.sleep(delay);
    delay = Math.min(options.maxDelayMs, delay * 2);
  }
}

/** A typed request to the background, retried with back-off while the worker restarts. */
export function requestBackground<T extends BackgroundRequest['type']>(
  request: RequestOf<BackgroundRequest, T>,
  options: RetryOptions = DEFAULT_RETRY,
): Promise<BackgroundResponses[T]> {
  return withRetry<BackgroundResponses[T]>(request, options);
}
