import { describe, expect, it } from 'vitest';
import { forgetStory, type PerStoryItem } from './per-story-item';

function memoryItem<T>(
  initial: Record<string, T>,
): PerStoryItem<T> & { writes: number; value: Record<string, T> | null } {
  const item = {
    value: initial as Record<string, T> | null,
    writes: 0,
    getValue: () => Promise.resolve(item.value ?? {}),
    setValue: (value: Record<string, T>) => {
      item.writes++;
      item.value = value;
      return Promise.resolve();
    },
    removeValue: () => {
      item.writes++;
      item.value = null;
      return Promise.resolve();
    },
  };
  return item;
}

describe('forgetStory', () => {
  it('drops only the named story and keeps the others', async () => {
    const item = memoryItem({ a: ['x'], b: ['y'] });
    await forgetStory(item, 'a');
    expect(item.value).toEqual({ b: ['y'] });
  });

  it('writes nothing when the story has no value', async () => {
    const item = memoryItem({ b: ['y'] });
    await forgetStory(item, 'a');
    expect(item.writes).toBe(0);
    expect(item.value).toEqual({ b: ['y'] });
  });

  it('drops every story without a story id', async () => {
    const item = memoryItem({ a: ['x'], b: ['y'] });
    await forgetStory(item);
    expect(item.value).toBeNull();
  });
});
