import { mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export interface RenderedReport {
  /** Report kind: the file name prefix, for example `bench` or `indexes`. */
  kind: string;
  json: string;
  markdown: string;
}

export interface WrittenReport {
  json: string;
  markdown: string;
  latestJson: string;
  latestMarkdown: string;
}

/**
 * Writes `<kind>-<timestamp>.json|.md` and `<kind>-latest.json|.md` under `dir`.
 * The only place reports touch the file system; each file is written whole, then renamed.
 */
export function writeReport(dir: string, report: RenderedReport, now: Date = new Date()): WrittenReport {
  mkdirSync(dir, { recursive: true });
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  const paths: WrittenReport = {
    json: join(dir, `${report.kind}-${stamp}.json`),
    markdown: join(dir, `${report.kind}-${stamp}.md`),
    latestJson: join(dir, `${report.kind}-latest.json`),
    latestMarkdown: join(dir, `${report.kind}-latest.md`),
  };
  writeAtomically(paths.json, report.json);
  writeAtomically(paths.markdown, report.markdown);
  writeAtomically(paths.latestJson, report.json);
  writeAtomically(paths.latestMarkdown, report.markdown);
  return paths;
}

function writeAtomically(path: string, text: string): void {
  const temporary = `${path}.${process.pid}.tmp`;
  writeFileSync(temporary, text.endsWith('\n') ? text : `${text}\n`);
  renameSync(temporary, path);
}
