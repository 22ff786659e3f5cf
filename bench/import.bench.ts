// Document import: reading a 30-page 申报书 with embedded images, against unzipping the same
// file (every part, images included) measured in the same run; and the dashboard bundle the
// import adds, loaded only when the user picks a file. Figures, not assertions. Node has no
// DOMParser, so jsdom's stands in for the dashboard's (Chromium's is faster).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { JSDOM } from 'jsdom';
import { applicationValues } from '../lib/catalog';
import { EDITION_2020 } from '../lib/catalog/editions/edition-2020';
import { SAMPLE_APPLICANT } from '../lib/catalog/sample';
import { buildApplicationDocx } from '../lib/docx/build';
import { TEST_TODAY } from '../test/factories';
import { measure, report } from './measure';

(globalThis as { DOMParser?: unknown }).DOMParser = new JSDOM('').window.DOMParser;
const { readImportFile } = await import('../lib/import');

const IMAGES = 12;
const IMAGE_BYTES = 400 * 1024;
const DETAIL_REPEAT = 4;

/** The sample with section 三 five times as long: about 30 A4 pages at 3号仿宋. */
function longValues() {
  const edition = EDITION_2020;
  const draft: Record<string, unknown> = { ...SAMPLE_APPLICANT.draft.values };
  for (const [key, value] of Object.entries(draft)) {
    if (key.startsWith('detail.') && typeof value === 'string')
      draft[key] = Array.from({ length: DETAIL_REPEAT }, () => value).join('\n');
  }
  return applicationValues(
    SAMPLE_APPLICANT.company,
    SAMPLE_APPLICANT.figuresByYear,
    draft as typeof SAMPLE_APPLICANT.draft.values,
    edition,
  );
}

/** A photo-sized, incompressible PNG-looking part (a scanned 营业执照, a screenshot). */
function image(seed: number): Uint8Array {
  const bytes = new Uint8Array(IMAGE_BYTES);
  let state = seed * 2654435761;
  for (let index = 0; index < bytes.length; index += 1) {
    state = (state * 1103515245 + 12345) >>> 0;
    bytes[index] = state >>> 24;
  }
  bytes.set([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  return bytes;
}

/** Adds images as inline drawings at the end of section 三, related and typed as Word does. */
function withImages(docx: Uint8Array): Uint8Array<ArrayBuffer> {
  const parts: Record<string, Uint8Array> = unzipSync(docx);
  const rels = 'word/_rels/document.xml.rels';
  let relations = strFromU8(parts[rels] as Uint8Array);
  let drawings = '';
  for (let index = 1; index <= IMAGES; index += 1) {
    parts[`word/media/bench${index}.png`] = image(index);
    relations = relations.replace(
      '</Relationships>',
      `<Relationship Id="rIdBench${index}" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/bench${index}.png"/></Relationships>`,
    );
    drawings +=
      '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="5400000" cy="3600000"/><wp:docPr id="' +
      (1000 + index) +
      `" name="图片${index}"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:blipFill><a:blip r:embed="rIdBench${index}"/></pic:blipFill></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>`;
  }
  parts[rels] = strToU8(relations);
  const namespaces =
    ' xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:pic="http://schemas.openxmlformats.org/drawingml/2006/picture"';
  const document = strFromU8(parts['word/document.xml'] as Uint8Array)
    .replace(/<w:document([^>]*?)>/, (tag, attributes: string) =>
      attributes.includes('xmlns:wp=') ? tag : `<w:document${attributes}${namespaces}>`,
    )
    .replace('<w:p><w:r><w:br w:type="page"/></w:r></w:p>', `${drawings}$&`);
  parts['word/document.xml'] = strToU8(document);
  const types = strFromU8(parts['[Content_Types].xml'] as Uint8Array);
  if (!types.includes('Extension="png"'))
    parts['[Content_Types].xml'] = strToU8(
      types.replace('<Default ', '<Default Extension="png" ContentType="image/png"/><Default '),
    );
  return zipSync(parts, { level: 0 }) as Uint8Array<ArrayBuffer>;
}

const plain = await buildApplicationDocx({
  edition: EDITION_2020,
  values: longValues(),
  draftMarked: false,
  today: TEST_TODAY,
});
const file = withImages(plain);
const result = readImportFile('bench.docx', file);
const characters = strFromU8(
  unzipSync(file, { filter: (part) => part.name === 'word/document.xml' })['word/document.xml'] as Uint8Array,
).replace(/<[^>]+>/g, '').length;
console.log(
  `申报书: ${(file.length / 1024 / 1024).toFixed(1)} MB, ${IMAGES} images, ${characters} characters of text (≈ ${Math.round(characters / 600)} pages at 3号仿宋); ` +
    `${result.values.length} values read, ${result.notImported.length} not imported.`,
);
const options = { warmup: 3, samples: 15 };
const documentXml = strFromU8(
  unzipSync(file, { filter: (part) => part.name === 'word/document.xml' })['word/document.xml'] as Uint8Array,
);
report(
  measure('baseline: unzip every part of the same file', () => unzipSync(file), options),
  [
    measure(
      'floor: parse word/document.xml with the same DOMParser',
      () => new DOMParser().parseFromString(documentXml, 'application/xml'),
      options,
    ),
    measure('import the 申报书 (read, match, convert)', () => readImportFile('bench.docx', file), options),
  ],
);

// The dashboard bundle: the import is its own chunk, loaded on first use.
const output = join(import.meta.dirname, '../.output/chrome-mv3');
try {
  const chunks = readdirSync(join(output, 'chunks')).map((name) => join(output, 'chunks', name));
  const sized = (path: string) => {
    const bytes = readFileSync(path);
    return `${(bytes.length / 1024).toFixed(0)} kB, ${(gzipSync(bytes).length / 1024).toFixed(0)} kB gzipped`;
  };
  const importChunk = chunks.find((path) => readFileSync(path, 'utf8').includes('EncryptedPackage'));
  const options = chunks.find((path) => /options-/.test(path));
  const content = join(output, 'content-scripts/content.js');
  console.log(
    `import chunk (loaded when a file is chosen): ${importChunk ? sized(importChunk) : 'not found'}`,
  );
  console.log(`dashboard entry chunk (always loaded): ${options ? sized(options) : 'not found'}`);
  console.log(
    `content script contains the import: ${readFileSync(content, 'utf8').includes('EncryptedPackage') ? 'yes (a bug)' : 'no'}`,
  );
} catch (error) {
  console.log(`Bundle sizes need a build first (npx wxt build): ${(error as Error).message}`);
}
