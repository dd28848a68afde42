import { useTranslation } from '../../i18n/use-translation.ts';
import type { TownshipCoverage } from '../../geo/compute-township-coverage.ts';
import { usePlan } from '../plan-context.ts';

/** The 乡/镇 without a station yet: where 充换电设施"乡乡全覆盖" is not met. */
export function UncoveredTownships({ coverage }: { coverage: TownshipCoverage }) {
  const { t } = useTranslation();
  const { featureName } = usePlan();
  return (
    <details className="uncovered" data-testid="uncovered-townships">
      <summary>{t('indicator.uncovered', { count: coverage.uncovered.length })}</summary>
      <ul>
        {coverage.uncovered.map((township) => (
          <li key={township.code} lang="zh-CN">
            {township.name}
            <span className="hint">
              {' '}
              · {featureName({ layer: 'districts', id: township.district })}
            </span>
          </li>
        ))}
      </ul>
    </details>
  );
}
