// The benchmarks' statistics: median, quartiles and spread of repeated runs.
export function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => {
    const i = (sorted.length - 1) * q;
    const lo = Math.floor(i);
    return sorted[lo] + (sorted[Math.ceil(i)] - sorted[lo]) * (i - lo);
  };
  return { median: at(0.5), min: sorted[0], max: sorted.at(-1), q1: at(0.25), q3: at(0.75) };
}
