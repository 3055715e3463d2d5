// Compiled by tarball.test.mjs with lib ES2022 only (no DOM lib, no Node types, skipLibCheck
// off): the package's types must stand on their own.
import init, { analyze, compare, QuotelensError, type Analysis, type ErrorCode, type InitInput } from 'quotelens';
import { analyzeAsync, type AbortSignalLike, type AsyncOptions } from 'quotelens/worker';

/** quotelens/worker's types need no DOM lib either (a signal is declared by its shape). */
export function later(text: string, signal: AbortSignalLike): Promise<Analysis> {
  const options: AsyncOptions = { signal, onProgress: ({ done, total }) => void (done / total) };
  return analyzeAsync(text, options);
}

export async function check(bytes: Uint8Array): Promise<string> {
  const input: InitInput = bytes;
  await init({ moduleOrPath: input });
  const a: Analysis = analyze('"We are ready," Lavrov said.');
  try {
    compare(a, 'Lavrov', 'Atlantis');
  } catch (err) {
    if (err instanceof QuotelensError) {
      const code: ErrorCode = err.code;
      return code;
    }
  }
  return a.attributions[0]?.cueClass ?? 'none';
}
