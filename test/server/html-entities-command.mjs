/**
 * A test-runner command `xmldom-html-entities`: the table of HTML's named references the CLI
 * reads (xmldom's), handed to the browser so that one test compares the CLI's reading of every
 * entity with the browser's own (test/feed/sources/references.test.ts).
 */
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';

export function htmlEntitiesCommand() {
  return {
    name: 'html-entities-command',
    executeCommand({ command }) {
      return command === 'xmldom-html-entities' ? { ...HTML_ENTITIES } : undefined;
    },
  };
}
