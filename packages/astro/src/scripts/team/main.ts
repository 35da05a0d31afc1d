import { byId } from '../assess/dom.ts';
import { say } from './status.ts';
import { gatherFromDrop, gatherFromInput, type Gathered } from './gather.ts';
import { counted, fill, pageWords } from './words.ts';

/*
 * The team page's first script: the ways in (file and folder inputs, a drop anywhere on the page)
 * and nothing else. Core's checks and the views load with the first files opened (team-view.ts).
 */

const page = pageWords();
const { lang, words } = page;
let view: ReturnType<typeof loadView> | undefined;

async function loadView() {
	const { startTeamView } = await import('./team-view.ts');
	return startTeamView(page, byId('team-results').dataset.ladders ?? '');
}

/** A failure of this page's own (files never throw: their problems are listed), said rather than lost. */
const failed = (error: unknown) => say(fill(words.failed, { reason: error instanceof Error ? error.message : String(error) }), 'error');

/** Opened files join the summary, one batch after the other in the order they were opened. */
let queue: Promise<void> = Promise.resolve();
function open(gathered: Gathered | Promise<Gathered>): void {
	queue = queue.then(async () => {
		const got = await gathered;
		if (got.files.length === 0) return say(words.nothing, 'error');
		say(counted(lang, words.reading, got.files.length));
		// A ladder that cannot be loaded offers to try again: the same files, opened again.
		await (await (view ??= loadView())).add(got, () => open(got));
	}).catch(failed);
}

for (const id of ['open-files', 'open-folder']) {
	byId<HTMLInputElement>(id).addEventListener('change', (event) => {
		const input = event.target as HTMLInputElement;
		if (input.files && input.files.length > 0) open(gatherFromInput(input.files));
		// Emptied, so choosing the same files again (after fixing one) opens them again.
		input.value = '';
	});
}

// A drop anywhere on the page. Only a drag that carries files is taken; text dragged within the page is left alone.
const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') === true;
let depth = 0;
document.addEventListener('dragenter', (event) => {
	if (!carriesFiles(event)) return;
	depth++;
	document.body.classList.add('team-dropping');
});
document.addEventListener('dragleave', (event) => {
	if (!carriesFiles(event) || --depth > 0) return;
	depth = 0;
	document.body.classList.remove('team-dropping');
});
document.addEventListener('dragover', (event) => {
	if (!carriesFiles(event)) return;
	event.preventDefault();
	event.dataTransfer!.dropEffect = 'copy';
});
document.addEventListener('drop', (event) => {
	if (!carriesFiles(event)) return;
	event.preventDefault();
	depth = 0;
	document.body.classList.remove('team-dropping');
	open(gatherFromDrop(event.dataTransfer!));
});

byId('team-clear').addEventListener('click', () => {
	queue = queue.then(async () => (view ? (await view).clear() : say(words.cleared))).catch(failed);
});
byId('team-save').addEventListener('click', (event) => {
	const format = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-format]')?.dataset.format;
	if (format === 'markdown' || format === 'json' || format === 'html') void view?.then((v) => v.save(format)).catch(failed);
});
