import { byId } from '../assess/dom.ts';

/** Says what the page made of the files in its status box, a live region read out as it changes. */
export function say(text: string, kind: 'info' | 'error' = 'info'): void {
	const box = byId('status');
	box.className = `status status-${kind}`;
	box.textContent = text;
	box.hidden = false;
}
