import config from 'virtual:rungs/config';
import type { Framework } from '@rungs/core';
import { getExamples, getFramework } from './data.ts';

/*
 * The parts a site has, from its ladders and options: a part with nothing to show gets no page, no
 * navigation entry and no link (an organisation need not publish career paths, examples or guides).
 */

export interface SiteParts {
	/** Career paths between ladders or to other roles (a career-paths file with any path or destination). */
	paths: boolean;
	examples: boolean;
	guides: boolean;
}

/** True when the framework names any path between ladders or to a role outside them: moves up a ladder do not count. */
export const hasCareerPaths = (framework: Framework): boolean => framework.destinations.length > 0 || framework.paths.some((p) => !p.implied);

let parts: Promise<SiteParts> | undefined;

export function siteParts(): Promise<SiteParts> {
	parts ??= (async () => ({
		paths: hasCareerPaths(await getFramework()),
		examples: (await getExamples()).length > 0,
		guides: config.guides,
	}))();
	return parts;
}
