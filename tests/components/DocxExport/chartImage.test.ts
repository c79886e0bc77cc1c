/** @jest-environment jsdom */
import { pngFromCanvas } from '../../../src/components/DocxExport';
import { ONE_PIXEL_PNG_DATA_URL } from './support';

describe('pngFromCanvas', () => {
  afterEach(() => jest.restoreAllMocks());

  function drawnCanvas(): HTMLCanvasElement {
    const canvas = document.createElement('canvas');
    canvas.width = 600;
    canvas.height = 300;
    return canvas;
  }

  it('draws the transparent chart onto white before encoding it', () => {
    const source = drawnCanvas();
    const context = { fillStyle: '', fillRect: jest.fn(), drawImage: jest.fn() };
    const getContext = jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => context as unknown as CanvasRenderingContext2D);
    const toDataURL = jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(function (this: HTMLCanvasElement) {
      // Only the flattened copy is encoded, never the source.
      expect(this).not.toBe(source);
      expect([this.width, this.height]).toEqual([600, 300]);
      return ONE_PIXEL_PNG_DATA_URL;
    });
    const png = pngFromCanvas(source) as Uint8Array;
    expect(Array.from(png.slice(1, 4))).toEqual([0x50, 0x4e, 0x47]);
    expect(getContext).toHaveBeenCalledWith('2d');
    expect(context.fillStyle).toBe('#ffffff');
    expect(context.fillRect).toHaveBeenCalledWith(0, 0, 600, 300);
    expect(context.drawImage).toHaveBeenCalledWith(source, 0, 0);
    expect(context.fillRect.mock.invocationCallOrder[0]).toBeLessThan(context.drawImage.mock.invocationCallOrder[0]);
    expect(toDataURL).toHaveBeenCalledWith('image/png');
  });

  it('gives nothing for a missing or empty canvas, or one that cannot be read (tainted)', () => {
    expect(pngFromCanvas(undefined)).toBeUndefined();
    const empty = document.createElement('canvas');
    empty.width = 0;
    expect(pngFromCanvas(empty)).toBeUndefined();
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(() => null);
    jest.spyOn(HTMLCanvasElement.prototype, 'toDataURL').mockImplementation(() => {
      throw new DOMException('Tainted canvases may not be exported.', 'SecurityError');
    });
    expect(pngFromCanvas(drawnCanvas())).toBeUndefined();
  });
});
