// Writes README.md's table of the report's files from the output registry (src/report/outputs.ts), between its markers.
// `npm run outputs-docs` builds and regenerates; test/report/outputs.test.ts fails when the table is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withOutputsTable } from '../dist/report/outputs.js';

const readme = readFileSync('README.md', 'utf8');
const updated = withOutputsTable(readme);
if (updated !== readme) writeFileSync('README.md', updated);
