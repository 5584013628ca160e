import { DataTable, useListContext } from 'react-admin';
import { LocaleDateField } from '../../components/fields';

/**
 * The dates a work list is about, as columns while it is open: the leader's term end for
 * "terms ending soon", the dues paid-through date for "dues lapsed". Otherwise the list
 * keeps its usual columns.
 */
export function WorkListColumns() {
  const { filterValues } = useListContext();
  return (
    <>
      {filterValues.termEndsSoon ? <DataTable.Col source="leaderTermEnds" field={LocaleDateField} /> : null}
      {filterValues.duesLapsed ? <DataTable.Col source="duesPaidThrough" field={LocaleDateField} /> : null}
    </>
  );
}
