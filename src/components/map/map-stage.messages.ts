/** Messages of the map itself (consent, legend, controls): loaded with the map, not before. */
import { defineMessages } from '../../internal/i18n.js';

export const stageMessages = defineMessages({
  de: {
    legend: 'Legende',
    schematic:
      'Vereinfachte Karte aus eigenen Daten: Stadtgebiete, Landesgrenze und Orte. Es werden keine Daten an Dritte übertragen.',
    loadTiles: (provider: string) => `Detailkarte laden (${provider})`,
    transfer: (provider: string) =>
      `Für die Detailkarte lädt Ihr Browser Kartenbilder von den Servern ${provider}. Dabei wird Ihre IP-Adresse dorthin übertragen.`,
    osmProvider: 'der OpenStreetMap Foundation (Großbritannien)',
    otherProvider: (host: string) => `von ${host}`,
    privacy: 'Datenschutzerklärung der OpenStreetMap Foundation',
    hideTiles: 'Detailkarte ausblenden',
    tilesFailed:
      'Die Detailkarte ist gerade nicht erreichbar. Orte, Karte und Liste funktionieren weiterhin.',
    state: 'Landesgrenze Bayern – Thüringen (bis 1989 innerdeutsche Grenze)',
    area: (town: string) => `Stadtgebiet ${town}`,
    thuringia: 'Thüringen',
    bavaria: 'Bayern',
    zoomIn: 'Vergrößern',
    zoomOut: 'Verkleinern',
    close: 'Schließen',
    cluster: (n: number) => `${n} Orte, zum Vergrößern auswählen`,
  },
  en: {
    legend: 'Legend',
    schematic:
      'Simplified map from our own data: town areas, state border and places. No data is sent to third parties.',
    loadTiles: (provider: string) => `Load detailed map (${provider})`,
    transfer: (provider: string) =>
      `For the detailed map your browser loads map images from the servers ${provider}. This sends your IP address there.`,
    osmProvider: 'of the OpenStreetMap Foundation (United Kingdom)',
    otherProvider: (host: string) => `of ${host}`,
    privacy: 'Privacy policy of the OpenStreetMap Foundation',
    hideTiles: 'Hide detailed map',
    tilesFailed: 'The detailed map cannot be reached right now. Places, map and list still work.',
    state: 'State border Bavaria – Thuringia (until 1989 the inner-German border)',
    area: (town: string) => `Town area of ${town}`,
    thuringia: 'Thuringia',
    bavaria: 'Bavaria',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    close: 'Close',
    cluster: (n: number) => `${n} places, select to zoom in`,
  },
});

export type StageMessages = (typeof stageMessages)['de'];
