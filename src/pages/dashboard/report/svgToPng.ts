/** Print wants more dots than the screen: the picture is drawn at twice its on-screen size. */
const PRINT_SCALE = 2;

/** The SVG file drawn as a PNG on a canvas. The SVG travels as a data address: nothing is fetched. */
export async function svgToPng(svg: string, scale = PRINT_SCALE): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * scale);
  canvas.height = Math.ceil(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('dashboard.report.noCanvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('dashboard.report.noCanvas'))), 'image/png'),
  );
}
