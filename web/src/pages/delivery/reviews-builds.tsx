/**
 * Pull requests (how fast reviews and merges come, how large the changes are, who carries the review load)
 * and builds (how often the pipeline passes, how long it takes, how often it fails and then passes on the
 * same commit).
 */
import { MetricFigure } from '../../components/metric-figure';
import { type Column, Table } from '../../components/table';
import { formatCount, formatValue } from '../../format';
import type { BuildsReport, Flaky, PrsReport, ReviewLoad } from './types';

type Reviewer = NonNullable<ReviewLoad['reviewers']>[number];
type Pipeline = NonNullable<Flaky['pipelines']>[number];

const REVIEWER_COLUMNS: Column<Reviewer>[] = [
  { header: 'Reviewer', cell: (row) => row.reviewer },
  { header: 'Reviews', numeric: true, cell: (row) => formatCount(row.reviews) },
  { header: 'Pull requests', numeric: true, cell: (row) => formatCount(row.pullRequests) },
  { header: 'Share of all reviews', numeric: true, cell: (row) => formatValue(row.share, 'fraction') },
];

const PIPELINE_COLUMNS: Column<Pipeline>[] = [
  { header: 'Repository', cell: (row) => row.repository.replace(/^repository:(?:[a-z0-9-]+\/)?/, '') },
  { header: 'Pipeline', cell: (row) => row.pipeline },
  { header: 'Flaky commits', numeric: true, cell: (row) => formatCount(row.flakyCommits) },
  { header: 'Commits built', numeric: true, cell: (row) => formatCount(row.commits) },
  { header: 'Flaky share', numeric: true, cell: (row) => formatValue(row.rate, 'fraction') },
];

/** How many of the busiest reviewers and flakiest pipelines to list. */
const TOP = 10;

export function PullRequestsSection({ prs, search }: { prs: PrsReport['results']; search: string }) {
  const reviewers = [...(prs.reviewLoad.reviewers ?? [])].sort((a, b) => b.share - a.share).slice(0, TOP);
  return (
    <>
      <dl className="figures" aria-label="Pull request metrics for the window">
        <MetricFigure
          label="Time to first review"
          result={prs.timeToFirstReview}
          unit="seconds"
          statistic="median"
          search={search}
        />
        <MetricFigure
          label="Review turnaround"
          result={prs.reviewTurnaround}
          unit="seconds"
          statistic="median"
          search={search}
        />
        <MetricFigure
          label="Time to merge"
          result={prs.timeToMerge}
          unit="seconds"
          statistic="median"
          search={search}
        />
        <MetricFigure
          label="Pull request size"
          result={prs.size}
          unit="lines"
          statistic="median"
          search={search}
        />
        <MetricFigure
          label="Merged without review"
          result={prs.mergedWithoutReview}
          unit="fraction"
          search={search}
        />
        <MetricFigure
          label="Busiest reviewer’s share"
          result={prs.reviewLoad}
          unit="fraction"
          search={search}
        />
      </dl>
      <h3>Review load</h3>
      <Table
        caption={`The ${TOP} reviewers with the largest share of reviews`}
        columns={REVIEWER_COLUMNS}
        rows={reviewers}
        rowKey={(row) => row.reviewer}
        empty="No reviews in this window. Reviews come with the pull requests of GitHub or GitLab (sextant sync)."
      />
    </>
  );
}

export function BuildsSection({ builds, search }: { builds: BuildsReport['results']; search: string }) {
  const flaky = [...(builds.flaky.pipelines ?? [])]
    .filter((row) => row.flakyCommits > 0)
    .sort((a, b) => b.rate - a.rate)
    .slice(0, TOP);
  const duration = builds.duration;
  return (
    <>
      <dl className="figures" aria-label="Build metrics for the window">
        <MetricFigure label="CI success rate" result={builds.successRate} unit="fraction" search={search} />
        <MetricFigure
          label="Pipeline duration"
          result={duration}
          unit="seconds"
          statistic="median"
          search={search}
          detail={
            duration.kind === 'value' && duration.p95 !== undefined
              ? `p95 ${formatValue(duration.p95, 'seconds')}`
              : null
          }
        />
        <MetricFigure label="Flaky pipelines" result={builds.flaky} unit="fraction" search={search} />
      </dl>
      <h3>Flaky pipelines</h3>
      <Table
        caption="Pipelines that failed and then passed on the same commit"
        columns={PIPELINE_COLUMNS}
        rows={flaky}
        rowKey={(row) => `${row.repository}/${row.pipeline}`}
        empty="No pipeline failed and then passed on the same commit in this window, or no CI runs were recorded (they come from GitHub Actions, GitLab CI or an import)."
      />
    </>
  );
}
