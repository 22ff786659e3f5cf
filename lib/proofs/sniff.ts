/**
 * What a proof file is, read from its first bytes: never from its name or from a stored
 * `type`, both of which a careless rename or a crafted backup can set (a `声明.exe` of two
 * bytes, an HTML page under a `.pdf` name).
 */
export type ProofKind = 'pdf' | 'jpeg' | 'png' | 'ofd';

export const PROOF_MIME: Readonly<Record<ProofKind, string>> = {
  pdf: 'application/pdf',
  jpeg: 'image/jpeg',
  png: 'image/png',
  ofd: 'application/ofd',
};

/** The names a user knows the kinds by, for messages. */
export const PROOF_KIND_NAME: Readonly<Record<ProofKind, string>> = {
  pdf: 'PDF',
  jpeg: 'JPG',
  png: 'PNG',
  ofd: 'OFD',
};

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0): boolean =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const JPEG = [0xff, 0xd8, 0xff];
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const ZIP = [0x50, 0x4b, 0x03, 0x04];

/**
 * The kind of a file from its leading bytes, or undefined when it is none of the kinds a
 * 申报系统 and the paper copy can use. A PDF may start after a little junk (the PDF
 * specification allows the header within the first 1024 bytes, and scanners do write one).
 * OFD (GB/T 33190) is a zip package whose first entry is commonly `OFD.xml`.
 */
export function sniffProofKind(bytes: Uint8Array): ProofKind | undefined {
  if (startsWith(bytes, JPEG)) return 'jpeg';
  if (startsWith(bytes, PNG)) return 'png';
  const head = bytes.subarray(0, 1024);
  for (let at = 0; at + PDF.length <= head.length; at += 1) if (startsWith(head, PDF, at)) return 'pdf';
  if (startsWith(bytes, ZIP) && latin1(bytes.subarray(0, 4096)).includes('OFD.xml')) return 'ofd';
  return undefined;
}

export function latin1(bytes: Uint8Array): string {
  let text = '';
  const chunk = 0x8000;
  for (let at = 0; at < bytes.length; at += chunk)
    text += String.fromCharCode(...bytes.subarray(at, at + chunk));
  return text;
}
