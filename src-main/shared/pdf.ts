import { createRequire } from 'node:module';
import pdfmake from 'pdfmake';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';

let configured = false;

/**
 * pdfmake with the Roboto fonts it ships (embedded as subsets: accents of every Latin-script name print, including
 * Vietnamese or Polish ones that PDF's built-in Helvetica lacks), no URL access and no other file read.
 */
function configurePdfmake(): void {
  if (configured) return;
  const { Roboto } = createRequire(import.meta.url)('pdfmake/fonts/Roboto.js') as { Roboto: Record<'normal' | 'bold' | 'italics' | 'bolditalics', string> };
  const files = new Set(Object.values(Roboto));
  pdfmake.setFonts({ Roboto });
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy((path) => files.has(path));
  configured = true;
}

/** Renders a document to PDF bytes, A4 and Roboto unless the definition says otherwise. */
export async function renderPdf(definition: TDocumentDefinitions): Promise<Buffer> {
  configurePdfmake();
  return pdfmake.createPdf({ pageSize: 'A4', ...definition, defaultStyle: { font: 'Roboto', fontSize: 10, ...definition.defaultStyle } }).getBuffer();
}
