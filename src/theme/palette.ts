/**
 * The palette: every colour the product uses, by meaning. Style builders, legends and panels
 * read these tokens, so the map, its legend and the plan panel can never disagree.
 * Text colours meet WCAG 2.2 AA (4.5:1) on the surfaces they are used on.
 */
export interface Palette {
  /** Map background outside any district. */
  land: string;
  districtFill: string;
  districtLine: string;
  contextFill: string;
  contextLine: string;
  /** 一核: the core. */
  core: string;
  /** 三心: the three centres. */
  centre: string;
  /** 多组团: the clusters. */
  cluster: string;
  /** Development zones (开发区); brown after the industrial-land colour of Chinese land-use maps. */
  zone: string;
  /** Planned industrial parks (产业园). */
  park: string;
  /** Start-up incubation bases (创业孵化基地). */
  incubator: string;
  /** Culture and tourism sites (景区、纪念馆). */
  culture: string;
  /** Ecological areas (绿心). */
  ecology: string;
  /** Layers the planner imported (their own data): one hue, apart from every plan colour. */
  imported: string;
  /** The distance/area measuring tool's drawing. */
  measureTool: string;
  /** Outline of the feature the user selected. */
  selected: string;
  /** Features of the measure or indicator the user opened. */
  highlight: string;
  labelText: string;
  labelHalo: string;
  /** Interface surfaces and text. */
  surface: string;
  surfaceMuted: string;
  border: string;
  text: string;
  textMuted: string;
  accent: string;
  /** Badges: schematic and sample data must look different from real data everywhere. */
  schematic: string;
  sample: string;
  focus: string;
  /** Pipe types (Okabe–Ito hues, distinguishable with colour-vision deficiency). */
  pipeWater: string;
  pipeStorm: string;
  pipeSewage: string;
  pipeGas: string;
  pipeTunnel: string;
  /** Pipe statuses; 规划 is also dashed, 已改造 also thicker: colour is never alone. */
  statusExisting: string;
  statusRenewing: string;
  statusRenewed: string;
  statusPlanned: string;
  /** Station types; each also carries a letter badge (充/换/氢). */
  chargeStation: string;
  swapStation: string;
  hydrogenStation: string;
  /** The area within the chosen service distance of a station. */
  coverage: string;
  /** Urban renewal (四(一)) by kind; each also carries a badge (村/旧/嵌). */
  urbanVillage: string;
  oldNeighbourhood: string;
  embeddedServices: string;
  /** Affordable housing (一(五)). */
  housing: string;
  /** Schools and medical facilities (一(二)、一(四)), and their service areas. */
  school: string;
  medical: string;
  serviceArea: string;
  /** Water works and the named water projects (四(二)). */
  water: string;
  /** Waterlogging points: still there, being dealt with, eliminated. */
  floodRemaining: string;
  floodInProgress: string;
  floodEliminated: string;
  /** Waste projects (四(四)). */
  waste: string;
  /** Transport (三(三)): expressways, railways, urban rail. */
  expressway: string;
  railway: string;
  metro: string;
  /** The 1-hour commuting area computed from the network. */
  commute: string;
  /** Context statistics (census): a light-to-dark ramp, five steps. */
  context1: string;
  context2: string;
  context3: string;
  context4: string;
  context5: string;
}

/** The default, calm official palette. */
export const palette: Palette = {
  land: '#e9edf1',
  districtFill: '#fbfaf6',
  districtLine: '#6b7380',
  contextFill: '#dde1e6',
  contextLine: '#9aa1ab',
  core: '#b4232a',
  centre: '#1d5fa8',
  cluster: '#1f7a4a',
  // The five kinds of the parks layer: hues kept clear of core, centre, cluster, selected and
  // highlight; each is ≥ 4.5:1 on white, since labels use it as text colour.
  zone: '#7a4a1c',
  park: '#a8326e',
  incubator: '#6b6400',
  culture: '#00707a',
  ecology: '#467312',
  imported: '#e4007f',
  measureTool: '#d84315',
  selected: '#e08a00',
  highlight: '#6f2dbd',
  labelText: '#2b2f36',
  labelHalo: '#ffffff',
  surface: '#ffffff',
  surfaceMuted: '#f3f5f7',
  border: '#c9cfd6',
  text: '#1f2328',
  textMuted: '#545b64',
  accent: '#1d5fa8',
  schematic: '#8a4b00',
  sample: '#6d2d91',
  focus: '#0b57d0',
  pipeWater: '#0072b2',
  pipeStorm: '#3a9fd6',
  pipeSewage: '#8c564b',
  pipeGas: '#d55e00',
  pipeTunnel: '#7a4fa0',
  statusExisting: '#8a929c',
  statusRenewing: '#e69f00',
  statusRenewed: '#00855f',
  statusPlanned: '#0072b2',
  chargeStation: '#00855f',
  swapStation: '#0072b2',
  hydrogenStation: '#b5488a',
  coverage: '#00855f',
  // The new plan layers: hues kept apart from the structure, selection and highlight colours,
  // each ≥ 4.5:1 on white where it is used as text.
  urbanVillage: '#a0431f',
  oldNeighbourhood: '#7a5c00',
  embeddedServices: '#00727a',
  housing: '#1b5e9e',
  school: '#3f4fb5',
  medical: '#0c7a5f',
  serviceArea: '#3f4fb5',
  water: '#0069a8',
  floodRemaining: '#c62828',
  floodInProgress: '#b35c00',
  floodEliminated: '#2e7d32',
  waste: '#6d4c41',
  expressway: '#c2410c',
  railway: '#3b4250',
  metro: '#00788a',
  commute: '#8a5300',
  context1: '#f1f4f8',
  context2: '#d3deea',
  context3: '#a7bdd5',
  context4: '#7595bb',
  context5: '#476c98',
};

/** Publishes the palette as CSS custom properties (`--color-<token>`) for the interface. */
export function paletteToCssVariables(p: Palette): Record<string, string> {
  return Object.fromEntries(
    Object.entries(p).map(([token, value]) => [
      `--color-${token.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`,
      value,
    ]),
  );
}
