import { fileURLToPath } from 'node:url';
import ts from 'typescript';

export interface ApiEntry {
	name: string;
	kind: 'function' | 'class' | 'type' | 'constant';
	signature: string;
	description: string;
	examples: string[];
	throws: string[];
}

const coreSrc = fileURLToPath(new URL('../../../packages/core/src/', import.meta.url));
const tagText = (tag: ts.JSDocTagInfo) => ts.displayPartsToString(tag.text).trim();

const ENTRIES = ['index.ts', 'node.ts', 'astro.ts'] as const;
let program: ts.Program | undefined;

/** One program for every entry point: they share most of their files, and compiling is the cost. */
function coreProgram(): ts.Program {
	program ??= ts.createProgram(
		ENTRIES.map((entry) => `${coreSrc}${entry}`),
		{
			allowImportingTsExtensions: true,
			noEmit: true,
			module: ts.ModuleKind.NodeNext,
			moduleResolution: ts.ModuleResolutionKind.NodeNext,
			target: ts.ScriptTarget.ES2022,
			strict: true,
			types: ['node'],
		},
	);
	return program;
}

/**
 * The public API of one entry point of @rungs/core, read from its source and JSDoc with the
 * TypeScript compiler, so the reference cannot drift from the code.
 */
export function apiReference(entry: (typeof ENTRIES)[number]): ApiEntry[] {
	const file = `${coreSrc}${entry}`;
	const program = coreProgram();
	const checker = program.getTypeChecker();
	const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
	const entries: ApiEntry[] = [];
	for (const exported of checker.getExportsOfModule(moduleSymbol)) {
		const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
		const declaration = symbol.declarations?.[0];
		if (!declaration) continue;
		const description = ts.displayPartsToString(symbol.getDocumentationComment(checker)).trim();
		const tags = symbol.getJsDocTags(checker);
		const examples = tags.filter((t) => t.name === 'example').map(tagText);
		const throws = tags.filter((t) => t.name === 'throws').map(tagText);
		let kind: ApiEntry['kind'];
		let signature: string;
		if (symbol.flags & ts.SymbolFlags.Function || (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isArrowFunction(declaration.initializer))) {
			kind = 'function';
			const type = checker.getTypeOfSymbolAtLocation(symbol, declaration);
			signature = type.getCallSignatures().map((s) => `${exported.name}${checker.signatureToString(s, undefined, ts.TypeFormatFlags.NoTruncation)}`).join('\n');
		} else if (symbol.flags & ts.SymbolFlags.Class) {
			kind = 'class';
			signature = `class ${exported.name}`;
		} else if (symbol.flags & (ts.SymbolFlags.Interface | ts.SymbolFlags.TypeAlias)) {
			kind = 'type';
			signature = `type ${exported.name}`;
		} else {
			kind = 'constant';
			signature = `const ${exported.name}: ${checker.typeToString(checker.getTypeOfSymbolAtLocation(symbol, declaration), undefined, ts.TypeFormatFlags.NoTruncation).slice(0, 200)}`;
		}
		entries.push({ name: exported.name, kind, signature, description, examples, throws });
	}
	return entries.sort((a, b) => a.kind.localeCompare(b.kind) || a.name.localeCompare(b.name));
}
