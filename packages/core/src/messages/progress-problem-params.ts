// The parameters of progress over time's problems, apart from their words so that problem-params.ts
// can include them without importing a catalog (which imports it back).
/** What `trackProgress` says when an earlier assessment cannot be read as one of the same series. */
export interface ProgressProblemParams {
	/** `what`: the field that differs; `latest` and `earlier`: its two values. */
	PROGRESS_NOT_COMPARABLE: { what: 'person' | 'ladder' | 'version'; latest: string; earlier: string };
	PROGRESS_NOT_EARLIER: { date: string; latest: string };
	/** `was`: the version the assessment was made on; `now`: the latest assessment's. */
	PROGRESS_NOT_MIGRATED: { ladder: string; was: string; now: string };
}
