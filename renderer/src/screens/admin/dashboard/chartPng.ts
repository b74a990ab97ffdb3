import sarabunLatin from '@fontsource/sarabun/files/sarabun-latin-400-normal.woff2?url';
import sarabunThai from '@fontsource/sarabun/files/sarabun-thai-400-normal.woff2?url';

const SCALE = 2;

async function dataUrl(url: string): Promise<string> {
  const blob = await (await fetch(url)).blob();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error ?? new Error('font'));
    reader.readAsDataURL(blob);
  });
}

/**
 * An SVG chart as a PNG at twice its size. An SVG drawn as an image cannot reach the page's fonts, so Sarabun is
 * embedded in it: without that, Thai labels would come out in whatever font the machine has, or as boxes.
 */
export async function chartPng(svg: SVGSVGElement): Promise<Blob> {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const [latin, thai] = await Promise.all([dataUrl(sarabunLatin), dataUrl(sarabunThai)]);
  const style = document.createElementNS('http://www.w3.org/2000/svg', 'style');
  style.textContent = `
    @font-face { font-family: 'Sarabun'; src: url(${latin}) format('woff2'); unicode-range: U+0000-00FF; }
    @font-face { font-family: 'Sarabun'; src: url(${thai}) format('woff2'); unicode-range: U+0E01-0E5B, U+200C-200D; }
    text { font-family: 'Sarabun', sans-serif; }`;
  clone.prepend(style);
  const { width, height } = svg.viewBox.baseVal;
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(clone))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d')!;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, canvas.width, canvas.height);
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG'))), 'image/png'),
  );
}

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
