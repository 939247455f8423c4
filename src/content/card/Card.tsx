/** The hover card: what a reader sees about one entry, without leaving the page. */
import type { Entry, Lang } from '../../dossier/types';
import { kindLabel, localized, translator } from '../../ui/i18n';

export interface CardProps {
  entry: Entry;
  lang: Lang;
  /** How often the entry is marked on this page. */
  mentionsOnPage: number;
  onClose: () => void;
}

export function Card({ entry, lang, mentionsOnPage, onClose }: CardProps) {
  const t = translator(lang);
  const name = localized(entry.name, lang);
  return (
    <section class={`card kind-${entry.kind}`} role="dialog" aria-label={t('cardLabel', { name })}>
      <header>
        <span class="kind">{kindLabel(t, entry.kind)}</span>
        <button type="button" class="close" aria-label={t('cardClose')} onClick={onClose}>
          ×
        </button>
      </header>
      <h2 class="name">{name}</h2>
      <p class="role">{localized(entry.role, lang)}</p>
      <p class="summary">{localized(entry.summary, lang)}</p>
      {mentionsOnPage > 0 && <p class="meta">{t('mentionsCount', { count: mentionsOnPage })}</p>}
    </section>
  );
}
