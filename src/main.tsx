import './zod-setup.ts';
import { loadLocale } from './i18n/i18n.ts';
import { readInitialState } from './state/use-url-state.ts';
import { startApp, URL_VOCABULARY } from './start-app.tsx';
import { App } from './ui/app.tsx';
import { withItemLayers } from './ui/use-plan-context.ts';
import './ui/app.css';

const initialState = withItemLayers(readInitialState(URL_VOCABULARY));
await loadLocale(initialState.locale);
void startApp(initialState, (loaded) => <App initialState={initialState} {...loaded} />);
