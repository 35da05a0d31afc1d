// @ts-check
// The API reference is Markdown generated into packages/core/docs/api (`pnpm api`) and shipped in
// the package, where its links name the other files (`core.node.md#loadmatrices`). On the site each
// file is a page (/api/core-node/): this rewrites those links to the pages, and makes code blocks
// reachable by keyboard, since a long signature scrolls sideways.

/** The site page of a reference file: `core.node` → `core-node`. */
export const apiPageId = (/** @type {string} */ name) => name.replace(/\.md$/, '').replaceAll('.', '-');

const FILE_LINK = /^([\w.-]+)\.md(#.*)?$/;

/** @param {any} node @param {(node: any) => void} visit */
function walk(node, visit) {
	visit(node);
	for (const child of node.children ?? []) walk(child, visit);
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
			if (node.tagName === 'pre') node.properties.tabIndex = 0;
			const link = node.tagName === 'a' && typeof node.properties.href === 'string' ? FILE_LINK.exec(node.properties.href) : null;
			if (!link) return;
			const id = apiPageId(link[1]);
			node.properties.href = `${up}${id === 'index' ? '' : `${id}/`}${link[2] ?? ''}`;
		});
	};
}
