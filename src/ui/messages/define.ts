/**
 * One message table per surface, German and English side by side. The type makes
 * a key missing from either language a compile error.
 */
export function defineMessages<const K extends string>(
  de: Record<K, string>,
  en: Record<NoInfer<K>, string>,
): { de: Record<K, string>; en: Record<K, string> } {
  return { de, en };
}
