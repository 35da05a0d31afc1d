// The API reference of @rungs/core as Markdown, from its source and JSDoc, with TypeDoc and
// typedoc-plugin-markdown: one page per entry point plus an index. Deterministic (no dates, no
// source paths, stable order), so a test can regenerate it and compare byte for byte.
import { Application, Converter, IntrinsicType, ReflectionKind } from 'typedoc';
import { coreDir, entryPoints } from './entries.js';

/** Longer initialisers and string literals (the problem catalog, the report's CSS) are data, not documentation. */
const MAX_DEFAULT_VALUE = 80;

/**
 * TypeDoc converts a parameter or property from its resolved type, which expands a zod-inferred
 * alias (`Assessment = z.output<typeof AssessmentSchema>`) into its whole object literal: 2.5 KB for
 * `assess` alone. Converting from the declaration's own type node, when there is one, keeps the
 * name the source wrote, linked to its page.
 */
function preferWrittenTypes(app) {
	const convertType = app.converter.convertType.bind(app.converter);
	app.converter.convertType = (context, typeOrNode, node) => convertType(context, node ?? typeOrNode);
}

/** Members a class inherits from the platform's `Error` say nothing about Rungs. */
function isPlatformInherited(reflection) {
	const from = reflection.inheritedFrom;
	return from !== undefined && from.reflection === undefined;
}

function tidy(project, entries) {
	// Modules are named after their file (`node`); readers import them by specifier.
	const bySource = new Map(entries.map((entry) => [entry.source.replace(/^src\//, '').replace(/\.ts$/, ''), entry]));
	for (const module of project.children ?? []) {
		const entry = bySource.get(module.name);
		if (entry) module.name = entry.specifier;
	}
	const order = entries.map((entry) => entry.specifier);
	project.children?.sort((a, b) => order.indexOf(a.name) - order.indexOf(b.name));
	for (const reflection of Object.values(project.reflections)) {
		if (reflection.kindOf(ReflectionKind.Class)) {
			for (const child of [...(reflection.children ?? [])]) if (isPlatformInherited(child)) project.removeReflection(child);
		}
		if (!reflection.kindOf(ReflectionKind.Variable)) continue;
		if ((reflection.defaultValue?.length ?? 0) > MAX_DEFAULT_VALUE) delete reflection.defaultValue;
		// A constant's literal type already says its value.
		if (reflection.type?.type === 'literal') delete reflection.defaultValue;
		if (typeof reflection.type?.value === 'string' && reflection.type.value.length > MAX_DEFAULT_VALUE) reflection.type = new IntrinsicType('string');
	}
}

/** Writes the Markdown reference of every entry point into `outDir` (an absolute folder). */
export async function writeApiDocs(outDir) {
	const entries = entryPoints();
	const app = await Application.bootstrapWithPlugins({
		name: '@rungs/core',
		entryPoints: entries.map((entry) => `${coreDir}${entry.source}`),
		tsconfig: `${coreDir}tsconfig.json`,
		plugin: ['typedoc-plugin-markdown'],
		out: outDir,
		readme: 'none',
		// Source links would name lines that move with every edit, and absolute paths differ per machine.
		disableSources: true,
		hideGenerator: true,
		excludePrivate: true,
		excludeInternal: true,
		// `tsc -b` and the typecheck already report errors; TypeDoc need not check the program again.
		skipErrorChecking: true,
		logLevel: 'Warn',
		outputFileStrategy: 'modules',
		entryFileName: 'index',
		excludeScopesInPaths: true,
		flattenOutputFiles: true,
		hidePageHeader: true,
		hideBreadcrumbs: true,
		useCodeBlocks: true,
		expandParameters: true,
		parametersFormat: 'table',
		interfacePropertiesFormat: 'table',
		typeAliasPropertiesFormat: 'table',
		sanitizeComments: true,
		typeDeclarationVisibility: 'compact',
	});
	preferWrittenTypes(app);
	app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => tidy(context.project, entries));
	const project = await app.convert();
	if (!project) throw new Error('TypeDoc could not convert the entry points of @rungs/core.');
	await app.generateOutputs(project);
	if (app.logger.hasErrors()) throw new Error('TypeDoc reported errors while documenting @rungs/core.');
}
