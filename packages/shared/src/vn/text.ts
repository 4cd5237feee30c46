/**
 * Vietnamese text helpers: how names are stored (NFC) and how they are compared in search (folded).
 */

/** Every combining mark (Vietnamese tone and vowel marks are U+0300–U+036F after NFD). */
const COMBINING_MARKS = /\p{M}/gu;

/**
 * The text in Unicode NFC, the form Tandem stores. "Hoà" typed on a keyboard that sends decomposed
 * characters (NFD: "o" + U+0300) and the precomposed "Hoà" become the same code points.
 */
export function toNfc(s: string): string {
  return s.normalize('NFC');
}

/**
 * The search key of a text: diacritics removed, lower-case, single spaces.
 *
 * Decompose (NFD), strip every combining mark, map đ→d and Đ→D explicitly (they are letters with a
 * stroke, not a base letter plus a mark, so NFD leaves them alone), lower-case, collapse runs of
 * whitespace to one space and trim. "Nguyễn Văn Đức" → "nguyen van duc"; "Hòa" and "Hoà", in NFC or
 * NFD, → "hoa". The result contains no combining mark and no đ/Đ, and folding it again changes nothing.
 */
export function foldVietnamese(s: string): string {
  const stripped = s.normalize('NFD').replace(COMBINING_MARKS, '').replace(/đ/g, 'd').replace(/Đ/g, 'D');
  return (
    stripped
      .toLowerCase()
      // A few non-Vietnamese capitals lower-case to a letter plus a combining mark (İ → i + U+0307):
      // strip once more so the result never holds a mark.
      .normalize('NFD')
      .replace(COMBINING_MARKS, '')
      .replace(/\s+/g, ' ')
      .trim()
  );
}
