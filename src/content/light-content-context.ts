/**
 * What the pre-check gets instead of WXT's ContentScriptContext (wxt.config.ts points
 * `wxt/utils/content-script-context` here). WXT's context, built before `main` in every frame
 * of every page, dispatches a "newer copy started" DOM event, listens for the next one, and
 * makes an AbortController and a location watcher: ~0.3 ms a frame on a cold load. The
 * pre-check needs none of it: Chrome never starts a second copy in a live frame, and a copy
 * whose extension is gone stops itself (its flush checks `runtime.id`, precheck-page.ts).
 * The pre-check's `main` takes no context; the type stays WXT's.
 */
export class ContentScriptContext {
  constructor(
    readonly contentScriptName: string,
    readonly options?: unknown,
  ) {}
}
