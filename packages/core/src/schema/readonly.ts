/**
 * A type read-only all the way down: every property, every array and every record. What
 * `parseFramework` returns is frozen to match, and reports are typed with it.
 */
export type DeepReadonly<T> = T extends (...args: never[]) => unknown
	? T
	: T extends ReadonlyArray<infer Item>
		? ReadonlyArray<DeepReadonly<Item>>
		: T extends object
			? { readonly [Key in keyof T]: DeepReadonly<T[Key]> }
			: T;

/**
 * Freezes a value and everything it holds, in place, and returns it typed as such. Plain data only
 * (objects and arrays). An object already frozen is taken as frozen through: that is how a part
 * shared between ladders (a shared competency's statements) is walked once.
 */
export function deepFreeze<T>(value: T): DeepReadonly<T> {
	// A stack, not recursion: nothing here should depend on how deep data nests.
	const stack: unknown[] = [value];
	while (stack.length > 0) {
		const item = stack.pop();
		if (item === null || typeof item !== 'object' || Object.isFrozen(item)) continue;
		Object.freeze(item);
		// Only what can hold more goes on the stack: most values of a framework are strings.
		for (const key of Object.keys(item)) {
			const held = (item as Record<string, unknown>)[key];
			if (held !== null && typeof held === 'object') stack.push(held);
		}
	}
	return value as DeepReadonly<T>;
}
