import { escapeHtml } from './html.ts';

/*
 * HTML for mail clients: Outlook's Word engine, Gmail's and Apple Mail's sanitisers drop what a
 * browser page relies on (style sheets, classes, CSS variables, SVG, scripts, flex and grid). What
 * survives is old HTML: tables for layout, every style inline, colours as hex, bars as table cells
 * of a width. The colours below keep text at 4.5:1 or more on white, and no meaning is carried by
 * colour alone: every bar has its number beside it.
 */

export const EMAIL = {
	text: '#1f2328',
	muted: '#59636e',
	line: '#d1d9e0',
	good: '#1a7f37',
	warn: '#9a6700',
	bad: '#cf222e',
	track: '#eef1f4',
	font: 'Arial, Helvetica, sans-serif',
} as const;

/** A style attribute from a property list, so every element carries its own. */
export const style = (css: Record<string, string | number>): string =>
	` style="${escapeHtml(
		Object.entries(css)
			.map(([k, v]) => `${k}:${v}`)
			.join(';'),
	)}"`;

export const cell = (content: string, css: Record<string, string | number> = {}, tag: 'td' | 'th' = 'td', attributes = ''): string =>
	`<${tag}${attributes}${style({ padding: '6px 8px', 'border-bottom': `1px solid ${EMAIL.line}`, 'text-align': 'left', 'vertical-align': 'top', ...css })}>${content}</${tag}>`;

/** A data table with a header row, and a caption unless the heading above already names it; `rows` are already rendered cells. */
export function dataTable(caption: string | undefined, headers: string[], rows: string[][]): string {
	const head = `<tr>${headers.map((h) => cell(escapeHtml(h), { 'font-weight': 'bold', color: EMAIL.muted, 'font-size': '13px' }, 'th', ' scope="col"')).join('')}</tr>`;
	const body = rows.map((r) => `<tr>${r.join('')}</tr>`).join('');
	return `<table role="table" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ 'border-collapse': 'collapse', 'font-family': EMAIL.font, 'font-size': '14px', color: EMAIL.text, margin: '0 0 16px' })}>${caption === undefined ? '' : `<caption${style({ 'text-align': 'left', 'font-size': '13px', color: EMAIL.muted, padding: '0 0 6px' })}>${escapeHtml(caption)}</caption>`}<thead>${head}</thead><tbody>${body}</tbody></table>`;
}

/**
 * A horizontal bar as a table: the filled part a cell of that share of the width, the rest the
 * track, and the label (a number, a rating) on the line below, so the bar is never the only way to
 * read the value and it narrows with a phone's screen. `share` is from 0 to 1.
 */
export function bar(share: number, colour: string, label: string): string {
	const filled = Math.round(Math.max(0, Math.min(1, share)) * 100);
	const part = (percent: number, background: string) =>
		percent > 0 ? `<td width="${percent}%" height="10"${style({ width: `${percent}%`, height: '10px', 'background-color': background, 'font-size': '1px', 'line-height': '1px', padding: '0' })}>&#160;</td>` : '';
	const text = `<td colspan="${filled > 0 && filled < 100 ? 2 : 1}"${style({ padding: '3px 0 0', 'font-family': EMAIL.font, 'font-size': '13px', color: EMAIL.text })}>${escapeHtml(label)}</td>`;
	return `<table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"${style({ 'border-collapse': 'collapse', width: '100%' })}><tr>${part(filled, colour)}${part(100 - filled, EMAIL.track)}</tr><tr>${text}</tr></table>`;
}

export const heading = (text: string, level: 1 | 2 = 2): string =>
	`<h${level}${style({ 'font-family': EMAIL.font, color: EMAIL.text, 'font-size': level === 1 ? '22px' : '17px', margin: level === 1 ? '0 0 8px' : '24px 0 8px' })}>${escapeHtml(text)}</h${level}>`;

export const paragraph = (text: string, css: Record<string, string | number> = {}): string =>
	`<p${style({ 'font-family': EMAIL.font, color: EMAIL.text, 'font-size': '14px', 'line-height': '1.45', margin: '0 0 10px', ...css })}>${text}</p>`;

/** A whole message body: one centred table 640 pixels wide at most, the width mail clients handle. */
export function emailDocument(lang: string, title: string, body: string): string {
	const outer = style({ margin: '0', padding: '0', 'background-color': '#ffffff' });
	const inner = style({ 'max-width': '640px', padding: '16px', 'font-family': EMAIL.font, color: EMAIL.text });
	return `<!doctype html>\n<html lang="${escapeHtml(lang)}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light"><title>${escapeHtml(title)}</title></head><body${outer}><table role="presentation" width="100%" cellpadding="0" cellspacing="0" border="0"><tr><td align="center"${style({ padding: '0' })}><table role="presentation" width="640" cellpadding="0" cellspacing="0" border="0"${style({ width: '100%', 'max-width': '640px' })}><tr><td${inner}>${body}</td></tr></table></td></tr></table></body></html>\n`;
}
