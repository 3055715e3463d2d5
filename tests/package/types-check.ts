// Compiled by tarball.test.mjs with tsc --strict inside a fresh project that installed the tarball.
// It compiles only if the package's types describe the analysis; `any` anywhere would make the
// expect-error lines below unused, which is itself an error.
import init, { analyze, compare, type Analysis, type Attribution, type Comparison, type CueClass, type Kind } from 'quotelens';
import { analyzeAsync, QuotelensError, type Progress } from 'quotelens/worker';

type IsAny<T> = 0 extends 1 & T ? true : false;
const notAny: IsAny<ReturnType<typeof analyze>> = false;

async function main(): Promise<void> {
  await init();
  const a: Analysis = analyze('"We are ready," Lavrov said.', { lang: 'en' });
  const first: Attribution | undefined = a.attributions[0];
  const kind: Kind | undefined = first?.kind;
  const speaker: string | undefined = first?.speaker?.text;
  const side: string | null | undefined = first?.source?.side;
  const roles: ('headline' | 'body' | 'boilerplate')[] = a.sentences.map((s) => s.role);
  const c: Comparison = compare(a, 'White House', 'Kremlin');
  const framingWords: string[] = c.a.framing.map((f) => f.text);
  const onlyA: string[] = c.onlyA;
  // Across several documents: each claim says its document.
  const across: Comparison = compare([a, a], 'White House', 'Kremlin');
  const document: number | undefined = across.a.attributions[0]?.document;
  const cueClass: CueClass | undefined = first?.cueClass;
  const words: string | undefined = first?.inner?.text;
  const quotation: number | null | undefined = first?.quotation;
  const sentenceText: string | undefined = a.sentences[0]?.text;
  const sideIds: string[] | undefined = a.sides[0]?.sourceIds;
  // @ts-expect-error: names are camelCase
  void a.attributions[0].cue_class;
  analyze('x', { sources: { sides: { hawks: ['Jane Doe'] } } });
  // @ts-expect-error: a side's members are names
  analyze('x', { sources: { sides: { hawks: [1] } } });
  // @ts-expect-error: a kind is one of four strings
  const wrongKind: Kind = 'rumour';
  // @ts-expect-error: confidence is a number
  const wrongConfidence: string = a.attributions[0].confidence;
  // @ts-expect-error: options are typed
  analyze('x', { language: 'en' });
  const statements: CueClass[] = ['speech', 'writing'];
  analyze('x', { classes: statements, minConfidence: 0 });
  // @ts-expect-error: a cue class is one of four strings
  analyze('x', { classes: ['rumour'] });
  // @ts-expect-error: classes is a list, not one class
  analyze('x', { classes: 'speech' });
  // quotelens/worker, with the DOM's AbortSignal.
  const controller = new AbortController();
  const stages: Progress['stage'][] = [];
  const later: Analysis = await analyzeAsync('x', { lang: 'en', signal: controller.signal, onProgress: (p) => stages.push(p.stage) });
  const notAnyLater: IsAny<typeof later> = false;
  try {
    await analyzeAsync('x');
  } catch (err) {
    if (err instanceof QuotelensError) console.log(err.code);
  }
  // @ts-expect-error: options are typed here too
  void analyzeAsync('x', { language: 'en' });
  // @ts-expect-error: onProgress gets a Progress
  void analyzeAsync('x', { onProgress: (p: string) => p });
  console.log(notAnyLater, stages);
  console.log(notAny, framingWords, onlyA, cueClass, words, quotation, sentenceText, sideIds, kind, speaker, side, roles, wrongKind, wrongConfidence);
}
void main();
