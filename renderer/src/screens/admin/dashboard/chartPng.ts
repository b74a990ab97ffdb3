const SCALE = 2;
const FONT = "'Sarabun', 'Noto Sans Thai', sans-serif";

const number = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

/** The text a `<text>` shows: its own text nodes, not its `<title>` tooltip. */
const ownText = (element: Element) =>
  [...element.childNodes]
    .filter((n) => n.nodeType === Node.TEXT_NODE)
    .map((n) => n.textContent)
    .join('');

/**
 * One of our SVG charts drawn onto a canvas at twice its size, element by element (rect, line, text: all the charts
 * use). Drawing it ourselves uses the page's own Sarabun, so Thai labels come out right; an SVG drawn as an image
 * cannot reach the page's fonts and shows Thai in whatever the machine has, or not at all.
 */
export async function chartPng(svg: SVGSVGElement): Promise<Blob> {
  await Promise.all([document.fonts.load(`13px ${FONT}`, 'กขค'), document.fonts.load(`600 18px ${FONT}`, 'กขค')]);
  const { width, height } = svg.viewBox.baseVal;
  const canvas = document.createElement('canvas');
  canvas.width = width * SCALE;
  canvas.height = height * SCALE;
  const context = canvas.getContext('2d')!;
  context.scale(SCALE, SCALE);
  for (const element of svg.querySelectorAll('rect, line, text')) {
    if (element.tagName === 'rect') {
      context.fillStyle = element.getAttribute('fill') ?? '#000';
      context.beginPath();
      context.roundRect(
        number(element, 'x'),
        number(element, 'y'),
        number(element, 'width'),
        number(element, 'height'),
        number(element, 'rx'),
      );
      context.fill();
    } else if (element.tagName === 'line') {
      context.strokeStyle = element.getAttribute('stroke') ?? '#000';
      context.beginPath();
      context.moveTo(number(element, 'x1'), number(element, 'y1'));
      context.lineTo(number(element, 'x2'), number(element, 'y2'));
      context.stroke();
    } else {
      context.fillStyle = element.getAttribute('fill') ?? '#000';
      context.font = `${element.getAttribute('font-weight') ?? 400} ${number(element, 'font-size')}px ${FONT}`;
      const anchor = element.getAttribute('text-anchor');
      context.textAlign = anchor === 'end' ? 'end' : anchor === 'middle' ? 'center' : 'start';
      context.fillText(ownText(element), number(element, 'x'), number(element, 'y'));
    }
  }
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The chart could not be drawn.'))), 'image/png'),
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
