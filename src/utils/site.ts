export const SITE_NAME = 'AWS Study Guide';
