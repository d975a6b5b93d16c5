// What poppler's `pdfimages -list` says about the images in a PDF: the bench uses it to count
// pages, read each page's resolution, and decide whether a page is a single embedded image.

export interface PdfImageInfo {
  page: number;
  width: number;
  height: number;
  /** Compression as pdfimages names it: jpeg, jpx, ccitt, jbig2, image (Flate/raw)… */
  encoding: string;
  xPpi: number;
  yPpi: number;
}

/** Parse `pdfimages -list` output; rows for soft masks and stencils are left out. */
export function parsePdfImagesList(output: string): PdfImageInfo[] {
  const rows: PdfImageInfo[] = [];
  for (const line of output.split('\n')) {
    const cols = line.trim().split(/\s+/);
    if (cols.length < 14 || !/^\d+$/.test(cols[0]) || cols[2] !== 'image') continue;
    rows.push({
      page: Number(cols[0]),
      width: Number(cols[3]),
      height: Number(cols[4]),
      encoding: cols[8],
      xPpi: Number(cols[12]),
      yPpi: Number(cols[13]),
    });
  }
  return rows;
}

/** Pages whose only image fills them (one image per page), with that image's resolution. */
export function singleImagePages(images: readonly PdfImageInfo[]): Map<number, PdfImageInfo> {
  const byPage = new Map<number, PdfImageInfo[]>();
  for (const image of images) byPage.set(image.page, [...(byPage.get(image.page) ?? []), image]);
  const single = new Map<number, PdfImageInfo>();
  for (const [page, list] of byPage) if (list.length === 1) single.set(page, list[0]);
  return single;
}
