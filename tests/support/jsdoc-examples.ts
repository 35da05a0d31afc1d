import ts from 'typescript';
import { coreDir, entryPoints } from '../../scripts/api/entries.js';

export interface JsdocExample {
	/** The entry point that exports it, as a caller imports it: `@rungs/core/node`. */
	specifier: string;
	/** The exported name whose JSDoc holds it; `assess`, or `assess #2` for a second example. */
	name: string;
	/** The example's code, without a Markdown fence. */
	code: string;
}

export interface PublicSurface {
	examples: JsdocExample[];
	/** Every runtime (value) export of each entry point, to import into the examples. */
	values: Map<string, string[]>;
}

/** The code of an `@example` tag: TypeDoc shows a fenced block as it is, plain text as TypeScript. */
function exampleCode(tag: ts.JSDocTag): string {
	const text = ts.getTextOfJSDocComment(tag.comment) ?? '';
	const fenced = /^```\w*\n([^]*?)\n```\s*$/.exec(text.trim());
	return (fenced ? fenced[1]! : text).trim();
}

/**
 * The `@example` blocks of every public declaration of @rungs/core (every entry in its package.json
 * `exports`), read with the TypeScript compiler from the sources, as TypeDoc reads them.
 */
export function publicSurface(): PublicSurface {
	const entries = entryPoints();
	const files = entries.map((entry) => `${coreDir}${entry.source}`);
	const program = ts.createProgram(files, { allowImportingTsExtensions: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext, types: ['node'] });
	const checker = program.getTypeChecker();
	const examples: JsdocExample[] = [];
	const values = new Map<string, string[]>();
	for (const [index, entry] of entries.entries()) {
		const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(files[index]!)!)!;
		const names: string[] = [];
		for (const exported of checker.getExportsOfModule(moduleSymbol)) {
			const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
			if (symbol.flags & ts.SymbolFlags.Value) names.push(exported.name);
			const tags = (symbol.declarations ?? []).flatMap((declaration) => {
				const node = ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration;
				return ts.getJSDocTags(node).filter((tag) => tag.tagName.text === 'example');
			});
			tags.forEach((tag, i) => examples.push({ specifier: entry.specifier, name: i === 0 ? exported.name : `${exported.name} #${i + 1}`, code: exampleCode(tag) }));
		}
		values.set(entry.specifier, names.sort());
	}
	return { examples: examples.sort((a, b) => a.specifier.localeCompare(b.specifier) || a.name.localeCompare(b.name)), values };
}
