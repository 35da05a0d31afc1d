// @ts-check
// The API reference is Markdown generated into packages/core/docs/api (`pnpm api`) and shipped in
// the package, where its links name the other files (`core.node.md#loadladders`). On the site each
// file is a page (/api/core-node/): this rewrites those links to the pages. Its tables of properties
// and parameters hold long inline types; so that no page scrolls sideways on a phone, each cell is
// given its column's name (`data-label`), and there the rows stack into cards that name each cell
// (site/src/styles/api-reference.css). No explicit ARIA roles: Chromium keeps a restyled table a
// table, and a role on each of the thousands of cells of /api/core/ slows its accessibility check by a fifth.

/** The site page of a reference file: `core.node` → `core-node`. */
export const apiPageId = (/** @type {string} */ name) => name.replace(/\.md$/, '').replaceAll('.', '-');

const FILE_LINK = /^([\w.-]+)\.md(#.*)?$/;

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
}

/** @param {any} node @returns {string} */
const textOf = (node) => (node.type === 'text' ? node.value : (node.children ?? []).map(textOf).join(''));

/** Names each body cell after its column's heading. @param {any} table */
function labelCells(table) {
	/** @type {string[]} */
	const headings = [];
	walk(table, (node) => {
		if (node.type === 'element' && node.tagName === 'th') headings.push(textOf(node).trim());
	});
	walk(table, (node) => {
		if (node.type !== 'element' || node.tagName !== 'tr') return;
		node.children
			.filter((/** @type {any} */ cell) => cell.type === 'element' && cell.tagName === 'td')
			.forEach((/** @type {any} */ cell, /** @type {number} */ i) => {
				if (headings[i]) cell.properties.dataLabel = headings[i];
			});
	});
}

export function rehypeApiReference() {
	/** @param {any} tree @param {{ path?: string }} file */
	return (tree, file) => {
		const path = (file.path ?? '').replaceAll('\\', '/');
		if (!path.includes('/packages/core/docs/api/')) return;
		// The index file is the /api/ page itself; the others are one folder down.
		const up = path.endsWith('/index.md') ? './' : '../';
		walk(tree, (node) => {
			if (node.type !== 'element') return;
			if (node.tagName === 'table') labelCells(node);
			const link = node.tagName === 'a' && typeof node.properties.href === 'string' ? FILE_LINK.exec(node.properties.href) : null;
			if (!link) return;
			const id = apiPageId(link[1]);
			node.properties.href = `${up}${id === 'index' ? '' : `${id}/`}${link[2] ?? ''}`;
		});
	};
}
