import { run } from './run.ts';

const code = await run(process.argv.slice(2), {
	stdout: process.stdout,
	stderr: process.stderr,
	stdin: process.stdin,
	env: process.env,
	cwd: process.cwd(),
});
process.exitCode = code;
