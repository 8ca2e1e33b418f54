import { h } from 'hastscript';

/**
 * The icon inside "link to this section/row" anchors: an empty span that CSS paints
 * (see `.anchor-icon`), so each of the many anchors on a page costs a few bytes.
 * Hidden from assistive tech: the link carries the label.
 */
export const linkIcon = () => h('span', { className: ['anchor-icon'], ariaHidden: 'true' });
