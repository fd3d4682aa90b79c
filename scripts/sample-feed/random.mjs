// Deterministic randomness: the same day always gives the same feed (never Math.random).

function hashString(text) {
  let h = 0x811c9dc5; // FNV-1a
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** A seeded generator with the helpers the schedule uses. */
export function seeded(seedText) {
  let a = hashString(seedText);
  const random = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    random,
    chance: (p) => random() < p,
    pick: (list) => list[Math.floor(random() * list.length)],
    int: (min, max) => min + Math.floor(random() * (max - min + 1)),
  };
}
