/*
 * The packaging tests install packed tarballs and their dependencies from the npm registry. Without
 * the registry they are skipped, saying so, except under CI=true, where that is a failure.
 */
const registry = process.env.npm_config_registry || 'https://registry.npmjs.org/';

async function registryProblem(): Promise<string | undefined> {
	try {
		const response = await fetch(new URL('-/ping', registry), { signal: AbortSignal.timeout(10_000) });
		return response.ok ? undefined : `${registry} answered ${response.status}`;
	} catch (error) {
		return `${registry} cannot be reached (${error instanceof Error ? (error.cause as Error | undefined)?.message ?? error.message : String(error)})`;
	}
}

/** Why the registry cannot be used (then the caller skips), or undefined when it can. */
export async function registryOffline(): Promise<string | undefined> {
	const offline = await registryProblem();
	if (offline) {
		const message = `The packaging tests need the npm registry: ${offline}.`;
		if (process.env.CI === 'true') throw new Error(`${message} Under CI=true that is a failure.`);
		console.warn(`\n!!! ${message} The packaging tests are SKIPPED.\n`);
	}
	return offline;
}
