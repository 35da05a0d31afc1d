import { byId, el } from './dom.ts';

/** Says something in the page's status box (a live region); problems go below, as plain text. */
export function status(message: string, kind: 'info' | 'error' = 'info', details: string[] = []): void {
	const box = byId('status');
	box.className = `status status-${kind}`;
	box.replaceChildren(el('p', {}, message), ...(details.length > 0 ? [el('pre', { class: 'problems' }, details.join('\n\n'))] : []));
	box.hidden = false;
}

/** Hands the person a file, made here in the browser. */
export function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = el('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}
