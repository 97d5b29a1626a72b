import { severities } from '../../indexes/findings/types.js';
import { formatMs } from '../format.js';
import type { IndexesReport } from './schema.js';

const statsSources = { database: "the database's sqlite_stat1", 'analyzed-copy': 'ANALYZE on a temporary copy', none: 'nowhere (empty tables)' };

/** The indexes report as Markdown: findings by severity with their fixes, candidates tried, then every plan as a tree. Pure. */
export function renderIndexesMarkdown(report: IndexesReport): string {
  const lines: string[] = [];
  lines.push(`## garage-perf indexes: ${report.verdict === 'pass' ? '✅ pass' : `❌ fail (${report.failedKinds.join(', ')})`}`, '');
  lines.push(
    `Database ${report.database.path} (${(report.database.sizeBytes / 1_048_576).toFixed(1)} MiB), ` +
      (report.workload ? `workload ${report.workload.name} (${report.workload.statements} statements), ` : 'no workload (structural findings only), ') +
      `statistics from ${statsSources[report.database.statsSource]}.`,
    '',
  );
  const findings = [...report.findings].sort((a, b) => severities.indexOf(a.severity) - severities.indexOf(b.severity));
  if (findings.length === 0) lines.push('No findings.', '');
  else {
    lines.push('| Severity | Kind | Table | Index | Evidence | Fix |', '|---|---|---|---|---|---|');
    for (const finding of findings) {
      const fix = finding.fix ? `\`${finding.fix.sql}\`${finding.fix.prisma ? `<br>${finding.fix.prisma}` : ''}` : '';
      const safety = finding.dropSafety && !finding.dropSafety.safe ? ` (not safe to drop: ${finding.dropSafety.reasons.join('; ')})` : '';
      lines.push(`| ${finding.severity} | ${finding.kind} | ${finding.table} | ${finding.index ?? ''} | ${escapeCell(finding.evidence + safety)} | ${escapeCell(fix)} |`);
    }
    lines.push('');
  }
  if (report.candidates.length > 0) {
    lines.push('### Candidates tried on a copy', '');
    lines.push('| Candidate | Variant | Speed-up | Before | After | Insert before | Insert after | Recommended |', '|---|---|---:|---:|---:|---:|---:|---|');
    for (const candidate of report.candidates) {
      lines.push(
        `| ${candidate.table}(${candidate.columns.join(', ')})${candidate.where ? ` WHERE ${candidate.where}` : ''} | ${candidate.variant} | ${candidate.speedup.toFixed(1)}x | ${formatMs(candidate.medianMsBefore)} | ${formatMs(candidate.medianMsAfter)} | ${formatMs(candidate.insertMsBefore)} | ${formatMs(candidate.insertMsAfter)} | ${candidate.recommended ? 'yes' : 'no'} |`,
      );
    }
    lines.push('');
  }
  if (report.statements.length > 0) {
    lines.push('### Plans', '');
    for (const statement of report.statements) {
      lines.push(
        `**${statement.source ?? 'statement'}** (${statement.calls} call${statement.calls === 1 ? '' : 's'}): \`${statement.fingerprint || 'no table read'}\``,
        '```',
        statement.sql,
        '',
        ...statement.plan,
        '```',
        '',
      );
    }
  }
  return `${lines.join('\n')}\n`;
}

function escapeCell(text: string): string {
  return text.replaceAll('|', '\\|').replaceAll('\n', ' ');
}
