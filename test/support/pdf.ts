import * as mupdf from 'mupdf';

/**
 * A PDF as a reader sees it: its first page rendered to a PNG by MuPDF, and the text MuPDF laid
 * out on that page.
 */
export function renderFirstPage(pdf: Uint8Array): {
  png: Uint8Array;
  width: number;
  height: number;
  darkPixels: number;
  text: string;
} {
  const document = mupdf.Document.openDocument(pdf, 'application/pdf');
  const page = document.loadPage(0);
  const pixmap = page.toPixmap(mupdf.Matrix.scale(1.5, 1.5), mupdf.ColorSpace.DeviceRGB, false, true);
  const samples = pixmap.getPixels();
  let darkPixels = 0;
  for (let i = 0; i < samples.length; i += 3) if ((samples[i] as number) < 128) darkPixels++;
  return {
    png: pixmap.asPNG(),
    width: pixmap.getWidth(),
    height: pixmap.getHeight(),
    darkPixels,
    text: page.toStructuredText('preserve-whitespace').asText(),
  };
}
