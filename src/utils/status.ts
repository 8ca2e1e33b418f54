import { SERVICE_STATES } from '../schemas';
import { formatDate } from './provenance';

type State = (typeof SERVICE_STATES)[number];

/** How each lifecycle state reads in a notice or a table cell. */
export const STATE_LABELS: Record<State, string> = {
  active: 'Active',
  legacy: 'Legacy',
  closed: 'Closed to new customers',
  retired: 'Retired',
  renamed: 'Renamed',
};

/** "2025-07-31" -> "July 2025"; "2024-02" -> "February 2024". */
export const formatMonth = (date: string) => formatDate(date.slice(0, 7));
