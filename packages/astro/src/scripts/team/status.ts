import { byId, el } from '../assess/dom.ts';

/** Says what the page made of the files in its status box, a live region read out as it changes. */
export function say(text: string, kind: 'info' | 'error' = 'info'): void {
	const box = byId('status');
	box.className = `status status-${kind}`;
	box.textContent = text;
	box.hidden = false;
}

/**
 * Says, as an alert, that something the page needs could not be had (a ladder's file, offline), with
 * a button that tries again. The button works once: trying again says "Reading…" in its place.
 */
export function offerRetry(text: string, label: string, retry: () => void): void {
	const box = byId('status');
	const again = el('button', { type: 'button', class: 'secondary' }, label);
	again.addEventListener('click', retry, { once: true });
	box.className = 'status status-error';
	box.replaceChildren(el('p', { role: 'alert', class: 'status-alert' }, text), again);
	box.hidden = false;
}
