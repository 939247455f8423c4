/** Keyboard commands (manifest `commands`) and the tab message each one sends. */
import type { TabRequest } from '../messaging/protocol';

export const COMMANDS = {
  'next-mention': { key: 'Alt+Shift+K', description: 'Go to the next mention and open its card' },
  'previous-mention': { key: 'Alt+Shift+J', description: 'Go to the previous mention and open its card' },
} as const;

export function requestForCommand(command: string): TabRequest | null {
  if (command === 'next-mention') return { type: 'stepMention', direction: 1 };
  if (command === 'previous-mention') return { type: 'stepMention', direction: -1 };
  return null;
}

export function manifestCommands(): Record<string, { suggested_key: { default: string }; description: string }> {
  return Object.fromEntries(
    Object.entries(COMMANDS).map(([name, { key, description }]) => [name, { suggested_key: { default: key }, description }]),
  );
}
