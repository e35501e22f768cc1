/**
 * The OKR cascade: company objectives, the engineering objectives under them and the team objectives
 * under those, each with its roll-up and its key results. Objectives open and close with the keyboard
 * (they are <details>); the first two levels start open, and `?okr=<id>` opens the way to one objective.
 */

import { personName } from '../../components/org-names';
import { Status } from '../../components/section';
import { formatValue, titleCase } from '../../format';
import { ProgressBar } from './progress';
import type { KeyResult, TreeKeyResult, TreeObjective } from './types';

/** The ids on the way from a root to `id`, or an empty list when it is not in the tree. */
export function pathTo(roots: TreeObjective[], id: string | null): string[] {
  if (!id) return [];
  for (const root of roots) {
    if (root.id === id) return [root.id];
    const below = pathTo(root.children, id);
    if (below.length) return [root.id, ...below];
  }
  return [];
}

/** The tree cut down to objectives owned by `team` and the objectives they roll up to. */
export function pruneToTeam(
  roots: TreeObjective[],
  team: string,
  teamsOf: Map<string, string[]>,
): TreeObjective[] {
  return roots.flatMap((root) => {
    const children = pruneToTeam(root.children, team, teamsOf);
    const own = root.team === team || (teamsOf.get(root.id) ?? []).includes(team);
    return own || children.length ? [{ ...root, children: own ? root.children : children }] : [];
  });
}

function unitOf(unit: string | null): string | undefined {
  if (unit === 'percent') return 'percent';
  if (unit === 'days') return 'days';
  if (unit === 'hours') return 'hours';
  return undefined;
}

function KeyResultRow(props: { summary: TreeKeyResult; detail: KeyResult | undefined }) {
  const { summary, detail } = props;
  const unit = unitOf(detail?.unit ?? null);
  const last = detail?.checkIns.at(-1);
  const measure = detail
    ? detail.unit === 'boolean'
      ? 'done or not'
      : `${formatValue(detail.baseline, unit)} → ${formatValue(detail.target, unit)}`
    : '—';
  return (
    <tr>
      <td>{summary.title}</td>
      <td>{personName(detail?.owner)}</td>
      <td className="nowrap">{measure}</td>
      <td className="nowrap">
        {detail?.current ? `${formatValue(detail.current.value, unit)} on ${detail.current.asOf}` : '—'}
      </td>
      <td>
        <ProgressBar progress={summary.assessment.progress} expected={summary.assessment.expected} />
      </td>
      <td>
        <Status value={summary.assessment.status} />
        {summary.assessment.why ? <span className="muted"> {summary.assessment.why}</span> : null}
      </td>
      <td>
        {last ? (
          <>
            <span className="nowrap">{last.date}</span>
            {last.note ? <span className="muted"> {last.note}</span> : null}
          </>
        ) : detail?.source === 'metric' ? (
          <span className="muted">measured from {detail.metric?.id ?? 'a metric'}</span>
        ) : (
          'none yet'
        )}
      </td>
    </tr>
  );
}

export function ObjectiveNode(props: {
  objective: TreeObjective;
  depth: number;
  open: Set<string>;
  keyResults: Map<string, KeyResult>;
  title: (ref: string) => string;
}) {
  const { objective, depth, open, keyResults, title } = props;
  const { rollUp } = objective;
  return (
    <li>
      <details id={`okr-${objective.id}`} className="okr" open={depth < 2 || open.has(objective.id)}>
        <summary>
          <span className="okr-level">{titleCase(objective.level)}</span>
          <span className="okr-title">{objective.title}</span>
          <ProgressBar progress={rollUp.progress} expected={rollUp.expected} />
          <Status value={rollUp.status} />
          <span className="muted">
            {objective.team ? `${title(objective.team)} · ` : ''}
            {personName(objective.owner)}
          </span>
        </summary>
        {objective.keyResults.length ? (
          <div className="table-wrap">
            <table>
              <caption>Key results of “{objective.title}”</caption>
              <thead>
                <tr>
                  <th scope="col">Key result</th>
                  <th scope="col">Owner</th>
                  <th scope="col">Baseline → target</th>
                  <th scope="col">Current</th>
                  <th scope="col">Progress</th>
                  <th scope="col">Status</th>
                  <th scope="col">Last check-in</th>
                </tr>
              </thead>
              <tbody>
                {objective.keyResults.map((kr) => (
                  <KeyResultRow key={kr.id} summary={kr} detail={keyResults.get(kr.id)} />
                ))}
              </tbody>
            </table>
          </div>
        ) : (
          <p className="muted okr-note">No key results of its own; it rolls up the objectives below.</p>
        )}
        {objective.children.length ? (
          <ul className="okr-tree">
            {objective.children.map((child) => (
              <ObjectiveNode
                key={child.id}
                objective={child}
                depth={depth + 1}
                open={open}
                keyResults={keyResults}
                title={title}
              />
            ))}
          </ul>
        ) : null}
      </details>
    </li>
  );
}
