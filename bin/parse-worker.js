// Reads one source in a worker thread, so that the launcher can end it after a time limit: the
// parsers are synchronous, and a source that keeps one busy must not hang `sonnec-feed build`.
// Answers { feed } or { error: { kind, message } } (a FeedError's kind, or none).
import { parentPort, workerData } from 'node:worker_threads';
import { HTML_ENTITIES } from '@xmldom/xmldom/lib/entities.js';
import { xmlParser } from './xml-parser.js';

const { parseSource } = await import(
  new URL('../dist/lib/feed/sources/index.js', import.meta.url).href
);
const { tableReferences } = await import(
  new URL('../dist/lib/cli/table-references.js', import.meta.url).href
);
try {
  const feed = await parseSource(workerData.text, {
    ...workerData.options,
    xmlParser,
    decodeReferences: tableReferences(HTML_ENTITIES),
  });
  parentPort.postMessage({ feed });
} catch (error) {
  parentPort.postMessage({
    error: { kind: error?.kind, message: String(error?.message ?? error) },
  });
}
