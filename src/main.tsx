import './config/zod-setup.ts';
import { formatUrlWarning, parseUrlState, withinPeriod } from './state/url-state.ts';
import { SHIPPED, startApp, urlVocabulary } from './ui/start-app.tsx';
import { App } from './ui/app.tsx';
import { withItemLayers } from './ui/use-plan-context.ts';
import './ui/app.css';

const search = window.location.search;
// The language first (the loading message speaks it); the whole address once the plan is
// there to check its measure and indicator ids against.
const { locale } = parseUrlState(search, urlVocabulary()).state;
void startApp(
  locale,
  ({ catalogue, links }) => {
    const parsed = parseUrlState(search, urlVocabulary(catalogue));
    return { ...parsed, state: withItemLayers(parsed.state, SHIPPED, catalogue, links) };
  },
  (loaded, parsed) => {
    const { state, warnings } = withinPeriod(parsed, loaded.config.planPeriod);
    for (const warning of warnings) console.warn(formatUrlWarning(warning));
    return <App initialState={state} shipped={SHIPPED} urlWarnings={warnings} {...loaded} />;
  },
);
