import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/** Every function the package exports, with whether its declaration carries an `@example`. */
function exportedFunctions(entry: string): Array<{ name: string; hasExample: boolean; hasDoc: boolean }> {
	const file = new URL(`../src/${entry}`, import.meta.url).pathname;
	const program = ts.createProgram([file], { allowImportingTsExtensions: true, noEmit: true, module: ts.ModuleKind.NodeNext, moduleResolution: ts.ModuleResolutionKind.NodeNext });
	const checker = program.getTypeChecker();
	const moduleSymbol = checker.getSymbolAtLocation(program.getSourceFile(file)!)!;
	return checker.getExportsOfModule(moduleSymbol).flatMap((exported) => {
		const symbol = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported;
		const declaration = symbol.declarations?.[0];
		const isFunction = declaration && (ts.isFunctionDeclaration(declaration) || (ts.isVariableDeclaration(declaration) && declaration.initializer && ts.isArrowFunction(declaration.initializer)));
		if (!isFunction) return [];
		const tags = ts.getJSDocTags(ts.isVariableDeclaration(declaration) ? declaration.parent.parent : declaration);
		const docs = symbol.getDocumentationComment(checker);
		return [{ name: exported.name, hasExample: tags.some((t) => t.tagName.text === 'example'), hasDoc: docs.length > 0 }];
	});
}

describe.each(['index.ts', 'render.ts', 'schema.ts', 'import.ts', 'team.ts', 'translate.ts', 'node.ts', 'astro.ts'])('public functions of %s', (entry) => {
	const functions = exportedFunctions(entry);
	it('are found', () => expect(functions.length).toBeGreaterThan(entry === 'index.ts' ? 15 : 0));
	it.each(functions.map((f) => [f.name, f] as const))('%s has a description and an @example', (_name, f) => {
		expect(f).toMatchObject({ hasDoc: true, hasExample: true });
	});
});

describe('the main entry', () => {
	it('holds at most 40 runtime exports: what a host calls, nothing else', async () => {
		const names = Object.keys(await import('@rungs/core'));
		expect(names.length).toBeLessThanOrEqual(40);
		// Renderer internals, escaping helpers and schemas live elsewhere or nowhere.
		for (const internal of ['escapeHtml', 'safeLink', 'escapeMarkdown', 'codeFrame', 'REPORT_CSS', 'AssessmentSchema', 'PROBLEMS']) expect(names).not.toContain(internal);
	});
});
