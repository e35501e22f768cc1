/**
 * The team topology map: teams drawn in the shape and color of their type (Team Topologies), placed in
 * rows (stream-aligned on top, enabling and complicated-subsystem in the middle, platform below), joined
 * by their declared interactions. The interactions table below carries the same facts as text.
 */
import { useMemo } from 'react';
import { Chart, PALETTE } from '../../components/chart';
import { escapeHtml } from '../../components/chart-text';
import { Status } from '../../components/section';
import { Table } from '../../components/table';
import { titleCase } from '../../format';
import type { Team, TeamInteraction } from './types';

export const TEAM_TYPES = [
  {
    type: 'stream-aligned',
    label: 'Stream-aligned',
    color: PALETTE[4],
    symbol: 'roundRect',
    size: [150, 40],
    row: 0,
  },
  { type: 'enabling', label: 'Enabling', color: PALETTE[3], symbol: 'diamond', size: [230, 64], row: 1 },
  {
    type: 'complicated-subsystem',
    label: 'Complicated subsystem',
    color: PALETTE[1],
    symbol: 'path://M30,0 L70,0 L100,30 L100,70 L70,100 L30,100 L0,70 L0,30 Z',
    size: [160, 48],
    row: 1,
  },
  { type: 'platform', label: 'Platform', color: PALETTE[0], symbol: 'rect', size: [190, 40], row: 2 },
] as const;

const MODES: Record<
  string,
  { label: string; type: 'solid' | 'dashed' | 'dotted'; width: number; arrow: boolean }
> = {
  collaboration: { label: 'collaboration', type: 'solid', width: 3, arrow: false },
  'x-as-a-service': { label: 'X-as-a-Service', type: 'dashed', width: 2, arrow: true },
  facilitating: { label: 'facilitating', type: 'dotted', width: 2, arrow: true },
};

export function modeLabel(mode: string): string {
  return MODES[mode]?.label ?? titleCase(mode);
}

export function typeLabel(type: string): string {
  return TEAM_TYPES.find((candidate) => candidate.type === type)?.label ?? titleCase(type);
}

interface Interaction extends TeamInteraction {
  team: string;
}

/** Every declared interaction once: a collaboration declared by both sides counts once. */
function interactionsOf(teams: Team[]): Interaction[] {
  const seen = new Set<string>();
  const out: Interaction[] = [];
  for (const team of teams)
    for (const interaction of team.profile.interactions) {
      const pair =
        interaction.mode === 'collaboration'
          ? [team.ref, interaction.with].sort().join('|')
          : `${team.ref}|${interaction.with}`;
      const key = `${interaction.mode}|${pair}`;
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({ ...interaction, team: team.ref });
    }
  return out;
}

/** A row's positions: a full row evenly, a sparse middle row out toward the sides so lines pass between. */
function spreadAcross(index: number, count: number, span: number): number {
  if (count === 1) return span / 2;
  return span * (0.05 + (0.9 * index) / (count - 1));
}

export function TeamTopology(props: {
  teams: Team[];
  scope: string | undefined;
  title: (ref: string) => string;
  onSelect: (ref: string) => void;
}) {
  const { teams, scope, title, onSelect } = props;
  const interactions = useMemo(() => interactionsOf(teams), [teams]);
  const option = useMemo(() => {
    const rows = new Map<number, Team[]>();
    for (const team of teams) {
      const row = TEAM_TYPES.find((candidate) => candidate.type === team.type)?.row ?? 1;
      rows.set(row, [...(rows.get(row) ?? []), team]);
    }
    const widest = Math.max(1, ...[...rows.values()].map((row) => row.length));
    const nodes = [...rows.entries()].flatMap(([row, members]) =>
      members.map((team, index) => {
        const kind = TEAM_TYPES.find((candidate) => candidate.type === team.type) ?? TEAM_TYPES[0];
        return {
          id: team.ref,
          name: title(team.ref),
          x: spreadAcross(index, members.length, widest * 200),
          y: row * 150,
          category: TEAM_TYPES.indexOf(kind),
          symbol: kind.symbol,
          symbolSize: [...kind.size],
          itemStyle: {
            color: kind.color,
            borderColor: scope === team.ref ? '#1b2430' : '#ffffff',
            borderWidth: scope === team.ref ? 4 : 1,
            shadowBlur: scope === team.ref ? 10 : 0,
            shadowColor: 'rgba(27, 36, 48, 0.5)',
          },
          label: { show: true, color: '#ffffff', fontWeight: 600, fontSize: 12 },
          value: `${typeLabel(team.type)}, ${team.profile.size.headcount} people`,
        };
      }),
    );
    const links = interactions
      .filter((interaction) => teams.some((team) => team.ref === interaction.with))
      .map((interaction) => {
        const mode = MODES[interaction.mode] ?? MODES.collaboration;
        const flagged = interaction.flag !== null;
        return {
          source: interaction.team,
          target: interaction.with,
          symbol: ['none', mode?.arrow ? 'arrow' : 'none'],
          symbolSize: 9,
          lineStyle: {
            type: mode?.type,
            width: mode?.width,
            color: flagged ? PALETTE[1] : '#555f6d',
            opacity: 1,
            curveness: 0.08,
          },
          label: {
            show: true,
            formatter: flagged
              ? `${modeLabel(interaction.mode)} (${interaction.days} d)`
              : modeLabel(interaction.mode),
            fontSize: 11,
            color: flagged ? PALETTE[1] : '#1b2430',
            backgroundColor: '#ffffff',
            padding: [1, 3],
          },
          purpose: interaction.purpose,
        };
      });
    return {
      tooltip: {
        formatter: (params: {
          dataType: string;
          name: string;
          data: { value?: string; purpose?: string | null };
        }) =>
          escapeHtml(
            params.dataType === 'edge'
              ? (params.data.purpose ?? '')
              : `${params.name}: ${params.data.value ?? ''}`,
          ),
      },
      legend: { data: TEAM_TYPES.map((kind) => kind.label), bottom: 0 },
      series: [
        {
          type: 'graph',
          layout: 'none',
          top: 60,
          bottom: 60,
          left: 110,
          right: 130,
          categories: TEAM_TYPES.map((kind) => ({
            name: kind.label,
            symbol: kind.symbol,
            itemStyle: { color: kind.color },
          })),
          data: nodes,
          links,
          edgeLabel: { show: true },
          emphasis: { focus: 'adjacency' },
        },
      ],
    };
  }, [teams, interactions, scope, title]);

  return (
    <>
      <Chart
        option={option}
        label="Team topology: teams by type and the interactions they have declared"
        height={440}
        onClick={(params) => {
          const data = params.data as { id?: string } | undefined;
          if (data?.id?.startsWith('team:')) onSelect(data.id);
        }}
      />
      <p className="muted">
        Solid lines are collaboration, dashed lines X-as-a-Service (the arrow points to the team providing
        it), dotted lines facilitating. A collaboration in red has run past half a year with no end date.
      </p>
      <h3>Declared interactions</h3>
      <Table
        caption="Team interactions"
        rowKey={(row) => `${row.team}|${row.mode}|${row.with}`}
        rows={interactions}
        empty="No team declares an interaction. Add `interactions:` (collaboration, x-as-a-service or facilitating) to the teams in the workspace to see how they work together."
        columns={[
          { header: 'Team', cell: (row) => title(row.team) },
          { header: 'Mode', cell: (row) => <span className="nowrap">{modeLabel(row.mode)}</span> },
          { header: 'With', cell: (row) => title(row.with) },
          { header: 'Since', cell: (row) => <span className="nowrap">{row.since ?? '—'}</span> },
          { header: 'Purpose', cell: (row) => row.purpose ?? '—' },
          {
            header: 'State',
            cell: (row) =>
              row.flag ? (
                <>
                  <Status value="warning" /> {row.flag}
                </>
              ) : (
                <Status value={row.state} />
              ),
          },
        ]}
      />
    </>
  );
}
