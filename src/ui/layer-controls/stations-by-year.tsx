import { useTranslation } from '../../i18n/use-translation.ts';
import type { StationsInYear } from '../../geo/compute-township-coverage.ts';

/**
 * Stations opened per year as a small bar chart (a table underneath for screen readers and
 * exact numbers): the pace of 充换电 construction up to the slider's year.
 */
export function StationsByYear({ rows }: { rows: readonly StationsInYear[] }) {
  const { t } = useTranslation();
  const max = Math.max(1, ...rows.map((r) => r.count));
  return (
    <figure className="stations-by-year" data-testid="stations-by-year">
      <figcaption>{t('controls.stationsByYear')}</figcaption>
      <table className="figure-table bar-table">
        <thead>
          <tr>
            <th scope="col">
              {t('controls.year', { start: '', end: '' }).replace(/[(（].*$/, '')}
            </th>
            <th scope="col">{t('controls.opened')}</th>
            <th scope="col">{t('controls.cumulative')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.year}>
              <th scope="row">{r.year}</th>
              <td>
                <span
                  className="bar"
                  style={{ width: `${(r.count / max) * 100}%` }}
                  aria-hidden="true"
                />
                {r.count}
              </td>
              <td>{r.cumulative}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
