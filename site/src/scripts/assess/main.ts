import { MAX_SOURCE_BYTES, type Assessment, type Framework, type Rating } from '@rungs/core';
import { byId, el } from './dom.ts';
import { renderCompetencies, renderEvidence, renderSetup } from './form.ts';
import { showReport } from './report-view.ts';
import { decodeShare, encodeShare, MAX_LINK_CHARS, ShareLinkError } from './share.ts';
import { cleaned, isEmptyRating, ladder, newAssessment, targetFromKey, withLadder } from './state.ts';
import { clearDraft, readDraft, writeDraft } from './storage.ts';

const framework = JSON.parse(byId('rungs-framework').textContent ?? '{}') as Framework;
let assessment: Assessment = newAssessment(framework, framework.matrices[0]!.id);
let saveTimer: ReturnType<typeof setTimeout> | undefined;
/** Whether this visit changed anything: an untouched page keeps no draft, so the next visit stays light. */
let edited = false;

/** The validator and the YAML writer, fetched from this site only when a file, link or draft is opened. */
const validator = () => import('./validate.ts');

function status(message: string, kind: 'info' | 'error' = 'info', details: string[] = []): void {
	const box = byId('status');
	box.className = `status status-${kind}`;
	box.replaceChildren(el('p', {}, message), ...(details.length > 0 ? [el('pre', { class: 'problems' }, details.join('\n\n'))] : []));
	box.hidden = false;
}

function refresh(structure: boolean): void {
	if (structure) {
		renderSetup(framework, assessment);
		renderCompetencies(framework, assessment);
	}
	showReport(framework, cleaned(assessment));
}

/** After a change the person made: show it, and keep the draft a moment later. */
function edit(structure: boolean): void {
	edited = true;
	refresh(structure);
	clearTimeout(saveTimer);
	saveTimer = setTimeout(() => {
		if (!writeDraft(JSON.stringify(assessment))) byId('draft-state').textContent = 'This browser does not allow a draft to be kept: save a file before you leave.';
		else byId('draft-state').textContent = `Draft kept in this browser at ${new Date().toLocaleTimeString()}.`;
	}, 250);
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
			assessment.current = target.value;
			return edit(false);
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
			if (/^\d{4}-\d{2}-\d{2}$/.test(target.value)) assessment.date = target.value;
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

function download(name: string, text: string, type: string): void {
	const url = URL.createObjectURL(new Blob([text], { type }));
	const link = el('a', { href: url, download: name });
	document.body.append(link);
	link.click();
	link.remove();
	setTimeout(() => URL.revokeObjectURL(url), 1000);
}

const fileName = (ext: string) => {
	const who = (assessment.person.name.trim() || 'me').toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'me';
	return `assessment-${who}-${assessment.date}.${ext}`;
};

/** Opens an assessment from text; returns false (and says why) when it is not valid. */
async function openText(name: string, text: string, origin: string): Promise<boolean> {
	status(`Checking ${origin}…`);
	const { checkAssessmentText, formatProblem } = await validator();
	const checked = checkAssessmentText(name, text, framework);
	if (!checked.assessment) {
		status(`${origin[0]!.toUpperCase()}${origin.slice(1)} could not be opened: nothing was changed.`, 'error', checked.problems.map((problem) => formatProblem(problem)));
		return false;
	}
	assessment = checked.assessment;
	edit(true);
	const warnings = checked.problems.map((problem) => formatProblem(problem));
	status(`Opened ${origin}.${warnings.length > 0 ? ' Please read the notes below.' : ''}`, 'info', warnings);
	return true;
}

async function onFileChosen(event: Event): Promise<void> {
	const input = event.target as HTMLInputElement;
	const file = input.files?.[0];
	input.value = '';
	if (!file) return;
	if (Object.keys(assessment.ratings).length > 0 && !confirm('Replace the assessment on this page with the file? Save it first if you want to keep it.')) return;
	const { decodeSource, formatProblem, tooLarge } = await validator();
	// The size is checked before the file is read: a huge file chosen by mistake is never loaded.
	if (file.size > MAX_SOURCE_BYTES) return status(`${file.name} could not be opened: nothing was changed.`, 'error', [tooLarge(file.name, file.size)]);
	const decoded = decodeSource(file.name, new Uint8Array(await file.arrayBuffer()));
	if (decoded.problems.length > 0) {
		return status(`${file.name} could not be opened: nothing was changed.`, 'error', decoded.problems.map((problem) => formatProblem(problem)));
	}
	await openText(file.name, decoded.file.text, file.name);
}

async function makeShareLink(): Promise<void> {
	const fragment = await encodeShare(JSON.stringify(cleaned(assessment)));
	const link = `${location.origin}${location.pathname}#${fragment}`;
	const output = byId<HTMLInputElement>('share-link');
	output.value = link;
	byId('share-result').hidden = false;
	output.focus();
	output.select();
}

async function copyShareLink(): Promise<void> {
	const output = byId<HTMLInputElement>('share-link');
	try {
		await navigator.clipboard.writeText(output.value);
		byId('share-copied').textContent = 'Copied.';
	} catch {
		output.select();
		byId('share-copied').textContent = 'Select the link and copy it (Ctrl+C or ⌘C).';
	}
}

function clearAll(): void {
	if (!confirm('Clear every rating, note and piece of evidence, and the draft kept in this browser?')) return;
	clearTimeout(saveTimer);
	clearDraft();
	edited = false;
	assessment = newAssessment(framework, assessment.matrix.id);
	refresh(true);
	byId('share-result').hidden = true;
	status('Cleared. Nothing is kept in this browser any more.');
}

async function start(): Promise<void> {
	const hash = location.hash.replace(/^#/, '');
	// A link longer than any assessment makes is refused by decodeShare before it is even parsed.
	const params = hash.length > MAX_LINK_CHARS ? new URLSearchParams('a') : new URLSearchParams(hash);
	if (params.has('a')) {
		// A share link: open it, then drop it from the address bar so later edits are not confused with it.
		history.replaceState(null, '', location.pathname);
		try {
			const text = await decodeShare(hash);
			if (readDraft() && !confirm('Open the shared assessment in place of the draft kept in this browser?')) return restoreDraft();
			if (await openText('share-link.json', text, 'the shared link')) return;
		} catch (error) {
			status(error instanceof ShareLinkError ? error.message : 'This link could not be read.', 'error');
		}
		return refresh(true);
	}
	if (params.has('from') && params.has('to')) {
		const [matrix, level] = (params.get('from') ?? '').split(':');
		const to = params.get('to') ?? '';
		const m = ladder(framework, matrix ?? '');
		const validTarget = framework.matrices.some((x) => x.levels.some((l) => `${x.id}:${l.id}` === to));
		assessment = newAssessment(framework, m.id, level);
		if (validTarget) assessment.target = targetFromKey(assessment, to);
		history.replaceState(null, '', location.pathname);
		return refresh(true);
	}
	await restoreDraft();
}

async function restoreDraft(): Promise<void> {
	const draft = readDraft();
	if (draft) {
		const { checkAssessmentText } = await validator();
		const checked = checkAssessmentText('draft.json', draft, framework);
		if (checked.assessment) {
			assessment = checked.assessment;
			byId('draft-state').textContent = 'Your draft from this browser is back.';
		} else {
			status('The draft kept in this browser could not be read, perhaps after a change to the ladders. You can download it, then clear it.', 'error');
			const button = el('button', { type: 'button', class: 'secondary' }, 'Download the unreadable draft');
			button.addEventListener('click', () => download('unreadable-draft.json', draft, 'application/json'));
			byId('status').append(button);
		}
	}
	refresh(true);
}

// --- Wiring ----------------------------------------------------------------------------------

byId('setup').addEventListener('change', onSetupChange);
byId('setup').addEventListener('input', (event) => {
	if ((event.target as HTMLElement).matches('#person-name, #assessment-notes')) onSetupChange(event);
});
byId('competencies').addEventListener('change', onCompetencyInput);
byId('competencies').addEventListener('input', (event) => {
	if ((event.target as HTMLElement).matches('input[type="text"], input[type="url"], textarea')) onCompetencyInput(event);
});
byId('competencies').addEventListener('click', onCompetencyClick);
byId('open-file').addEventListener('change', (event) => void onFileChosen(event));
byId('save-yaml').addEventListener('click', async () => {
	const { toYaml } = await validator();
	download(fileName('yaml'), toYaml(cleaned(assessment)), 'application/yaml');
});
byId('save-json').addEventListener('click', () => download(fileName('json'), `${JSON.stringify(cleaned(assessment), null, 2)}\n`, 'application/json'));
byId('make-link').addEventListener('click', () => void makeShareLink());
byId('copy-link').addEventListener('click', () => void copyShareLink());
byId('print').addEventListener('click', () => window.print());
byId('clear').addEventListener('click', clearAll);
window.addEventListener('pagehide', () => {
	if (edited) writeDraft(JSON.stringify(assessment));
});
void start();

