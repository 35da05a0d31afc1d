#!/usr/bin/env node
// The `rungs` command. The CLI itself is the bundle the build writes to dist/; this small file is
// committed so the command's target exists before any build: on a fresh clone, pnpm links the bin
// into the workspace packages that depend on the CLI before dist/ is built, and warned "Failed to
// create bin … rungs" for each when the target was missing.
try {
	await import('../dist/rungs.js');
} catch (error) {
	if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/rungs.js')) throw error;
	process.stderr.write('rungs: the CLI is not built yet: run `pnpm run build` in the repository first.\n');
	process.exitCode = 3;
}
