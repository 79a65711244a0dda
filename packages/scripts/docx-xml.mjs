// What the Word fixture scripts share: escaping, runs of text, and writing a package as a zip that
// is byte-for-byte the same on every run.
import { strToU8, zipSync } from 'fflate';

export const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';
export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
export const RELATIONSHIP = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Zip entries' dates are written in local time: a date built from local fields reads back the same anywhere. */
const MTIME = new Date(2025, 0, 1, 0, 0, 0);

export const escape = (text) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escapeAttribute = (text) => escape(text).replace(/"/g, '&quot;');

/** w:r elements for a text: a w:t per piece, w:br for \n, w:tab for \t. */
export function runs(text, props = '') {
  return text
    .split(/(\n|\t)/)
    .filter((piece) => piece !== '')
    .map((piece) => {
      const inner = piece === '\n' ? '<w:br/>' : piece === '\t' ? '<w:tab/>' : `<w:t xml:space="preserve">${escape(piece)}</w:t>`;
      return `<w:r>${props}${inner}</w:r>`;
    })
    .join('');
}

const PART_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml';

/** [Content_Types].xml for the parts under word/ named, each by its content type's last word (document.main, styles…). */
export function contentTypes(parts) {
  const overrides = Object.entries(parts).map(([name, type]) => `<Override PartName="/word/${name}" ContentType="${PART_TYPE}.${type}+xml"/>`);
  return `${XML}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.join('')}</Types>`;
}

/** A relationships part: [id, type (the last segment of its URI), target] each. */
export function relationships(rels) {
  const items = rels.map(([id, type, target]) => `<Relationship Id="${id}" Type="${RELATIONSHIP}/${type}" Target="${target}"/>`);
  return `${XML}<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">${items.join('')}</Relationships>`;
}

/** The package's files (name → XML) as zip bytes with fixed dates. */
export function zip(files) {
  return zipSync(Object.fromEntries(Object.entries(files).map(([name, xml]) => [name, strToU8(xml)])), { mtime: new Date(MTIME), level: 6 });
}
