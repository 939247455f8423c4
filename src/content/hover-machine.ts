/**
 * The hover card's life cycle as a pure state machine (after MediaWiki's Popups):
 * a card opens after the pointer dwells on a mention, stays open while the pointer
 * travels into it, and closes after a grace period once the pointer has left both.
 * Every timer carries a token; a timer or lookup from an older hover is ignored.
 */

export const HOVER_DELAYS = {
  /** Default dwell before a card opens (the reader can change it). */
  dwellMs: 300,
  /** How long a card survives the pointer leaving it or its mention. */
  graceMs: 350,
} as const;

export type HoverState<T> =
  | { name: 'idle'; token: number }
  | { name: 'dwelling'; target: T; token: number }
  | { name: 'open'; target: T; token: number; inside: boolean };

export type HoverEvent<T> =
  | { type: 'enterTarget'; target: T }
  | { type: 'leaveTarget' }
  | { type: 'enterCard' }
  | { type: 'leaveCard' }
  | { type: 'dwellElapsed'; token: number }
  | { type: 'graceElapsed'; token: number }
  /** Keyboard or tap: open at once. */
  | { type: 'openNow'; target: T }
  /** Escape, scroll, typing, selecting: close at once. */
  | { type: 'dismiss' };

export type HoverEffect<T> =
  | { type: 'schedule'; timer: 'dwell' | 'grace'; ms: number; token: number }
  | { type: 'cancelTimers' }
  | { type: 'show'; target: T; token: number }
  | { type: 'hide' };

export interface HoverResult<T> {
  state: HoverState<T>;
  effects: HoverEffect<T>[];
}

export const initialHoverState = <T>(): HoverState<T> => ({ name: 'idle', token: 0 });

export function hoverTransition<T>(
  state: HoverState<T>,
  event: HoverEvent<T>,
  dwellMs: number = HOVER_DELAYS.dwellMs,
): HoverResult<T> {
  const next = state.token + 1;
  const stay = { state, effects: [] };
  switch (event.type) {
    case 'enterTarget': {
      if (state.name !== 'idle' && state.target === event.target) {
        return state.name === 'open'
          ? { state: { ...state, inside: true }, effects: [{ type: 'cancelTimers' }] }
          : stay;
      }
      // A new target: start dwelling; an open card for another target stays until then.
      return {
        state: { name: 'dwelling', target: event.target, token: next },
        effects: [{ type: 'cancelTimers' }, { type: 'schedule', timer: 'dwell', ms: dwellMs, token: next }],
      };
    }
    case 'leaveTarget':
    case 'leaveCard': {
      if (state.name === 'dwelling') {
        return { state: { name: 'idle', token: next }, effects: [{ type: 'cancelTimers' }, { type: 'hide' }] };
      }
      if (state.name === 'open' && state.inside) {
        return {
          state: { ...state, inside: false },
          effects: [{ type: 'schedule', timer: 'grace', ms: HOVER_DELAYS.graceMs, token: state.token }],
        };
      }
      return stay;
    }
    case 'enterCard':
      return state.name === 'open' ? { state: { ...state, inside: true }, effects: [{ type: 'cancelTimers' }] } : stay;
    case 'dwellElapsed':
      if (state.name !== 'dwelling' || state.token !== event.token) return stay;
      return {
        state: { name: 'open', target: state.target, token: state.token, inside: true },
        effects: [{ type: 'show', target: state.target, token: state.token }],
      };
    case 'graceElapsed':
      if (state.name !== 'open' || state.token !== event.token || state.inside) return stay;
      return { state: { name: 'idle', token: next }, effects: [{ type: 'hide' }] };
    case 'openNow':
      return {
        state: { name: 'open', target: event.target, token: next, inside: true },
        effects: [{ type: 'cancelTimers' }, { type: 'show', target: event.target, token: next }],
      };
    case 'dismiss':
      if (state.name === 'idle') return stay;
      return { state: { name: 'idle', token: next }, effects: [{ type: 'cancelTimers' }, { type: 'hide' }] };
  }
}
