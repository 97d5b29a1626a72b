// Preloaded with `node --require` into a CLI run: on exit, writes the process's peak resident
// set size in kilobytes (all threads) to the file named by GARAGE_PERF_MAX_RSS_FILE.
const { writeFileSync } = require('node:fs');

process.on('exit', () => {
  writeFileSync(process.env.GARAGE_PERF_MAX_RSS_FILE, String(process.resourceUsage().maxRSS));
});
