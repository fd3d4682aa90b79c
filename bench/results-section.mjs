// Writes one section of bench/RESULTS.md between its markers (`<!-- name:start -->` … `end`),
// appending it when the file has none yet; the rest of the file stays as it is.
import { readFileSync, writeFileSync } from 'node:fs';

export function writeSection(name, section, file = 'bench/RESULTS.md') {
  let text;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    text = '# Benchmark results\n';
  }
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const block = `${start}\n${section}\n${end}`;
  const i = text.indexOf(start);
  const j = text.indexOf(end);
  text =
    i >= 0 && j > i
      ? text.slice(0, i) + block + text.slice(j + end.length)
      : `${text.trimEnd()}\n\n${block}\n`;
  writeFileSync(file, text);
}
