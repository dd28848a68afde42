import { formatImportWhere, type ImportIssue } from '../../import/import-issue.ts';
import { type Locale } from '../../model/locale.ts';

/** Problems or warnings of an import, each with where it is and its rule; all of it as text. */
export function ImportIssueList({
  issues,
  locale,
}: {
  issues: readonly ImportIssue[];
  locale: Locale;
}) {
  return (
    <ol className="import-issues">
      {issues.map((issue, i) => (
        <li key={i} data-testid="import-issue" data-rule={issue.rule}>
          <span className="import-where">{formatImportWhere(issue.where, locale)}</span>
          <span className="import-message">{issue.message[locale]}</span>
          <code className="import-rule">{issue.rule}</code>
        </li>
      ))}
    </ol>
  );
}
