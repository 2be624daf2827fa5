// @ts-check
/** Preloaded by bench/scale.mjs (`node --import`): writes the process's peak RSS (KB, worker threads included) to $FRAMELENS_BENCH_RSS on exit. */
import { writeFileSync } from 'node:fs';

const file = process.env.FRAMELENS_BENCH_RSS;
if (file) process.on('exit', () => writeFileSync(file, String(process.resourceUsage().maxRSS)));
