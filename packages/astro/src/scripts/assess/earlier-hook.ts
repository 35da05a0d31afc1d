import type { Assessment, Framework } from '@rungs/core';
import { byId } from './dom.ts';

/*
 * The page's side of "Open an earlier assessment": the button and a hook the report calls after each
 * change. Everything that compares (core's progress over time, its growth plan and their renderers)
 * lives in earlier.ts, loaded with import() only when an earlier file is opened, so the page's
 * initial script does not grow.
 */

type EarlierView = typeof import('./earlier.ts');
let view: EarlierView | undefined;

/** Wires the earlier-file button; `current` gives the assessment on the page as a file would hold it. */
export function startEarlier(framework: Framework, current: () => Assessment): void {
	byId('open-earlier').addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		const file = input.files?.[0];
		input.value = '';
		if (!file) return;
		void import('./earlier.ts').then((loaded) => {
			view = loaded;
			return loaded.openEarlier(file, framework, current());
		});
	});
}

/** After the page's assessment changed: "Since last time" follows it, once an earlier file is open. */
export function refreshEarlier(framework: Framework, current: Assessment): void {
	view?.showSince(framework, current);
}
