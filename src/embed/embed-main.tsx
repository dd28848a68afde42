import '../config/zod-setup.ts';
import { loadLocale } from '../i18n/i18n.ts';
import { catalogue } from '../plan/catalogue.ts';
import { links } from '../plan/links.ts';
import { parseEmbedParams } from '../state/embed-url.ts';
import { formatUrlWarning, withinPeriod } from '../state/url-state.ts';
import { SHIPPED, startApp, URL_VOCABULARY } from '../ui/start-app.tsx';
import { withItemLayers } from '../ui/use-plan-context.ts';
import '../ui/app.css';
import './embed.css';
import { EmbedApp } from './embed-app.tsx';
import { resolveHostOrigin } from './protocol.ts';

const parsed = parseEmbedParams(window.location.search, URL_VOCABULARY);
const initialState = withItemLayers(parsed.state, SHIPPED, catalogue, links);
await loadLocale(initialState.locale);

void startApp(initialState, (loaded) => {
  const { state, warnings } = withinPeriod(
    { state: initialState, warnings: parsed.warnings },
    loaded.config.planPeriod,
  );
  for (const warning of warnings) console.warn(formatUrlWarning(warning));
  // Events go to the embedding page only if the deployment allows it (site-config.json).
  const candidates = [
    parsed.host,
    window.location.ancestorOrigins?.[0],
    document.referrer || undefined,
  ];
  const hostOrigin = resolveHostOrigin(candidates, loaded.config.embed.allowedOrigins);
  return (
    <EmbedApp
      initialState={state}
      ui={parsed.ui}
      hostOrigin={hostOrigin}
      registry={SHIPPED}
      catalogue={catalogue}
      links={links}
      urlWarnings={warnings}
      {...loaded}
    />
  );
});
