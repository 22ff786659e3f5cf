/**
 * Office Open XML packages (.docx, .xlsx) are zip files of XML parts: fflate unzips them and
 * the platform's DOMParser (the dashboard page; jsdom in tests) reads the parts. No other
 * library: both are small and already where the import runs.
 */
import { unzipSync } from 'fflate';
import { IMPORT_MESSAGES, ImportError } from './errors';

export type Package = ReadonlyMap<string, Uint8Array>;

/** Unzips only the parts `wanted` accepts (images in a 30-page 申报书 are never inflated). */
export function unzipParts(bytes: Uint8Array, wanted: (path: string) => boolean): Package {
  try {
    const files = unzipSync(bytes, { filter: (file) => wanted(file.name) });
    return new Map(Object.entries(files));
  } catch (error) {
    throw new ImportError(IMPORT_MESSAGES.corrupted(`压缩包无法解开：${(error as Error).message}`));
  }
}

const decoder = new TextDecoder('utf-8');

/** Parses one XML part; a part that is not well-formed is a corrupted file. */
export function parseXmlPart(parts: Package, path: string): Document | undefined {
  const bytes = parts.get(path);
  if (!bytes) return undefined;
  const document = new DOMParser().parseFromString(decoder.decode(bytes), 'application/xml');
  if (document.getElementsByTagName('parsererror').length > 0) {
    throw new ImportError(IMPORT_MESSAGES.corrupted(`${path} 不是完整的 XML`));
  }
  return document;
}

/** Child elements of `parent` with this local name (namespace prefixes differ between writers). */
export function children(parent: Element, localName: string): Element[] {
  return Array.from(parent.children).filter((child) => child.localName === localName);
}

export function child(parent: Element, localName: string): Element | undefined {
  return children(parent, localName)[0];
}

/** `w:val` and friends: the attribute with this local name, whatever its prefix. */
export function attr(element: Element | undefined, localName: string): string | undefined {
  if (!element) return undefined;
  for (const attribute of Array.from(element.attributes)) {
    if (attribute.localName === localName) return attribute.value;
  }
  return undefined;
}
