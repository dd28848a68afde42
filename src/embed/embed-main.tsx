import '../config/zod-setup.ts';
import { parseEmbedParams } from '../state/embed-url.ts';
import { formatUrlWarning, withinPeriod } from '../state/url-state.ts';
import { SHIPPED, startApp, urlVocabulary } from '../ui/start-app.tsx';
import { withItemLayers } from '../ui/use-plan-context.ts';
import '../ui/app.css';
import './embed.css';
import { EmbedApp } from './embed-app.tsx';
import { resolveHostOrigin } from './protocol.ts';

const search = window.location.search;
// The language first (the loading message speaks it); the whole address once the plan is
// there to check its measure and indicator ids against.
const { locale } = parseEmbedParams(search, urlVocabulary()).state;
void startApp(
  locale,
  ({ catalogue, links }) => {
    const parsed = parseEmbedParams(search, urlVocabulary(catalogue));
    return { ...parsed, state: withItemLayers(parsed.state, SHIPPED, catalogue, links) };
  },
  (loaded, parsed) => {
    const { state, warnings } = withinPeriod(parsed, loaded.config.planPeriod);
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
        urlWarnings={warnings}
        {...loaded}
      />
    );
  },
);
