import { MAX_SOURCE_BYTES } from '@rungs/core/schema';
import { type Assessment, type Framework, type Messages, type Rating } from '@rungs/core';
import { byId, el } from './dom.ts';
import { renderCompetencies, renderEvidence, renderSetup } from './form.ts';
import { showReport } from './report-view.ts';
import { decodeShare, encodeShare, MAX_LINK_CHARS, ShareLinkError } from './share.ts';
import { cleaned, forMove, isEmptyRating, newAssessment, targetFromKey, withCurrent, withLadder } from './state.ts';
import { download, status, type Explained } from './page-ui.ts';
import { isDraftFile, readDraftText } from './draft-format.ts';
import { bringBack, keepDraft, storedDraft } from './draft-keeper.ts';
import { keptEntry, keptFile, renderKept } from './kept-view.ts';
import { clearDraft, discardAll, discardKept, DRAFT_KEY, isKeptKey, keepAside, readDraft, type KeptDraft } from './storage.ts';
import { fill, loadProblemWords, pageLang, useMessages, words as w } from './words.ts';
import { refreshEarlier, startEarlier } from './earlier-hook.ts';
import { currentFramework, isLoaded, laddersOf, loadFramework, loadLadders } from './ladders.ts';
import { showLoading, showUnavailable, titlesOf } from './ladder-view.ts';

/** The page's framework: every ladder's levels at start, a ladder's competencies once loaded (kept up to date from ladders.ts). */
let framework: Framework;
let assessment: Assessment;
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether this visit changed anything: an untouched page keeps no draft, so the next visit stays light. */
let edited = false;
/**
 * Whether the page shows the stored draft (or there is none), so the next edit continues it. False
 * when the page shows a file, a share link, a move or a draft brought back, or when another tab
 * wrote the draft: the next edit then keeps the stored draft aside before replacing it.
 */
let continuing = true;
/** The assessment as last written to the draft by this page. */
let written = '';

/** The validator and the YAML writer, fetched from this site only when a file or link is opened or made, with the words of problems. */
const validator = () => Promise.all([import('./validate.ts'), loadProblemWords()]).then(([module]) => module);

function refresh(structure: boolean): void {
	framework = currentFramework();
	const needed = laddersOf(assessment);
	if (!isLoaded(needed)) {
		renderSetup(framework, assessment);
		return void waitFor(needed);
	}
	if (structure) {
		renderSetup(framework, assessment);
		renderCompetencies(framework, assessment);
	}
	try {
		showReport(framework, cleaned(assessment, w.unnamed));
		refreshEarlier(framework, cleaned(assessment, w.unnamed));
	} catch {
		// Only a draft edited outside this page could hold something the report cannot follow.
		byId('report').textContent = w.reportUnavailable;
	}
}

/**
 * Loads the ladders the assessment needs, then draws its form and report. Until then the form says
 * so; if a ladder cannot be loaded (offline before it was ever picked), it says that and offers to try again.
 */
async function waitFor(ids: readonly string[]): Promise<void> {
	showLoading(framework, ids);
	try {
		framework = await loadLadders(ids);
	} catch {
		return showUnavailable(framework, ids, () => refresh(true));
	}
	// Another ladder may have been picked meanwhile: draw what the page holds now, if it is all there.
	if (isLoaded(laddersOf(assessment))) refresh(true);
}

/** Loads the ladders named before a check that needs them; false (and says why) when one cannot be loaded. */
async function ladderReady(ids: readonly string[]): Promise<boolean> {
	try {
		framework = await loadLadders(ids);
		return true;
	} catch {
		status(fill(w.ladderUnavailable, { ladder: titlesOf(framework, ids) }), 'error');
		return false;
	}
}

/** After a change the person made: show it, and keep the draft a moment later. */
function edit(structure: boolean): void {
	edited = true;
	refresh(structure);
	clearTimeout(saveTimer);
	byId('draft-state').dataset.kept = 'no';
	saveTimer = setTimeout(saveDraft, 250);
}

/** Writes the draft now, and says what happened to it. */
function saveDraft(): void {
	clearTimeout(saveTimer);
	// Leaving the page after the write changes nothing, and rewrites nothing.
	if (continuing && JSON.stringify(assessment) === written) {
		byId('draft-state').dataset.kept = 'yes';
		return;
	}
	const result = keepDraft(assessment, continuing, framework);
	if (result !== 'no-room' && result !== 'no-storage') written = JSON.stringify(assessment);
	const state = byId('draft-state');
	if (result === 'no-storage') state.textContent = w.noStorage;
	else if (result === 'no-room') state.textContent = w.noRoom;
	else state.textContent = fill(w.draftKeptAt, { time: new Date().toLocaleTimeString(pageLang) });
	if (result === 'kept' || result === 'kept-and-set-aside') {
		continuing = true;
		state.dataset.kept = 'yes';
	}
	if (result === 'kept-and-set-aside') {
		status(w.keptAside);
		renderKept(framework);
	}
}

function ratingOf(id: string): Rating {
	const existing = Object.hasOwn(assessment.ratings, id) ? assessment.ratings[id] : undefined;
	if (existing) return existing;
	const created: Rating = { evidence: [] };
	assessment.ratings[id] = created;
	return created;
}

/** A rating the person has just emptied goes, so "Not rated" leaves nothing behind in the file. */
function forgetIfEmpty(id: string, rating: Rating): void {
	if (isEmptyRating(rating)) delete assessment.ratings[id];
}

// --- Edits -----------------------------------------------------------------------------------

function onSetupChange(event: Event): void {
	const target = event.target as HTMLInputElement | HTMLSelectElement;
	switch (target.id) {
		case 'ladder':
			assessment = withLadder(framework, assessment, target.value);
			return edit(true);
		case 'current':
			assessment = withCurrent(framework, assessment, target.value);
			return edit(true);
		case 'target':
			assessment.target = targetFromKey(assessment, target.value);
			return edit(true);
		case 'person-name':
			assessment.person = { ...assessment.person, name: target.value };
			return edit(false);
		case 'assessor-role':
			assessment.assessor = { ...assessment.assessor, role: target.value as Assessment['assessor']['role'] };
			return edit(false);
		case 'assessment-date':
			// Kept as the field holds it, even empty: a draft restores the form exactly; saving checks it.
			assessment.date = target.value;
			return edit(false);
		case 'assessment-notes':
			assessment.notes = target.value;
			return edit(false);
	}
}

function onCompetencyInput(event: Event): void {
	const target = event.target as HTMLInputElement;
	const id = target.dataset.competency;
	const field = target.dataset.field;
	if (!id || !field) return;
	const rating = ratingOf(id);
	const index = Number(target.dataset.index);
	if (field === 'rating') {
		if (target.value) rating.rating = target.value;
		else delete rating.rating;
	} else if (field === 'confidence') {
		if (target.value) rating.confidence = target.value as NonNullable<Rating['confidence']>;
		else delete rating.confidence;
	} else if (field === 'note') rating.note = target.value;
	else if (field === 'evidence-summary') rating.evidence[index]!.summary = target.value;
	else if (field === 'evidence-url') rating.evidence[index]!.url = target.value;
	forgetIfEmpty(id, rating);
	edit(false);
}

function onCompetencyClick(event: Event): void {
	const button = (event.target as HTMLElement).closest('button');
	const id = button?.dataset.competency;
	if (!button || !id) return;
	const rating = ratingOf(id);
	if (button.dataset.action === 'add-evidence') {
		rating.evidence.push({ summary: '' });
		renderEvidence(assessment, id);
		byId<HTMLInputElement>(`ev-${id}-${rating.evidence.length - 1}-summary`).focus();
	} else if (button.dataset.action === 'remove-evidence') {
		rating.evidence.splice(Number(button.dataset.index), 1);
		renderEvidence(assessment, id);
		byId(`competency-${id}`).querySelector<HTMLElement>('[data-action="add-evidence"]')?.focus();
	}
	forgetIfEmpty(id, rating);
	edit(false);
}

// --- Files, links and drafts -----------------------------------------------------------------

const fileName = (ext: string) => {
	const who = (assessment.person.name.trim() || 'me').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'me';
	return `assessment-${who}-${assessment.date}.${ext}`;
};

/**
 * The page now shows something other than the stored draft. Nothing is written: only the person's
 * own edits start a draft, and the first of them keeps the stored draft aside (see draft-keeper.ts).
 */
function show(next: Assessment): void {
	clearTimeout(saveTimer);
	if (edited) saveDraft();
	assessment = next;
	continuing = false;
	edited = false;
	refresh(true);
}

/** Opens an assessment from text; returns false (and says why) when it is not valid. */
async function openText(name: string, text: string, origin: string): Promise<boolean> {
	status(aboutOrigin(w.checking, origin));
	const { checkAssessmentText, explain, laddersNamed } = await validator();
	if (!(await ladderReady(laddersNamed(text)))) return false;
	const checked = checkAssessmentText(name, text, framework);
	if (!checked.assessment) {
		const problems = checked.problems.map(explain);
		status(`${aboutOrigin(w.notOpened, origin)} ${w.notOpenedWhy}`, 'error', problems);
		offerAsDraft(text, origin, problems);
		return false;
	}
	show(checked.assessment);
	const warnings = checked.problems.map(explain);
	status(`${aboutOrigin(w.opened, origin)}${warnings.length > 0 ? ` ${w.readNotes}` : ''}${draftNote()}`, 'info', warnings);
	return true;
}

/**
 * A sentence about a file or link: a file keeps its own name as written (never capitalised), while
 * words such as "the shared link" take a capital when the language puts them first.
 */
const aboutOrigin = (template: string, origin: string): string => {
	const text = fill(template, { origin });
	return origin === w.theSharedLink && text.startsWith(origin) ? `${text[0]!.toUpperCase()}${text.slice(1)}` : text;
};

/**
 * An assessment that is not complete yet (a draft downloaded from an earlier version of this page,
 * say) can still be opened as the work in progress it is, by the person's choice: then they finish
 * what the problems list and save. Offered only when the form can show all of it.
 */
function offerAsDraft(text: string, origin: string, problems: Explained[]): void {
	const read = readDraftText(text, framework);
	if (!read.ok) return;
	const button = el('button', { type: 'button', class: 'secondary' }, w.openAsDraft);
	button.addEventListener('click', () => {
		show(read.assessment);
		status(`${aboutOrigin(w.openedAsDraft, origin)}${draftNote()}`, 'info', problems);
	});
	byId('status').append(button);
}

/** What happens to the person's own draft while the page shows something else. */
const draftNote = () => (readDraft() !== undefined ? ` ${w.draftNote}` : '');

/** A draft downloaded from this page, opened as the work in progress it is. */
function openDraftFile(name: string, text: string): void {
	const read = readDraftText(text, framework);
	if (!read.ok) return status(fill(w.draftFileUnreadable, { name, reason: read.reason }), 'error');
	show(read.assessment);
	status(`${fill(w.openedDraftFile, { name })}${draftNote()}`);
}

async function onFileChosen(event: Event): Promise<void> {
	const input = event.target as HTMLInputElement;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return;
	// Whatever was on the page is the person's draft (written first by show()); only without storage can it be lost.
	if (readDraft() === undefined && edited && !confirm(w.confirmReplace)) return;
	const { decodeSource, explain, tooLarge } = await validator();
	// The size is checked before the file is read: a huge file chosen by mistake is never loaded.
	if (file.size > MAX_SOURCE_BYTES) return status(fill(w.notOpened, { origin: file.name }), 'error', [tooLarge(file.name, file.size)]);
	const decoded = decodeSource(file.name, new Uint8Array(await file.arrayBuffer()));
	if (decoded.problems.length > 0) {
		return status(`${fill(w.notOpened, { origin: file.name })} ${w.notOpenedWhy}`, 'error', decoded.problems.map(explain));
	}
	if (isDraftFile(decoded.file.text)) return openDraftFile(file.name, decoded.file.text);
	await openText(file.name, decoded.file.text, file.name);
}

/** The assessment as a file holds it, or undefined (with what to finish first) when it is not complete yet. */
async function complete(action: 'saved' | 'shared'): Promise<Assessment | undefined> {
	const { checkForSaving } = await validator();
	if (!(await ladderReady(laddersOf(assessment)))) return undefined;
	const checked = checkForSaving(cleaned(assessment, w.unnamed), framework);
	if (checked.ok) return checked.assessment;
	const count = checked.problems.length === 1 ? w.oneThing : fill(w.things, { n: checked.problems.length });
	status(fill(action === 'saved' ? w.notSavedYet : w.notSharedYet, { count }), 'error', checked.problems);
	return undefined;
}

async function saveFile(kind: 'yaml' | 'json'): Promise<void> {
	const out = await complete('saved');
	if (!out) return;
	if (kind === 'json') return download(fileName('json'), `${JSON.stringify(out, null, 2)}\n`, 'application/json');
	const { toYaml } = await validator();
	download(fileName('yaml'), toYaml(out), 'application/yaml');
}

async function makeShareLink(): Promise<void> {
	const out = await complete('shared');
	if (!out) return;
	const fragment = await encodeShare(JSON.stringify(out));
	const link = `${location.origin}${location.pathname}#${fragment}`;
	const output = byId<HTMLInputElement>('share-link');
	output.value = link;
	byId('share-result').hidden = false;
	output.focus();
	output.select();
}

async function copyShareLink(): Promise<void> {
	const output = byId<HTMLInputElement>('share-link');
	// Nothing to copy until a link is made (the box is hidden until then; this guards a stale click).
	if (!output.value) return;
	try {
		await navigator.clipboard.writeText(output.value);
		byId('share-copied').textContent = w.copied;
	} catch {
		output.select();
		byId('share-copied').textContent = w.copyByHand;
	}
}

function clearAll(): void {
	if (!confirm(w.confirmClear)) return;
	clearTimeout(saveTimer);
	discardAll();
	written = '';
	edited = false;
	continuing = true;
	assessment = newAssessment(framework, assessment.ladder.id);
	refresh(true);
	renderKept(framework);
	byId('share-result').hidden = true;
	byId('draft-state').textContent = '';
	status(w.cleared);
}

// --- Earlier drafts ------------------------------------------------------------------------------

function onKeptClick(event: Event): void {
	const button = (event.target as HTMLElement).closest('button');
	const entry = keptEntry(button?.closest<HTMLElement>('[data-key]')?.dataset.key);
	if (!button || !entry) return;
	if (button.dataset.action === 'restore') restoreKept(entry);
	else if (button.dataset.action === 'download') download(...keptFile(entry, framework));
	else if (button.dataset.action === 'discard' && confirm(w.confirmDiscard)) {
		discardKept(entry.key);
		renderKept(framework);
	}
}

/** Brings an earlier draft back; the draft it replaces is kept aside in turn, so this can be undone. */
function restoreKept(entry: KeptDraft): void {
	clearTimeout(saveTimer);
	if (edited) saveDraft();
	const back = bringBack(entry, framework);
	if (!back) return status(w.bringBackNoRoom, 'error');
	assessment = back;
	written = JSON.stringify(back);
	continuing = true;
	edited = false;
	refresh(true);
	renderKept(framework);
	status(w.broughtBack);
}

// --- Start -------------------------------------------------------------------------------------

/**
 * Opens what the address's fragment holds: a share link (`#a=…`) or a move (`#from=…&to=…`).
 * 'none' when it holds neither (a jump to a heading, say); 'failed' when a link could not be read.
 */
async function openFragment(): Promise<'opened' | 'failed' | 'none'> {
	const hash = location.hash.replace(/^#/, '');
	// A link longer than any assessment makes is refused by decodeShare before it is even parsed.
	const params = hash.length > MAX_LINK_CHARS ? new URLSearchParams('a') : new URLSearchParams(hash);
	if (params.has('a')) {
		// A share link: open it, then drop it from the address bar so later edits are not confused with it.
		// It is not stored: only the recipient's own edits start a draft.
		history.replaceState(null, '', location.pathname);
		try {
			if (await openText('share-link.json', await decodeShare(hash), w.theSharedLink)) return 'opened';
		} catch (error) {
			status(error instanceof ShareLinkError ? error.message : w.linkUnreadable, 'error');
		}
		return 'failed';
	}
	if (params.has('from') && params.has('to')) {
		history.replaceState(null, '', location.pathname);
		show(forMove(framework, params.get('from') ?? '', params.get('to') ?? ''));
		const note = draftNote();
		if (note) status(`${w.newForMove}${note}`);
		return 'opened';
	}
	return 'none';
}

async function start(): Promise<void> {
	renderKept(framework);
	const opened = await openFragment();
	if (opened !== 'opened') await restoreDraft(opened === 'none');
}

/** Shows the stored draft; one that cannot be read is kept aside, never overwritten. */
async function restoreDraft(announce: boolean): Promise<void> {
	const stored = storedDraft(framework);
	if (stored?.read.ok) {
		assessment = stored.read.assessment;
		continuing = true;
		if (announce) byId('draft-state').textContent = w.draftBack;
	} else if (stored) {
		// The next edit keeps it aside before it writes (continuing is false); say so now, and offer it.
		continuing = false;
		const kept = keepDraftAsideNow(stored.text);
		status(`${fill(w.draftUnreadable, { reason: stored.read.ok ? '' : stored.read.reason })} ${kept ? w.draftUnreadableKept : w.draftUnreadableUntouched}`, 'error');
	}
	refresh(true);
}

/** Moves an unreadable stored draft aside at once, so it is listed and the page starts clean. */
function keepDraftAsideNow(text: string): boolean {
	if (!keepAside(text, 'unreadable')) return false;
	clearDraft();
	continuing = true;
	renderKept(framework);
	return true;
}

// --- Wiring ----------------------------------------------------------------------------------

/**
 * Starts the page, its problems and report worded by the library's catalog for the page's language
 * (English, the library's own, when none is given). Called by the page's entry script (main-en.ts,
 * main-fr.ts), so the catalog is chosen before anything is said, whatever the bundler's chunks.
 * `problems` loads the words of problems, fetched only when a file or link is checked.
 */
export function startAssessment(catalog?: Partial<Messages>, problems?: () => Promise<Partial<Messages>>): void {
	if (catalog) useMessages(catalog, problems);
	// Nothing is wired before the ladder index is here: every control reads it.
	loadFramework(byId('assess-app').dataset.ladders ?? '').then(
		(loaded) => {
			framework = loaded;
			assessment = newAssessment(framework, framework.ladders[0]!.id);
			wire();
		},
		() => byId('competencies').replaceChildren(el('p', { class: 'callout', role: 'alert' }, w.laddersUnavailable)),
	);
}

function wire(): void {
	byId('setup').addEventListener('change', onSetupChange);
	byId('setup').addEventListener('input', (event) => {
		if ((event.target as HTMLElement).matches('#person-name, #assessment-notes')) onSetupChange(event);
	});
	byId('competencies').addEventListener('change', onCompetencyInput);
	byId('competencies').addEventListener('input', (event) => {
		if ((event.target as HTMLElement).matches('input[type="text"], input[type="url"], textarea')) onCompetencyInput(event);
	});
	byId('competencies').addEventListener('click', onCompetencyClick);
	byId('kept-list').addEventListener('click', onKeptClick);
	byId('open-file').addEventListener('change', (event) => void onFileChosen(event));
	startEarlier(framework, () => cleaned(assessment, w.unnamed));
	byId('save-yaml').addEventListener('click', () => void saveFile('yaml'));
	byId('save-json').addEventListener('click', () => void saveFile('json'));
	byId('make-link').addEventListener('click', () => void makeShareLink());
	byId('copy-link').addEventListener('click', () => void copyShareLink());
	byId('print').addEventListener('click', () => window.print());
	byId('clear').addEventListener('click', clearAll);
	window.addEventListener('pagehide', () => {
		if (edited) saveDraft();
	});
	// Another tab wrote the draft: this one's next edit keeps that draft aside rather than overwrite it.
	window.addEventListener('storage', (event) => {
		if (event.key === DRAFT_KEY || event.key === null) continuing = false;
		if (event.key === null || isKeptKey(event.key)) renderKept(framework);
	});
	// A link pasted into the address bar of this page changes only the fragment: open it all the same.
	window.addEventListener('hashchange', () => void openFragment());
	void start();
}
