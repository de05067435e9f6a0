// Where the project is: its root folder and the analyst's default curation file. A module of its own so
// the command line can name them without loading the pipeline.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
export const defaultCurationFile = path.join(projectRoot, '_data', 'curation.yml');
