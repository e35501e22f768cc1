/**
 * One finding of the advisor (`/findings/F-37c34bf2`): what it found and why it matters, what to do, the
 * figures and records it rests on, who owns it, and the decision a manager records on it.
 */
import { Link, useParams } from 'react-router';
import { PageHeader, Section, Status } from '../components/section';
import { Async } from '../components/states';
import { useFilterSearch } from '../filters';
import { shortRef } from '../format';
import { useApi } from '../hooks';
import type { Finding } from '../types';
import { FindingActions } from './finding/finding-actions';
import { type EvidenceFigure, FindingEvidence } from './finding/finding-evidence';

interface FindingDetail extends Finding {
  changedBy?: string | null;
  changedAt?: string | null;
  cleared?: boolean;
}

export default function FindingPage() {
  const id = useParams().id ?? '';
  const finding = useApi<FindingDetail>(`/api/findings/${encodeURIComponent(id)}`);
  const search = useFilterSearch();
  return (
    <>
      <p className="muted">
        <Link to={`/${search}#findings`}>Overview</Link> › Finding
      </p>
      <Async query={finding} what="the finding">
        {(data) => <FindingView finding={data} />}
      </Async>
    </>
  );
}

function FindingView({ finding }: { finding: FindingDetail }) {
  return (
    <>
      <PageHeader title={finding.title}>
        <p>
          <span className={`severity severity-${finding.severity}`}>{finding.severity}</span>{' '}
          <Status value={finding.status} /> about <code>{finding.subject}</code>
        </p>
      </PageHeader>
      <div className="grid">
        <Section id="summary" title="What was found">
          <p>{finding.summary}</p>
          <h3>Why it matters</h3>
          <p>{finding.why}</p>
        </Section>
        <Section id="actions" title="Recommended actions">
          {finding.actions.length === 0 ? (
            <p className="state state-empty">The rule recommends no specific action.</p>
          ) : (
            <ol>
              {finding.actions.map((action) => (
                <li key={action}>{action}</li>
              ))}
            </ol>
          )}
        </Section>
        <Section id="status" title="Status and ownership">
          <dl className="facts">
            <div>
              <dt>Status</dt>
              <dd>
                <Status value={finding.status} />
                {finding.cleared ? ' (the condition is no longer observed)' : ''}
              </dd>
            </div>
            <div>
              <dt>Owner</dt>
              <dd>{finding.owner ? shortRef(finding.owner) : 'No owner named'}</dd>
            </div>
            <div>
              <dt>Concern</dt>
              <dd>
                <code>{finding.concern}</code>
              </dd>
            </div>
            <div>
              <dt>Rule</dt>
              <dd>
                <code>{finding.rule}</code>
              </dd>
            </div>
            <div>
              <dt>First seen</dt>
              <dd>{finding.firstSeen}</dd>
            </div>
            <div>
              <dt>Last seen</dt>
              <dd>{finding.lastSeen}</dd>
            </div>
            {finding.snoozedUntil ? (
              <div>
                <dt>Snoozed until</dt>
                <dd>{finding.snoozedUntil}</dd>
              </div>
            ) : null}
            {finding.changedBy ? (
              <div>
                <dt>Last changed by</dt>
                <dd>
                  {finding.changedBy}
                  {finding.changedAt ? `, ${finding.changedAt.slice(0, 16).replace('T', ' ')} UTC` : ''}
                </dd>
              </div>
            ) : null}
            {finding.note ? (
              <div>
                <dt>Note</dt>
                <dd>{finding.note}</dd>
              </div>
            ) : null}
          </dl>
        </Section>
        <Section id="decision" title="Decision">
          <FindingActions finding={finding} />
        </Section>
        <Section id="evidence" title="Evidence" wide>
          <FindingEvidence
            figures={finding.evidence.figures as EvidenceFigure[]}
            records={finding.evidence.records}
          />
        </Section>
      </div>
    </>
  );
}
