/** Any CSS colour the browser computes (rgb(), oklch(), light-dark() results …) → #rrggbb. */
export function toHex(colour: string): string {
  const ctx = document.createElement('canvas').getContext('2d')!;
  ctx.fillStyle = colour;
  ctx.fillRect(0, 0, 1, 1);
  const [r, g, b] = ctx.getImageData(0, 0, 1, 1).data;
  return `#${[r, g, b].map((v) => v!.toString(16).padStart(2, '0')).join('')}`;
}
