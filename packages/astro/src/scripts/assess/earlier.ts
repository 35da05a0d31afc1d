// Loaded only when a person opens an earlier assessment of themselves: it brings core's progress over
// time and growth plan with their renderers, and the validator. Nothing leaves the browser: the file
// is read here, compared here and shown here.
import { assess, type Assessment, type Framework, type Messages, type ValidatedAssessment } from '@rungs/core';
import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { planGrowth, trackProgress } from '@rungs/core/team';
import { byId } from './dom.ts';
import { status } from './page-ui.ts';
import { checkAssessmentText, decodeSource, explain, laddersNamed, tooLarge } from './validate.ts';
import { laddersOf, loadLadders } from './ladders.ts';
import { titlesOf } from './ladder-view.ts';
import { showSinceIn, type Since } from './progress-view.ts';
import { fill, messages, pageLang, words as w } from './words.ts';

/** The earlier assessment the page compares with, as read from its file (its text locates its problems). */
let earlier: Since | undefined;

/**
 * The library's words for progress and plans in the page's language: the page's own catalog words
 * gap reports and problems only, so a language's whole catalog loads here, and only its own.
 */
const CATALOGS: Readonly<Record<string, () => Promise<Partial<Messages>>>> = {
	fr: () => import('./progress-french.ts').then((m) => m.frenchMessages),
};
let catalog: Partial<Messages> | undefined;

/** Reads an earlier assessment from a file, checks it as a saved one is checked, and compares. */
export async function openEarlier(file: File, pageFramework: Framework, current: Assessment): Promise<void> {
	let framework = pageFramework;
	status(fill(w.checking, { origin: file.name }));
	// The size is checked before the file is read, as for a saved assessment.
	if (file.size > MAX_SOURCE_BYTES) return status(fill(w.earlierNotOpened, { origin: file.name }), 'error', [tooLarge(file.name, file.size)]);
	const decoded = decodeSource(file.name, new Uint8Array(await file.arrayBuffer()));
	if (decoded.problems.length > 0) {
		return status(`${fill(w.earlierNotOpened, { origin: file.name })} ${w.notOpenedWhy}`, 'error', decoded.problems.map(explain));
	}
	// The earlier file may name a ladder the page has not loaded (a target since changed, say).
	try {
		framework = await loadLadders([...laddersNamed(decoded.file.text), ...laddersOf(current)]);
	} catch {
		return status(fill(w.ladderUnavailable, { ladder: titlesOf(framework, laddersNamed(decoded.file.text)) }), 'error');
	}
	const checked = checkAssessmentText(file.name, decoded.file.text, framework);
	if (!checked.assessment) {
		return status(`${fill(w.earlierNotOpened, { origin: file.name })} ${w.notOpenedWhy}`, 'error', checked.problems.map(explain));
	}
	const candidate: Since = { name: file.name, assessment: checked.assessment as ValidatedAssessment, text: decoded.file.text };
	const compared = compare(framework, current, candidate);
	if (!compared.ok) {
		// Another person, another ladder, a later date: said as sentences, and the earlier file kept as it was.
		return status(fill(w.earlierNotComparable, { origin: file.name }), 'error', compared.problems.map(explain));
	}
	earlier = candidate;
	catalog = await CATALOGS[pageLang.split('-')[0]!.toLowerCase()]?.();
	showSince(framework, current);
	const notes = [...checked.problems, ...compared.warnings].map(explain);
	status(`${fill(w.earlierOpened, { origin: file.name })}${notes.length > 0 ? ` ${w.readNotes}` : ''}`, 'info', notes);
}

/** Progress from the earlier file to the page's assessment; its problems located in the earlier file. */
function compare(framework: Framework, current: Assessment, since: Since) {
	return trackProgress(framework, current as ValidatedAssessment, [{ assessment: since.assessment, source: { path: since.name, text: since.text } }]);
}

/** Shows "Since last time" and "What to work on next" for the page's assessment, if an earlier file is open. */
export function showSince(framework: Framework, current: Assessment): void {
	if (!earlier) return;
	const progress = compare(framework, current, earlier);
	const gap = assess(framework, current as ValidatedAssessment);
	const plan = gap.ok ? planGrowth(framework, gap.value) : undefined;
	showSinceIn(earlier, {
		progress: progress.ok ? progress.value : undefined,
		problems: progress.ok ? [] : progress.problems.map(explain),
		plan: plan?.ok ? plan.value : undefined,
		messages: catalog ?? messages(),
	});
}

// Stops comparing when the person closes the section (progress-view.ts): later edits show nothing more.
byId('since').addEventListener('since-closed', () => {
	earlier = undefined;
});
