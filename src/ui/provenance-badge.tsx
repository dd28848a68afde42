import { useTranslation } from '../i18n/use-translation.ts';
import { type Provenance } from '../model/manifest.ts';

/** A badge saying whether data is real, schematic or sample; read from metadata, never typed in. */
export function ProvenanceBadge({ provenance }: { provenance: Provenance }) {
  const { t } = useTranslation();
  return (
    <span
      className={`badge badge-${provenance}`}
      title={t(`provenance.${provenance}Long`)}
      data-testid={`badge-${provenance}`}
    >
      {t(`provenance.${provenance}`)}
    </span>
  );
}
