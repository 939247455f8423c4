/** A storage item that keeps one value per story (rejections, cached proposals). */
export interface PerStoryItem<T> {
  getValue(): Promise<Record<string, T>>;
  setValue(value: Record<string, T>): Promise<void>;
  removeValue(): Promise<void>;
}

/** Drops one story's value (the story was deleted), or every story's (the reader dropped their own data). */
export async function forgetStory<T>(item: PerStoryItem<T>, storyId?: string): Promise<void> {
  if (storyId === undefined) {
    await item.removeValue();
    return;
  }
  const all = await item.getValue();
  if (!(storyId in all)) return;
  const { [storyId]: _dropped, ...kept } = all;
  await item.setValue(kept);
}
