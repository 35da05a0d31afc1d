/**
 * Escapes text for HTML element content and attribute values.
 *
 * @example
 * escapeHtml('<b>"hi"</b>'); // "&lt;b&gt;&quot;hi&quot;&lt;/b&gt;"
 */
export const escapeHtml = (text: string): string =>
	text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/**
 * A link only for http(s) addresses; anything else (`javascript:`, `data:`) stays plain text.
 *
 * @example
 * safeLink('javascript:alert(1)', 'click'); // "click"
 */
export function safeLink(url: string | undefined, text: string): string {
	if (!url || !/^https?:\/\/[^\s]+$/i.test(url)) return escapeHtml(text);
	return `<a href="${escapeHtml(url)}" rel="noopener noreferrer">${escapeHtml(text)}</a>`;
}
