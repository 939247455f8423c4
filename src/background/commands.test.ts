import { describe, expect, it } from 'vitest';
import { manifestCommands, requestForCommand } from './commands';

describe('keyboard commands', () => {
  it('map to the step message the content script answers', () => {
    expect(requestForCommand('next-mention')).toEqual({ type: 'stepMention', direction: 1 });
    expect(requestForCommand('previous-mention')).toEqual({ type: 'stepMention', direction: -1 });
    expect(requestForCommand('something-else')).toBeNull();
  });
  it('are declared for the manifest with suggested keys', () => {
    expect(manifestCommands()['next-mention']?.suggested_key.default).toBe('Alt+Shift+K');
  });
});
