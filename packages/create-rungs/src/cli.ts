import { main } from './main.ts';
import { builtVersions, ownVersion } from './versions.ts';

// The `create-rungs` command as npm runs it (`npm create rungs@latest <folder>`). A problem with the
// input is a message and exit 1 or 2 (main); anything else is a bug, shown with its stack, exit 3.
try {
	process.exitCode = await main(process.argv.slice(2), { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, cwd: process.cwd(), today: new Date().toISOString().slice(0, 10) }, builtVersions(), ownVersion());
} catch (error) {
	process.stderr.write(`create-rungs: a bug, please report it at https://github.com/rungs-dev/rungs/issues\n${error instanceof Error ? error.stack : String(error)}\n`);
	process.exitCode = 3;
}
