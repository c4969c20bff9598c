/** How much of a rendered page is ink: a blank page has none. */

export interface GreyImage {
  width: number;
  height: number;
  /** One 8-bit grey level per pixel, row by row (0 black, 255 white). */
  pixels: Uint8Array;
}

/** An image drawn pixel by pixel, to test the measure on known images. */
export function greyImage(width: number, height: number, pixel: (x: number, y: number) => number): GreyImage {
  const pixels = new Uint8Array(width * height);
  for (let y = 0; y < height; y++) for (let x = 0; x < width; x++) pixels[y * width + x] = pixel(x, y);
  return { width, height, pixels };
}

/** Share of pixels darker than light grey: 0 for a blank page. */
export function inkRatio(image: GreyImage): number {
  let ink = 0;
  for (const pixel of image.pixels) if (pixel < 200) ink++;
  return ink / image.pixels.length;
}
