#!/usr/bin/env node
// The `create-rungs` command. The command itself is the bundle the build writes to dist/; this small
// file is committed so the bin's target exists before any build (pnpm links bins on install).
try {
	await import('../dist/create-rungs.js');
} catch (error) {
	if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/create-rungs.js')) throw error;
	process.stderr.write('create-rungs: not built yet: run `pnpm run build` in the repository first.\n');
	process.exitCode = 3;
}
