import Table from 'cli-table3';
import type { ChalkInstance } from 'chalk';
import type { IndexesReport } from '../../report/indexes/schema.js';

const severityOrder = ['high', 'medium', 'low', 'info'];

/** The terminal table of index findings, most severe first. */
export function renderFindingsTable(report: IndexesReport, color: ChalkInstance): string {
  if (report.findings.length === 0) return color.green('no findings');
  const table = new Table({
    head: ['severity', 'kind', 'table / index', 'evidence', 'fix'],
    colWidths: [10, 24, 30, 54, 56],
    wordWrap: true,
    style: { head: color.level > 0 ? ['cyan'] : [], border: [] },
  });
  const paint = (severity: string) => (severity === 'high' ? color.red(severity) : severity === 'medium' ? color.yellow(severity) : severity);
  for (const finding of [...report.findings].sort((a, b) => severityOrder.indexOf(a.severity) - severityOrder.indexOf(b.severity))) {
    const safety = finding.dropSafety && !finding.dropSafety.safe ? `\nnot safe to drop: ${finding.dropSafety.reasons.join('; ')}` : '';
    table.push([
      paint(finding.severity),
      finding.kind,
      `${finding.table}${finding.index ? `\n${finding.index}` : ''}`,
      `${finding.evidence}${safety}`,
      finding.fix ? `${finding.fix.sql}${finding.fix.prisma ? `\n${finding.fix.prisma}` : ''}` : '',
    ]);
  }
  return table.toString();
}
