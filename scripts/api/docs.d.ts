export function writeApiDocs(outDir: string): Promise<void>;
