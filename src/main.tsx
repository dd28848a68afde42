import './config/zod-setup.ts';
import { loadLocale } from './i18n/i18n.ts';
import { catalogue } from './plan/catalogue.ts';
import { links } from './plan/links.ts';
import { formatUrlWarning, parseUrlState, withinPeriod } from './state/url-state.ts';
import { SHIPPED, startApp, URL_VOCABULARY } from './ui/start-app.tsx';
import { App } from './ui/app.tsx';
import { withItemLayers } from './ui/use-plan-context.ts';
import './ui/app.css';

const parsed = parseUrlState(window.location.search, URL_VOCABULARY);
const initialState = withItemLayers(parsed.state, SHIPPED, catalogue, links);
await loadLocale(initialState.locale);
void startApp(initialState, (loaded) => {
  const { state, warnings } = withinPeriod(
    { ...parsed, state: initialState },
    loaded.config.planPeriod,
  );
  for (const warning of warnings) console.warn(formatUrlWarning(warning));
  return (
    <App
      initialState={state}
      shipped={SHIPPED}
      catalogue={catalogue}
      links={links}
      urlWarnings={warnings}
      {...loaded}
    />
  );
});
