/**
 * A record's own entry: `record[id]` on a record without that key finds what every object inherits,
 * so a level called `constructor` read `Object` as its statements (and crashed) or as its note.
 */
export const own = <T>(record: Readonly<Record<string, T>> | undefined, key: string): T | undefined =>
	record !== undefined && Object.hasOwn(record, key) ? record[key] : undefined;
