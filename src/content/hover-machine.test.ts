import { describe, expect, it } from 'vitest';
import { HOVER_DELAYS, hoverTransition, initialHoverState, type HoverEvent, type HoverState } from './hover-machine';

type Target = { id: string };
const a: Target = { id: 'a' };
const b: Target = { id: 'b' };

function run(events: HoverEvent<Target>[], start: HoverState<Target> = initialHoverState()) {
  let state = start;
  const effects = [];
  for (const event of events) {
    const result = hoverTransition(state, event, 300);
    state = result.state;
    effects.push(...result.effects);
  }
  return { state, effects };
}

describe('hover state machine', () => {
  it('opens a card only after the dwell timer of the current hover', () => {
    const entered = run([{ type: 'enterTarget', target: a }]);
    expect(entered.state.name).toBe('dwelling');
    expect(entered.effects).toContainEqual({ type: 'schedule', timer: 'dwell', ms: 300, token: entered.state.token });
    const opened = run([{ type: 'dwellElapsed', token: entered.state.token }], entered.state);
    expect(opened.state.name).toBe('open');
    expect(opened.effects).toEqual([{ type: 'show', target: a, token: entered.state.token }]);
  });

  it('ignores a dwell timer from an earlier hover', () => {
    const first = run([{ type: 'enterTarget', target: a }]);
    const second = run([{ type: 'enterTarget', target: b }], first.state);
    const stale = run([{ type: 'dwellElapsed', token: first.state.token }], second.state);
    expect(stale.state).toEqual(second.state);
    expect(stale.effects).toEqual([]);
  });

  it('does not open when the pointer leaves before the dwell ends', () => {
    const { state, effects } = run([{ type: 'enterTarget', target: a }, { type: 'leaveTarget' }]);
    expect(state.name).toBe('idle');
    expect(effects).toContainEqual({ type: 'cancelTimers' });
    expect(run([{ type: 'dwellElapsed', token: 1 }], state).effects).toEqual([]);
  });

  it('keeps the card open while the pointer travels from the mention into the card', () => {
    const open = run([{ type: 'openNow', target: a }]);
    const left = run([{ type: 'leaveTarget' }], open.state);
    expect(left.effects).toEqual([
      { type: 'schedule', timer: 'grace', ms: HOVER_DELAYS.graceMs, token: open.state.token },
    ]);
    const inCard = run([{ type: 'enterCard' }], left.state);
    const graceFired = run([{ type: 'graceElapsed', token: open.state.token }], inCard.state);
    expect(graceFired.state.name).toBe('open');
    expect(graceFired.effects).toEqual([]);
  });

  it('closes after the grace period once the pointer has left mention and card', () => {
    const { state, effects } = run([
      { type: 'openNow', target: a },
      { type: 'leaveTarget' },
      { type: 'enterCard' },
      { type: 'leaveCard' },
    ]);
    const closed = run([{ type: 'graceElapsed', token: state.token }], state);
    expect(effects.filter((e) => e.type === 'schedule')).toHaveLength(2);
    expect(closed.state.name).toBe('idle');
    expect(closed.effects).toEqual([{ type: 'hide' }]);
  });

  it('schedules one grace timer however often the pointer moves outside', () => {
    const { effects } = run([
      { type: 'openNow', target: a },
      { type: 'leaveTarget' },
      { type: 'leaveTarget' },
      { type: 'leaveTarget' },
    ]);
    expect(effects.filter((e) => e.type === 'schedule')).toHaveLength(1);
  });

  it('closes at once on dismiss and drops lookups in flight', () => {
    const open = run([{ type: 'openNow', target: a }]);
    const dismissed = run([{ type: 'dismiss' }], open.state);
    expect(dismissed.state.name).toBe('idle');
    expect(dismissed.state.token).toBeGreaterThan(open.state.token);
    expect(dismissed.effects).toContainEqual({ type: 'hide' });
  });
});
