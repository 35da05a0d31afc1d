#!/usr/bin/env node
// Counts the behaviour statements each level adds and each ladder holds, shared competencies
// included, from @rungs/core's resolved model (the same numbers a reader meets on the site).
// Usage: node scripts/count-statements.js [ladders-dir] [--max-level N] [--max-ladder N]
// Exits 1 when a budget is exceeded, so it can guard an edit loop.
import { loadFramework } from '../packages/core/dist/node.js'; // built core, like generate-schemas.js

const args = process.argv.slice(2);
const option = (name, fallback) => {
	const at = args.indexOf(name);
	return at === -1 ? fallback : Number(args[at + 1]);
};
const dir = args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ?? 'matrices';
const maxLevel = option('--max-level', 20);
const maxLadder = option('--max-ladder', 90);

const loaded = await loadFramework(dir, { root: dir });
if (!loaded.ok) {
	for (const problem of loaded.problems) console.error(`${problem.file}: ${problem.code} ${problem.message ?? ''}`);
	process.exit(2);
}
let over = false;
for (const ladder of loaded.value.ladders) {
	let total = 0;
	const perLevel = ladder.levels.map((level) => {
		const count = ladder.competencies.reduce((sum, c) => sum + (c.expectations[level.id]?.length ?? 0), 0);
		total += count;
		if (count > maxLevel) over = true;
		return `${level.id}=${count}${count > maxLevel ? '!' : ''}`;
	});
	if (total > maxLadder) over = true;
	console.log(`${ladder.id}: ${total}${total > maxLadder ? '!' : ''} statements, ${ladder.competencies.length} competencies, ${ladder.levels.length} levels [${perLevel.join(' ')}]`);
}
process.exit(over ? 1 : 0);
