// The architecture of @rungs/core as rules, checked by tests/architecture.test.ts.
// Folders form a layer cake: a folder may import its own files and the layers below it, never a
// layer above and never a sibling on its own layer; only the entry files at the top of src/ see all.
const CORE = '^packages/core/src/';

/** Bottom first. Folders on one line are siblings: independent of each other. */
const LAYERS = [
	['messages'], // the message catalogs: every code's parameters and English words
	['schema'], // file formats as zod schemas, their limits and format ids
	['model'], // the resolved framework's types and the lookups over it
	['diagnostics'], // problems, their formatting, suggestions, locating a data path in YAML
	['source'], // bytes → text → YAML → plain data, with every guard
	['shape'], // plain data against a schema, as located problems
	['rules'], // what the schema cannot say: references, repeats, cross-file rules
	['resolve'], // shared competencies merged into each ladder
	['pipeline'], // the one pipeline every entry point shares: source → shape → rules → resolve
	// what a host does with a framework; import makes a ladder file from a spreadsheet or a CASE package
	// (beside export, whose formats it reads back: the two never import each other)
	['assess', 'diff', 'author', 'export', 'import', 'translate'],
	['migrate'], // moves an assessment across a ladder change (uses diff and author)
	['render'], // text, Markdown, HTML and SVG for people
	['progress'], // one person over time: progress, growth plans, goals (uses assess, migrate and render's words)
	['node'], // the file system (the /node entry only)
];

const forbidden = [
	{ name: 'no-cycles', severity: 'error', comment: 'Import cycles make the layers meaningless.', from: { path: CORE }, to: { path: CORE, circular: true } },
	{
		name: 'entries-only-at-top',
		severity: 'error',
		comment: 'Files inside a layer never import an entry file.',
		from: { path: `${CORE}[^/]+/` },
		to: { path: `${CORE}[^/]+\\.ts$` },
	},
	{
		name: 'no-unknown-folder',
		severity: 'error',
		comment: 'Every folder of src/ has a place in LAYERS.',
		from: { path: CORE, pathNot: `${CORE}(?:[^/]+\\.ts$|(?:${LAYERS.flat().join('|')})/)` },
		to: {},
	},
	{
		name: 'yaml-only-through-core',
		severity: 'error',
		comment: 'The CLI, the site and its integration read YAML through @rungs/core, which holds the guards.',
		from: { path: '^(?:packages/cli/src|packages/astro/src|site/src)/' },
		to: { path: 'node_modules/yaml/' },
	},
	{
		name: 'core-only-through-entries',
		severity: 'error',
		comment: 'The CLI, the site, its integration and the tests use @rungs/core through its public entries only.',
		from: { path: '^(?:packages/cli/src|packages/astro/src|site/src|tests|packages/cli/test)/' },
		to: { path: `${CORE}[^/]+/` },
	},
];
LAYERS.forEach((layer, index) => {
	for (const folder of layer) {
		const above = LAYERS.slice(index).flat().filter((other) => other !== folder);
		forbidden.push({
			name: `layer-${folder}`,
			severity: 'error',
			comment: `${folder}/ may import only ${LAYERS.slice(0, index).flat().join(', ') || 'nothing else in core'}.`,
			from: { path: `${CORE}${folder}/` },
			to: { path: `${CORE}(?:${above.join('|')})/` },
		});
	}
});

module.exports = {

	forbidden,
	options: {
		tsPreCompilationDeps: true,
		doNotFollow: { path: 'node_modules' },
		exclude: { path: '(?:^|/)(?:dist|node_modules)/' },
		enhancedResolveOptions: { conditionNames: ['@rungs/source', 'import', 'default'], exportsFields: ['exports'] },
	},
};
