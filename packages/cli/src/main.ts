import { isMainThread, workerData } from 'node:worker_threads';
import { runBatchWorker, WORKER_TAG } from './commands/batch-workers.ts';
import { run } from './run.ts';

async function main(): Promise<void> {
	// A reader that stops early (`rungs … | head`) closes the pipe: that is not an error.
	for (const stream of [process.stdout, process.stderr]) {
		stream.on('error', (error: NodeJS.ErrnoException) => {
			if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
			throw error;
		});
	}
	process.exitCode = await run(process.argv.slice(2), {
		stdout: process.stdout,
		stderr: process.stderr,
		stdin: process.stdin,
		env: process.env,
		cwd: process.cwd(),
	});
}

// The same bundle runs the worker threads of `gap --batch`.
if (!isMainThread && (workerData as Record<string, unknown> | null)?.[WORKER_TAG]) runBatchWorker();
else await main();
