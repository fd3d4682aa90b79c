/**
 * Texts of the panel a widget shows when its feed fails. They load with that panel
 * (feed-failure.ts), not with every page.
 */
import { defineMessages } from './i18n.js';

export const failureMessages = defineMessages({
  de: {
    retry: 'Erneut versuchen',
    /** Instead of the `network` error while the browser says it is offline. */
    offline:
      'Die Inhalte konnten nicht geladen werden: Ihr Gerät ist offline. Bitte prüfen Sie Ihre Verbindung.',
    errors: {
      'no-source': 'Für dieses Element ist keine Datenquelle angegeben.',
      network: 'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
      http: 'Die Inhalte sind gerade nicht erreichbar. Bitte versuchen Sie es später erneut.',
      timeout: 'Die Inhalte laden zu lange. Bitte versuchen Sie es später erneut.',
      parse: 'Die Inhalte konnten nicht gelesen werden.',
      invalid: 'Die Datenquelle enthält keine gültigen Inhalte.',
    },
  },
  en: {
    retry: 'Try again',
    offline:
      'The content could not be loaded: your device is offline. Please check your connection.',
    errors: {
      'no-source': 'No data source is set for this element.',
      network: 'The content cannot be reached right now. Please try again later.',
      http: 'The content cannot be reached right now. Please try again later.',
      timeout: 'The content is taking too long to load. Please try again later.',
      parse: 'The content could not be read.',
      invalid: 'The data source holds no valid content.',
    },
  },
});
