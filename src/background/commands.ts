/** Keyboard commands (manifest `commands`) and the tab message each one sends. */
import type { TabRequest } from '../messaging/protocol';

/** Descriptions are manifest messages (public/_locales/<lang>/messages.json): the browser's
 * shortcut settings show them in the reader's language. */
export const COMMANDS = {
  'next-mention': { key: 'Alt+Shift+K', description: '__MSG_commandNextMention__' },
  'previous-mention': { key: 'Alt+Shift+J', description: '__MSG_commandPreviousMention__' },
} as const;

export function requestForCommand(command: string): TabRequest | null {
  if (command === 'next-mention') return { type: 'stepMention', direction: 1 };
  if (command === 'previous-mention') return { type: 'stepMention', direction: -1 };
  return null;
}

export function manifestCommands(): Record<string, { suggested_key: { default: string }; description: string }> {
  return Object.fromEntries(
    Object.entries(COMMANDS).map(([name, { key, description }]) => [
      name,
      { suggested_key: { default: key }, description },
    ]),
  );
}
