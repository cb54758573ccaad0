import bwipjs from 'bwip-js/node';

/** A Code 128 barcode as SVG (for pdfmake's `svg` node): what keyboard-wedge scanners at the counter read. */
export function code128Svg(text: string, { height = 10, withText = true }: { height?: number; withText?: boolean } = {}): string {
  return bwipjs.toSVG({ bcid: 'code128', text, height, includetext: withText, textxalign: 'center' });
}
