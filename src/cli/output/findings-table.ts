import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import { severities } from '../../indexes/findings/types.js';
import type { IndexesReport } from '../../report/indexes/schema.js';

const nameWidth = 28;

/** The terminal table of index findings, most severe first, with fixes as SQL and as schema.prisma edits. Pure. */
export function renderFindingsTable(report: IndexesReport, color: ChalkInstance): string {
  if (report.findings.length === 0) return color.green('no findings');
  const table = new Table({
    head: ['severity', 'kind', 'table / index', 'evidence', 'fix'],
    colWidths: [10, 23, nameWidth + 2, 54, 56],
    wordWrap: true,
    style: { head: color.level > 0 ? ['cyan'] : [], border: [] },
  });
  const paint = (severity: string) => (severity === 'high' ? color.red(severity) : severity === 'medium' ? color.yellow(severity) : severity);
  for (const finding of [...report.findings].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity))) {
    const safety = finding.dropSafety && !finding.dropSafety.safe ? `\nnot safe to drop: ${finding.dropSafety.reasons.join('; ')}` : '';
    table.push([
      paint(finding.severity),
      finding.kind,
      // Names are the handle for acting on a finding: broken over lines, never cut.
      [finding.table, finding.index].filter((name): name is string => name !== undefined).flatMap((name) => breakName(name, nameWidth)).join('\n'),
      `${finding.evidence}${safety}`,
      finding.fix ? `${finding.fix.sql}${finding.fix.prisma ? `\n${finding.fix.prisma}` : ''}` : '',
    ]);
  }
  return table.toString();
}

function breakName(name: string, width: number): string[] {
  const lines: string[] = [];
  for (let start = 0; start < name.length; start += width) lines.push(name.slice(start, start + width));
  return lines;
}

/** One line under the table: what was judged, against what, and the findings by severity. Pure. */
export function renderFindingsSummary(report: IndexesReport): string {
  const counts = severities
    .map((severity) => [severity, report.findings.filter((finding) => finding.severity === severity).length] as const)
    .filter(([, count]) => count > 0)
    .map(([severity, count]) => `${count} ${severity}`);
  const workload = report.workload
    ? `workload ${report.workload.name} (${plural(report.workload.statements, 'statement')}, ${plural(report.workload.calls, 'call')})`
    : 'no workload: structural findings only';
  const tried = report.candidates.length > 0 ? `, ${plural(report.candidates.length, 'candidate index', 'candidate indexes')} tried on a copy` : '';
  return `${plural(report.inventory.length, 'index', 'indexes')}, ${workload}${tried}: ${counts.length > 0 ? counts.join(', ') : 'no findings'}`;
}

function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en-US')} ${count === 1 ? one : many}`;
}
