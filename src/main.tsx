import './zod-setup.ts';
import { readInitialState } from './state/use-url-state.ts';
import { startApp, URL_VOCABULARY } from './start-app.tsx';
import { App } from './ui/app.tsx';
import './ui/app.css';

const initialState = readInitialState(URL_VOCABULARY);
void startApp(initialState, (loaded) => <App initialState={initialState} {...loaded} />);
