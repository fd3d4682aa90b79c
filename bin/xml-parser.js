// The XML parser the RSS/Atom adapter gets in Node (which has no DOMParser): xmldom, with XML
// errors thrown (the browser's DOMParser reports them in the document instead). Shared by the
// launcher and its parse worker.
import { DOMParser } from '@xmldom/xmldom';

export const xmlParser = {
  parseFromString(text, type) {
    const parser = new DOMParser({
      onError(level, message) {
        if (level !== 'warning') throw new Error(String(message).split('\n')[0]);
      },
    });
    return parser.parseFromString(text, type);
  },
};
