/** What both floors of the open benchmark draw: the newest snapshot's KPI numbers, through React and ReactDOM alone. */
import * as React from 'react';
import * as ReactDOM from 'react-dom';

export interface IFloorKpi {
  readonly definitionKey: string;
  readonly current?: { readonly number?: number };
}

function Figures(props: { readonly kpis: readonly IFloorKpi[] }): JSX.Element {
  const format = React.useMemo(() => new Intl.NumberFormat('sv-SE'), []);
  return (
    <article>
      {props.kpis.map((k) => (
        <p key={k.definitionKey}>
          {k.definitionKey}: {k.current && typeof k.current.number === 'number' ? format.format(k.current.number) : ''}
        </p>
      ))}
    </article>
  );
}

export function renderFigures(root: HTMLElement, kpis: readonly IFloorKpi[]): void {
  // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
  ReactDOM.render(<Figures kpis={kpis} />, root);
}
