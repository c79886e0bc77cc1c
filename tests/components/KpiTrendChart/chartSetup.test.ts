/** @jest-environment jsdom */
import { Chart } from 'chart.js';
import { REGISTERED_CHART_PARTS, createLineChart } from '../../../src/components/KpiTrendChart/chartSetup';

/** A 2D context that accepts every call: jsdom has no canvas. */
function stubContext(canvas: HTMLCanvasElement): CanvasRenderingContext2D {
  const target: Record<string, unknown> = { canvas };
  return new Proxy(target, {
    get(object, property: string) {
      if (property in object) return object[property];
      if (property === 'measureText') return () => ({ width: 10, actualBoundingBoxAscent: 5, actualBoundingBoxDescent: 2 });
      if (property === 'getImageData' || property === 'createImageData') return () => ({ data: new Uint8ClampedArray(4) });
      if (property === 'createLinearGradient' || property === 'createPattern' || property === 'createRadialGradient') {
        return () => ({ addColorStop: () => undefined });
      }
      if (property === 'getTransform') return () => ({ a: 1, b: 0, c: 0, d: 1, e: 0, f: 0 });
      if (property === 'getLineDash') return () => [];
      return () => undefined;
    },
    set(object, property: string, value) {
      object[property] = value;
      return true;
    }
  }) as unknown as CanvasRenderingContext2D;
}

describe('chartSetup', () => {
  it('registers only the parts a line chart over quarters needs', () => {
    expect(REGISTERED_CHART_PARTS.map((part) => (part as { id: string }).id).sort()).toEqual(
      ['category', 'legend', 'line', 'line', 'linear', 'point', 'tooltip'].sort()
    );
    expect(Chart.registry.getController('line')).toBeDefined();
    expect(Chart.registry.getScale('category')).toBeDefined();
    expect(Chart.registry.getScale('linear')).toBeDefined();
    expect(Chart.registry.getPlugin('tooltip')).toBeDefined();
    expect(Chart.registry.getPlugin('legend')).toBeDefined();
    // Everything else stays out of the chunk.
    expect(() => Chart.registry.getController('bar')).toThrow();
    expect(() => Chart.registry.getController('pie')).toThrow();
    expect(() => Chart.registry.getScale('time')).toThrow();
    expect(() => Chart.registry.getScale('logarithmic')).toThrow();
    expect(() => Chart.registry.getElement('arc')).toThrow();
    expect(() => Chart.registry.getPlugin('filler')).toThrow();
    expect(() => Chart.registry.getPlugin('title')).toThrow();
  });

  it('creates a real line chart on a stubbed canvas and destroys it', () => {
    jest.spyOn(HTMLCanvasElement.prototype, 'getContext').mockImplementation(function (this: HTMLCanvasElement) {
      return stubContext(this);
    } as never);
    const canvas = document.createElement('canvas');
    document.body.appendChild(canvas);
    const handle = createLineChart(canvas, {
      type: 'line',
      data: { labels: ['Q1 2025', 'Q2 2025', 'Q3 2025'], datasets: [{ label: 'x', data: [1, null, 3], spanGaps: false }] },
      options: { animation: false, responsive: false }
    });
    expect(Chart.getChart(canvas)).toBe(handle);
    handle.destroy();
    expect(Chart.getChart(canvas)).toBeUndefined();
  });
});
