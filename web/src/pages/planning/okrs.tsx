/** The OKR section: a quarter to look at (kept in the address as `?quarter=`) and its cascade. */
import { useId, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { StatusCounts } from '../../components/section';
import { formatValue } from '../../format';
import { ObjectiveNode, pathTo, pruneToTeam } from './okr-tree';
import type { KeyResult, OkrList, OkrTree } from './types';

export function Okrs(props: {
  tree: OkrTree;
  list: OkrList | undefined;
  scope: string | undefined;
  title: (ref: string) => string;
}) {
  const { tree, list, scope, title } = props;
  const [params, setParams] = useSearchParams();
  const selectId = useId();
  const quarters = tree.quarters;
  const current =
    quarters.find((quarter) => quarter.from <= tree.today && tree.today <= quarter.to) ?? quarters.at(-1);
  const chosen = quarters.find((quarter) => quarter.quarter === params.get('quarter')) ?? current;
  const keyResults = useMemo(
    () =>
      new Map<string, KeyResult>(
        (list?.items ?? []).flatMap((objective) => objective.keyResults.map((kr) => [kr.id, kr])),
      ),
    [list],
  );
  const teamsOf = useMemo(
    () => new Map((list?.items ?? []).map((objective) => [objective.id, objective.teams])),
    [list],
  );
  const inQuarter = tree.roots.filter((root) => root.quarter === chosen?.quarter);
  const roots = scope ? pruneToTeam(inQuarter, scope, teamsOf) : inQuarter;
  const open = new Set(pathTo(roots, params.get('okr')));

  if (quarters.length === 0)
    return (
      <p className="state state-empty">
        No OKRs yet. Add a quarter's objectives and key results as <code>okrs/2026-Q4.yaml</code> in the
        workspace (company, engineering and team objectives, each key result measured by a metric or by
        check-ins).
      </p>
    );
  const counts = roots.reduce<Record<string, number>>((sum, root) => {
    for (const [status, count] of Object.entries(root.rollUp.counts))
      sum[status] = (sum[status] ?? 0) + count;
    return sum;
  }, {});
  return (
    <>
      <div className="okr-head">
        {quarters.length > 1 ? (
          <>
            <label htmlFor={selectId}>Quarter</label>{' '}
            <select
              id={selectId}
              value={chosen?.quarter ?? ''}
              onChange={(event) => {
                const next = new URLSearchParams(params);
                next.set('quarter', event.target.value);
                next.delete('okr');
                setParams(next);
              }}
            >
              {quarters.map((quarter) => (
                <option key={quarter.quarter} value={quarter.quarter}>
                  {quarter.quarter}
                </option>
              ))}
            </select>
          </>
        ) : (
          <strong>{chosen?.quarter}</strong>
        )}
        {chosen ? (
          <span className="muted">
            {chosen.from} to {chosen.to}; {formatValue(chosen.expected, 'fraction')} of the quarter has
            passed, so that is the progress expected by now.
          </span>
        ) : null}
      </div>
      <StatusCounts counts={counts} label="Key results by status" />
      {roots.length === 0 ? (
        <p className="state state-empty">
          {scope ? (
            <>
              No objective of {title(scope)} in {chosen?.quarter}. Give the team's objectives{' '}
              <code>team: {scope}</code> in the OKR file to see them here.
            </>
          ) : (
            `No objectives in ${chosen?.quarter}.`
          )}
        </p>
      ) : (
        <ul className="okr-tree okr-roots">
          {roots.map((root) => (
            <ObjectiveNode
              key={root.id}
              objective={root}
              depth={0}
              open={open}
              keyResults={keyResults}
              title={title}
            />
          ))}
        </ul>
      )}
    </>
  );
}
