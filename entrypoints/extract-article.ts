/**
 * Injected into the current tab only when the reader asks to add its article (popup):
 * nothing of it runs or loads on pages otherwise. Its result is plain data (text and
 * metadata strings), never the page's markup.
 */
import { extractArticle } from '@/src/article/extract';

export default defineUnlistedScript(() => extractArticle(document, location.href, getSelection()?.toString() ?? ''));
