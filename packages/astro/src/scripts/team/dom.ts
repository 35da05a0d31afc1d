/*
 * The two DOM helpers of the self-assessment's scripts/assess/dom.ts, written again here rather than
 * imported: a module both pages shared would become a chunk of its own, and the self-assessment
 * page would pay for one more file at load (see tests/budgets.test.ts).
 */

/** Creates an element with attributes and children; text children are always set as text, never HTML. */
export function el<K extends keyof HTMLElementTagNameMap>(
	tag: K,
	attributes: Record<string, string | boolean | undefined> = {},
	...children: Array<Node | string | null | undefined | false>
): HTMLElementTagNameMap[K] {
	const element = document.createElement(tag);
	for (const [name, value] of Object.entries(attributes)) {
		if (value === undefined || value === false) continue;
		element.setAttribute(name, value === true ? '' : value);
	}
	for (const child of children) if (child !== null && child !== undefined && child !== false) element.append(child);
	return element;
}

/** The element with this id, or a clear error: the page and its script disagree. */
export function byId<T extends HTMLElement>(id: string): T {
	const element = document.getElementById(id);
	if (!element) throw new Error(`The page has no #${id}.`);
	return element as T;
}
