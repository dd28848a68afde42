/** Which census figure the districts are shaded by. */
export interface PopulationParams {
  measure: 'population' | 'urbanization';
}
