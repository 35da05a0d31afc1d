export const FILES: Array<[string, string]>;
export function fieldReference(schemasDir: URL): string;
export function withFieldReference(readme: string, reference: string): string;
