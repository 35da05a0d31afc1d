import { byId, el } from './dom.ts';
import { words } from './words.ts';

/** A problem twice over: the sentence a person reads, and the located frame with its code for whoever edits the file. */
export interface Explained {
	plain: string;
	framed: string;
}

/**
 * Says something in the page's status box (a live region). Problems follow as sentences; their
 * codes, lines and frames wait inside a details element for the curious, as plain text.
 */
export function status(message: string, kind: 'info' | 'error' = 'info', problems: readonly Explained[] = []): void {
	const box = byId('status');
	box.className = `status status-${kind}`;
	const plain = [...new Set(problems.map((problem) => problem.plain))];
	box.replaceChildren(
		el('p', {}, ...withCode(message)),
		...(plain.length > 0 ? [el('ul', { class: 'problem-list' }, ...plain.map((text) => el('li', {}, ...withCode(text))))] : []),
		...(problems.length > 0
			? [el('details', { class: 'problem-details' }, el('summary', {}, words.problemDetails), el('pre', { class: 'problems' }, problems.map((problem) => problem.framed).join('\n\n')))]
			: []),
	);
	box.hidden = false;
}

/**
 * A sentence whose backticked parts (a value quoted from the file: "Unknown level `senor`") become
 * <code> elements, the rest text: never HTML, so nothing from a file can become markup.
 */
export function withCode(text: string): Array<Node | string> {
	return text.split(/`([^`\n]+)`/).map((part, i) => (i % 2 === 1 ? el('code', {}, part) : part)).filter((part) => part !== '');
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
