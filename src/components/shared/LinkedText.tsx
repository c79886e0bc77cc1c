import * as React from 'react';
import { linkSegments } from '../../domain/text/links';
import styles from './shared.module.scss';

/**
 * Report text with its e-mail and web addresses as links. Every piece is a React text node or
 * an <a> element built here with a checked http(s)/mailto href: nothing is parsed as HTML.
 */
export function LinkedText(props: { readonly text: string }): JSX.Element {
  const segments = React.useMemo(() => linkSegments(props.text), [props.text]);
  if (segments.length === 1 && segments[0].kind === 'text') {
    return <>{props.text}</>;
  }
  return (
    <>
      {segments.map((segment, index) =>
        segment.kind === 'link' ? (
          <a key={index} href={segment.href} className={styles.link}>
            {segment.text}
          </a>
        ) : (
          <React.Fragment key={index}>{segment.text}</React.Fragment>
        )
      )}
    </>
  );
}
