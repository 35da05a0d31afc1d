import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../../', import.meta.url));

/** Child processes see no colour and send no telemetry; npm neither audits nor asks for funding. */
export const quietEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ASTRO_TELEMETRY_DISABLED: '1', npm_config_audit: 'false', npm_config_fund: 'false', npm_config_update_notifier: 'false' };

/** pnpm, as this run was started with it, or fetched the way the quick start does. */
function pnpm(args: string[], cwd: string): string {
	const execPath = process.env.npm_execpath;
	const [command, prefix] = execPath && /pnpm/.test(execPath) ? [process.execPath, [execPath]] : ['npx', ['--yes', 'pnpm@10.34.9']];
	return execFileSync(command, [...prefix, ...args], { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], timeout: 180_000 });
}

export interface Tarballs {
	readonly core: string;
	readonly cli: string;
	readonly astro: string;
	readonly create: string;
}

/** Packs the four published packages into `dir` as `pnpm pack` does for publishing (workspace: ranges made real, prepack run). */
export function packAll(dir: string): Tarballs {
	for (const name of ['core', 'cli', 'astro', 'create-rungs']) pnpm(['pack', '--pack-destination', dir], join(root, 'packages', name));
	const files = readdirSync(dir);
	const find = (pattern: RegExp) => join(dir, files.find((f) => pattern.test(f))!);
	return { core: find(/^rungs-core-\d/), cli: find(/^rungs-\d/), astro: find(/^rungs-astro-\d/), create: find(/^create-rungs-\d/) };
}

/** The version in a tarball's name, as pnpm writes it (`rungs-core-0.1.0.tgz`). */
export const versionOf = (tarball: string): string => /-(\d+\.\d+\.\d+[^/]*)\.tgz$/.exec(tarball)![1]!;

/** Runs a command to its end, with a generous limit: its exit code and everything it printed. */
export function run(command: string, args: string[], cwd: string, timeout = 300_000): { code: number | null; output: string; stderr: string } {
	const result = spawnSync(command, args, { cwd, encoding: 'utf8', env: quietEnv, timeout });
	return { code: result.status, output: `${result.stdout}\n${result.stderr}`, stderr: result.stderr };
}

/** A TCP port nobody listens on right now. */
export function freePort(): Promise<number> {
	return new Promise((resolve, reject) => {
		const server = createServer().listen(0, '127.0.0.1', () => {
			const address = server.address();
			server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('No port'))));
		});
	});
}

/**
 * Starts a long-running command (a preview server) in a process group of its own, resolving once
 * its output matches `ready`; rejects with its output if it exits first. `stop` ends the group.
 */
export function startUntil(command: string, args: string[], cwd: string, ready: RegExp): Promise<{ output: () => string; stop: () => void }> {
	const child = spawn(command, args, { cwd, env: quietEnv, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
	let output = '';
	const stop = () => {
		if (child.exitCode === null && child.pid) process.kill(-child.pid, 'SIGTERM');
	};
	return new Promise((resolve, reject) => {
		const onData = (chunk: Buffer) => {
			output += String(chunk);
			if (ready.test(output)) resolve({ output: () => output, stop });
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => reject(new Error(`\`${command} ${args.join(' ')}\` exited (${code}) before it was ready:\n${output}`)));
		child.on('error', reject);
	});
}
