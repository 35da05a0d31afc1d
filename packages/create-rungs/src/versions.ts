/**
 * The versions the new repository depends on. They are read from the packages' own package.json
 * when create-rungs is built (scripts/build.js, run again on `pack`), so a published create-rungs
 * always names the versions published with it.
 */
export interface Versions {
	/** `@rungs/core`'s version. */
	readonly core: string;
	/** The `rungs` command line's version. */
	readonly cli: string;
	/** `@rungs/astro`'s version. */
	readonly astro: string;
	/** The range of `astro` that `@rungs/astro` works with. */
	readonly astroRange: string;
}

declare const CREATE_RUNGS_VERSIONS: Versions;
declare const CREATE_RUNGS_VERSION: string;

/** The versions baked in by the build; read only when running the built command. */
export const builtVersions = (): Versions => CREATE_RUNGS_VERSIONS;
/** create-rungs's own version, baked in by the build. */
export const ownVersion = (): string => CREATE_RUNGS_VERSION;
