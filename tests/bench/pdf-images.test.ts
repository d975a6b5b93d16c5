import { describe, expect, it } from 'vitest';
import { parsePdfImagesList, singleImagePages } from '../../src/bench/pdf-images.js';

// As printed by poppler 22's `pdfimages -list`.
const LIST = `page   num  type   width height color comp bpc  enc interp  object ID x-ppi y-ppi size ratio
--------------------------------------------------------------------------------------------
   1     0 image    2480  3508  rgb     3   8  jpeg   no         5  0   300   300  512K 2.0%
   2     1 image    1654  2339  rgb     3   8  jpeg   no         9  0   200   200  301K 2.7%
   3     2 image    1654  2339  gray    1   8  image  no        13  0   200   200  40K  1.1%
   3     3 smask    1654  2339  gray    1   8  image  no        13  0   200   200  2K   0.1%
   3     4 image     100   100  rgb     3   8  jpeg   no        14  0    72    72  3K   1.0%
`;

describe('parsePdfImagesList', () => {
  it('reads page, size, encoding and resolution of each image, leaving out soft masks', () => {
    const images = parsePdfImagesList(LIST);
    expect(images).toHaveLength(4);
    expect(images[0]).toEqual({ page: 1, width: 2480, height: 3508, encoding: 'jpeg', xPpi: 300, yPpi: 300 });
    expect(images.map((i) => i.page)).toEqual([1, 2, 3, 3]);
  });

  it('finds nothing in a PDF without images', () => {
    expect(parsePdfImagesList(LIST.split('\n').slice(0, 2).join('\n'))).toEqual([]);
  });
});

describe('singleImagePages', () => {
  it('keeps only pages made of exactly one image', () => {
    const single = singleImagePages(parsePdfImagesList(LIST));
    expect([...single.keys()].sort()).toEqual([1, 2]);
    expect(single.get(2)?.xPpi).toBe(200);
  });
});
