/** The data floor's view: the KPI numbers through React and ReactDOM alone, as the React floor writes them. */
import * as React from 'react';
import * as ReactDOM from 'react-dom';
import type { IKpiEntry } from '../../../src/domain/model';

function Figures(props: { readonly kpis: readonly IKpiEntry[] }): JSX.Element {
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

export function renderFigures(root: HTMLElement, kpis: readonly IKpiEntry[]): void {
  // eslint-disable-next-line @rushstack/pair-react-dom-render-unmount
  ReactDOM.render(<Figures kpis={kpis} />, root);
}
