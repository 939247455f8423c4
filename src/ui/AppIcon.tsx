/**
 * The Kontext icon (assets/icon/kontext.svg, the source of the toolbar and store PNGs) for
 * the heading of an extension page. Decorative next to the name, so screen readers skip it.
 */
import iconUrl from '../../assets/icon/kontext.svg';

export function AppIcon({ size }: { size: number }) {
  return <img class="app-icon" src={iconUrl} width={size} height={size} alt="" />;
}
