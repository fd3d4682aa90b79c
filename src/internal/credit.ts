/**
 * Picture credits. Many feeds write the kind of picture into the credit ("Foto: Stadt
 * Sonneberg", "Illustration: …", "© …"); the widgets add their own label ("Foto:", "©") only to
 * a credit that does not, so that neither "Foto: Foto: …" nor "Foto: Illustration: …" appears.
 */
export function namesItsKind(credit: string): boolean {
  return /^\s*(©|\(c\)|[\p{L}-]{2,20}( [\p{L}-]{2,20})?:\s)/iu.test(credit);
}
