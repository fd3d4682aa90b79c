/**
 * How far outside the viewport (in px) a map counts as near: its Leaflet side then starts
 * loading. Shared by the drop-in loader (a map on the first screen) and the map itself.
 */
export const NEAR_PX = 300;
