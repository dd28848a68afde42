import { useTranslation } from '../../i18n/use-translation.ts';
import type { Frame } from '../../model/frames.ts';
import type { CandidateLanding } from '../../import/candidate-landings.ts';

/** Props of {@link LandingTable}. */
export interface LandingTableProps {
  landings: readonly CandidateLanding[];
  /** The frame chosen so far (its row is marked), or null. */
  chosen: Frame | null;
  /** A frame's name as the radio group shows it. */
  name: (frame: Frame) => string;
}

/**
 * Where the features land under each candidate frame, as a table a screen reader can walk:
 * the centre and district (or the distance from Guiyang when outside), the offset from the
 * WGS84 reading, and the distance from the district boundaries the detection measured.
 */
export function LandingTable({ landings, chosen, name }: LandingTableProps) {
  const { t } = useTranslation();
  if (landings.length === 0) return null;
  const degrees = landings.some((l) => l.metresFromWgs84 !== undefined);
  const measured = landings.some((l) => l.meanDistance !== undefined);
  const where = (l: CandidateLanding) => {
    const [lon, lat] = l.centre.map((v) => v.toFixed(3));
    if (l.insideShare < 0.5) {
      return t('importChecks.landingOutside', { lon, lat, km: Math.round(l.kmFromGuiyang) });
    }
    return l.district
      ? t('importChecks.landingInside', {
          lon,
          lat,
          district: t('importChecks.landingDistrict', {
            share: Math.round(l.district.share * 100),
            name: l.district.name,
          }),
        })
      : t('importChecks.landingInsideNoDistrict', { lon, lat });
  };
  const offset = (l: CandidateLanding) => {
    if (l.metresFromWgs84 === undefined) return t('importChecks.landingNone');
    if (l.metresFromWgs84 < 1) return t('importChecks.landingSame');
    const direction = t(`importChecks.directions.${(l.directionFromWgs84 ?? 'N') as 'N'}`);
    return t('importChecks.landingOffset', { metres: Math.round(l.metresFromWgs84), direction });
  };
  return (
    <table className="import-landings" data-testid="import-landings">
      <caption>{t('importChecks.landingsCaption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('importChecks.landingsFrame')}</th>
          <th scope="col">{t('importChecks.landingsWhere')}</th>
          {degrees && <th scope="col">{t('importChecks.landingsOffset')}</th>}
          {measured && <th scope="col">{t('importChecks.landingsBoundary')}</th>}
        </tr>
      </thead>
      <tbody>
        {landings.map((l) => (
          <tr
            key={l.frame}
            data-frame={l.frame}
            aria-current={chosen === l.frame ? 'true' : undefined}
          >
            <th scope="row">{name(l.frame)}</th>
            <td>{where(l)}</td>
            {degrees && <td>{offset(l)}</td>}
            {measured && (
              <td>
                {l.meanDistance === undefined
                  ? t('importChecks.landingNone')
                  : t('importChecks.landingBoundary', { metres: Math.round(l.meanDistance) })}
              </td>
            )}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
