export const SITE_NAME = 'AWS Study Guide';

/** The search filter value, and group title, for concept pages (which have no AWS category). */
export const CONCEPTS_FILTER = 'Cloud concepts';
