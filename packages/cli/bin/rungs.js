#!/usr/bin/env node
// The `rungs` command. The CLI itself is the bundle the build writes to dist/; this small file is
// committed so the command's target exists before any build: on a fresh clone, pnpm links the bin
// into the workspace packages that depend on the CLI before dist/ is built, and warned "Failed to
// create bin … rungs" for each when the target was missing.
import module from 'node:module';

// Node 22.1 and later keep V8's compiled code for the bundle between runs (in Node's own cache
// folder, under the system's temporary one; NODE_DISABLE_COMPILE_CACHE=1 turns it off): compiling the
// bundle is most of a start. On Node 22 and 24, `rungs --version` takes about 13% less CPU with it.
// Node 20 has no such cache, and runs as before.
module.enableCompileCache?.();
try {
	await import('../dist/rungs.js');
} catch (error) {
	if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes('dist/rungs.js')) throw error;
	process.stderr.write('rungs: the CLI is not built yet: run `pnpm run build` in the repository first.\n');
	process.exitCode = 3;
}
