// The API reports of @rungs/core (`etc/<entry>.api.md`), one per entry point, with API Extractor:
// the whole public surface as declarations, so that every change to it shows in review.
// The declarations are always emitted afresh, from one whole program, into a temporary folder (about
// ten seconds): dist/ is built incrementally by `tsc -b`, and a checker that saw only the changed
// files prints unions in another order (`"other" | "document" | …`), so a report made from dist/
// flipped between runs on the same sources.
import { mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { CompilerState, Extractor, ExtractorConfig } from '@microsoft/api-extractor';
import ts from 'typescript';
import { coreDir, entryPoints, root } from './entries.js';

/** The declarations of every core source file, as `tsc` would emit them into dist/. */
function emitDeclarations(outDir) {
	const configFile = ts.getParsedCommandLineOfConfigFile(`${coreDir}tsconfig.json`, {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
	if (!configFile) throw new Error('Cannot read packages/core/tsconfig.json.');
	const options = { ...configFile.options, outDir, declaration: true, emitDeclarationOnly: true, declarationMap: true, sourceMap: false, composite: false, incremental: false, tsBuildInfoFile: undefined };
	const program = ts.createProgram(configFile.fileNames, options);
	const result = program.emit();
	// Type errors are the typecheck's to report (a full check here would triple the time): only emit failures count.
	const errors = result.diagnostics.filter((d) => d.category === ts.DiagnosticCategory.Error);
	if (errors.length > 0) {
		throw new Error(ts.formatDiagnostics(errors, { getCanonicalFileName: (f) => f, getCurrentDirectory: () => root, getNewLine: () => '\n' }));
	}
}

/** API Extractor's settings for one entry point; messages are collected, not printed. */
function extractorConfig(work, dts, entry, reportFolder) {
	return ExtractorConfig.prepare({
		configObject: {
			// Declaration maps lead warnings back to the sources, named relative to this folder: `src/node/load-files.ts:43:37`.
			projectFolder: coreDir,
			mainEntryPointFilePath: join(dts, entry.source.replace(/^src\//, '').replace(/\.ts$/, '.d.ts')),
			compiler: {
				overrideTsconfig: {
					compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], strict: true, skipLibCheck: true, types: ['node'], typeRoots: [join(root, 'node_modules/@types')] },
					include: [dts],
				},
				skipLibCheck: true,
			},
			apiReport: { enabled: true, reportFileName: `${entry.slug}.api.md`, reportFolder, reportTempFolder: join(work, 'temp') },
			docModel: { enabled: false },
			dtsRollup: { enabled: false },
			tsdocMetadata: { enabled: false },
			newlineKind: 'lf',
			messages: {
				compilerMessageReporting: { default: { logLevel: 'warning' } },
				extractorMessageReporting: {
					default: { logLevel: 'warning' },
					// Rungs marks no release stages (@public, @beta): every export is public.
					'ae-missing-release-tag': { logLevel: 'none' },
					// The report marks what has no comment (`(undocumented)`); TypeDoc's reference shows it too.
					'ae-undocumented': { logLevel: 'none' },
					// A type used by an export but not exported itself: worth seeing in review, in the report.
					'ae-forgotten-export': { logLevel: 'none', addToApiReportFile: true },
				},
				// TSDoc's stricter syntax is not the house's JSDoc (TypeDoc reads that); it says nothing about the surface.
				tsdocMessageReporting: { default: { logLevel: 'none' } },
			},
		},
		packageJsonFullPath: `${coreDir}package.json`,
		configObjectFullPath: undefined,
	});
}

/** Writes `<slug>.api.md` for every entry point into `reportFolder` (an absolute folder). */
export function writeApiReports(reportFolder) {
	const work = mkdtempSync(join(tmpdir(), 'rungs-api-report-'));
	try {
		const dts = join(work, 'dts');
		// The declarations import zod and yaml: resolve them from core's own dependencies.
		symlinkSync(join(coreDir, 'node_modules'), join(work, 'node_modules'), 'dir');
		emitDeclarations(dts);
		mkdirSync(reportFolder, { recursive: true });
		const warnings = [];
		const entries = entryPoints();
		const configs = entries.map((entry) => extractorConfig(work, dts, entry, reportFolder));
		// One compiler program for every entry point: they share most of their declarations.
		const compilerState = CompilerState.create(configs[0], { additionalEntryPoints: configs.map((config) => config.mainEntryPointFilePath) });
		for (const [index, entry] of entries.entries()) {
			const result = Extractor.invoke(configs[index], {
				localBuild: true,
				compilerState,
				messageCallback(message) {
					const said = message.logLevel === 'warning' || message.logLevel === 'error';
					// `console-*` messages narrate the run ("the report was missing, so it was created").
					if (said && !message.messageId.startsWith('console-')) warnings.push(`${entry.specifier}: ${message.formatMessageWithoutLocation()}`);
					message.handled = true;
				},
			});
			if (!result.succeeded && result.errorCount > 0) throw new Error(`API Extractor failed on ${entry.specifier}:\n${warnings.join('\n')}`);
		}
		return warnings;
	} finally {
		rmSync(work, { recursive: true, force: true });
	}
}
