import * as React from 'react';
import { FontIcon } from '@fluentui/react/lib/Icon';
import styles from './CollapsibleSection.module.scss';

export interface ICollapsibleSectionProps {
  /** Stable id; used for the heading/region relationship. */
  readonly id: string;
  readonly title: string;
  /** Heading level of the title (the card's sections are h3 under the card's h2). */
  readonly level?: 2 | 3 | 4;
  readonly defaultExpanded?: boolean;
  /** Render the content only once the section is first opened (its reads wait until then). */
  readonly lazy?: boolean;
  /** With `lazy`: render the content now although the section is closed (to print it). */
  readonly mount?: boolean;
  readonly children?: React.ReactNode;
}

/**
 * A section with a real heading whose button toggles the content (WAI-ARIA disclosure).
 * Collapsed content uses the `hidden` attribute; the print stylesheet un-hides it so a
 * printed report always has every section.
 */
export function CollapsibleSection(props: ICollapsibleSectionProps): JSX.Element {
  const [expanded, setExpanded] = React.useState(props.defaultExpanded !== false);
  const [opened, setOpened] = React.useState(expanded);
  if (expanded && !opened) setOpened(true);
  const rendered = !props.lazy || opened || props.mount === true;
  const Heading = `h${props.level ?? 3}` as 'h3';
  const contentId = `${props.id}-content`;
  const headingId = `${props.id}-heading`;
  return (
    <section className={styles.section} aria-labelledby={headingId} data-section={props.id}>
      <Heading className={styles.heading} id={headingId}>
        <button
          type="button"
          className={styles.toggle}
          aria-expanded={expanded}
          aria-controls={contentId}
          onClick={() => setExpanded((value) => !value)}
        >
          <FontIcon iconName={expanded ? 'ChevronDown' : 'ChevronRight'} aria-hidden={true} className={styles.chevron} />
          <span>{props.title}</span>
        </button>
      </Heading>
      <div id={contentId} className={styles.content} hidden={!expanded}>
        {rendered ? props.children : undefined}
      </div>
    </section>
  );
}
