// Where the evaluation finds the project and its sets.
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRootOfEval = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
/** The project's own annotations (test/fixtures/annotations/<article>.yml). */
export const ANNOTATIONS = join(projectRootOfEval, 'test/fixtures/annotations');
/** The project's own sets: annotations with `set: <name>`, articles in `dir`. */
export const OWN_SETS: { set: string; dir: string }[] = [
  { set: 'bundled', dir: join(projectRootOfEval, 'sources') },
  { set: 'other', dir: join(projectRootOfEval, 'test/fixtures/articles') },
];
/** The shared development set, scored too when it exists beside the project. */
export const SHARED_DEVSET = resolve(projectRootOfEval, '../shared/devset');
