/** Small line icons for the entry kinds (decorative: the kind is also written out). */
import type { EntryKind } from '../dossier/types';

const PATHS: Record<EntryKind, string> = {
  person: 'M8 8a3 3 0 1 0 0-6 3 3 0 0 0 0 6Zm-5 6c0-2.8 2.2-4.5 5-4.5s5 1.7 5 4.5',
  place: 'M8 14.5s4.5-4.2 4.5-8a4.5 4.5 0 0 0-9 0c0 3.8 4.5 8 4.5 8Zm0-6.5a1.5 1.5 0 1 0 0-3 1.5 1.5 0 0 0 0 3Z',
  organisation: 'M2.5 14V6.5L8 3l5.5 3.5V14M5 14V9m3 5V9m3 5V9M1.5 14h13',
  document: 'M4 1.5h5.5L12.5 4.5V14.5H4ZM9.5 1.5v3h3M6 8h4.5M6 10.5h4.5',
  event: 'M2.5 3.5h11v10h-11ZM2.5 6.5h11M5.5 2v3m5-3v3',
  group:
    'M5.5 7a2.2 2.2 0 1 0 0-4.4A2.2 2.2 0 0 0 5.5 7Zm5.5 0a2 2 0 1 0 0-4 2 2 0 0 0 0 4ZM1.5 13c0-2.2 1.8-3.8 4-3.8s4 1.6 4 3.8m1-3.9c2 0 4 1.3 4 3.4',
  concept: 'M6 12.5h4M6.5 14.5h3M8 1.5a4.5 4.5 0 0 0-2.5 8.2V11h5V9.7A4.5 4.5 0 0 0 8 1.5Z',
};

export function KindIcon({ kind }: { kind: EntryKind }) {
  return (
    <svg class="kind-icon" viewBox="0 0 16 16" width="14" height="14" aria-hidden="true" focusable="false">
      <path
        d={PATHS[kind]}
        fill="none"
        stroke="currentColor"
        stroke-width="1.3"
        stroke-linecap="round"
        stroke-linejoin="round"
      />
    </svg>
  );
}
