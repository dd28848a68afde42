import '../zod-setup.ts';
import { loadLocale } from '../i18n/i18n.ts';
import { startApp, URL_VOCABULARY } from '../start-app.tsx';
import '../ui/app.css';
import './embed.css';
import { EmbedApp } from './embed-app.tsx';
import { parseEmbedParams } from './embed-params.ts';
import { resolveHostOrigin } from './protocol.ts';
import { withItemLayers } from '../ui/use-plan-context.ts';

const parsed = parseEmbedParams(window.location.search, URL_VOCABULARY);
const params = { ...parsed, state: withItemLayers(parsed.state) };
for (const warning of parsed.warnings) console.warn(warning);
await loadLocale(params.state.locale);

void startApp(params.state, (loaded) => {
  // Events go to the embedding page only if the deployment allows it (site-config.json).
  const candidates = [
    params.host,
    window.location.ancestorOrigins?.[0],
    document.referrer || undefined,
  ];
  const hostOrigin = resolveHostOrigin(candidates, loaded.config.embed.allowedOrigins);
  return (
    <EmbedApp initialState={params.state} ui={params.ui} hostOrigin={hostOrigin} {...loaded} />
  );
});
