/**
 * The `sextant` command. Command modules load only when their command runs, so `sextant --version` and
 * `--help` start fast and never touch the database.
 */
import { Command } from 'commander';
import { readVersion } from '../services/version.js';
import { reportError } from './errors.js';
import { lazy, lazyRead } from './lazy.js';
import { registerAccessCommands } from './register-access.js';
import { registerAdrCommands } from './register-adrs.js';
import { registerAttritionCommands } from './register-attrition.js';
import { registerBudgetCommands } from './register-budget.js';
import { registerCapacityCommands } from './register-capacity.js';
import { registerCatalogCommands } from './register-catalog.js';
import { registerControlsCommands } from './register-controls.js';
import { registerDebtCommands } from './register-debt.js';
import { registerDecisionCommands } from './register-decisions.js';
import { registerDependenciesCommands } from './register-dependencies.js';
import { registerExperimentsCommands } from './register-experiments.js';
import { registerFindingsCommands } from './register-findings.js';
import { registerFrameworkCommands } from './register-framework.js';
import { registerHiringCommands } from './register-hiring.js';
import { registerIncidentsCommands } from './register-incidents.js';
import { registerKpisCommands } from './register-kpis.js';
import { registerMaturityCommands } from './register-maturity.js';
import { registerOkrsCommands } from './register-okrs.js';
import { registerOnboardingCommands } from './register-onboarding.js';
import { registerOncallCommands } from './register-oncall.js';
import { registerOrgCommands } from './register-org.js';
import { registerOrgModelCommands } from './register-org-model.js';
import { registerPostmortemCommands } from './register-postmortems.js';
import { registerReleasesCommands } from './register-releases.js';
import { registerReportCommands } from './register-report.js';
import { registerReportDeliveryCommands } from './register-report-delivery.js';
import { registerRisksCommands } from './register-risks.js';
import { registerRitualsCommands } from './register-rituals.js';
import { registerRoadmapCommands } from './register-roadmap.js';
import { registerSlosCommands } from './register-slos.js';
import { registerSurveysCommands } from './register-surveys.js';
import { registerTalentCommands } from './register-talent.js';
import { registerVendorsCommands } from './register-vendors.js';
import { registerVulnsCommands } from './register-vulns.js';

const program = new Command('sextant')
  .description('Sextant, the engineering leadership system')
  .version(readVersion(), '-V, --version', 'print the version')
  .option('-w, --workspace <dir>', 'workspace folder (default: $SEXTANT_WORKSPACE, else the current folder)')
  .showHelpAfterError()
  .configureOutput({ outputError: (text, write) => write(text) });

program
  .command('init')
  .description('create an empty workspace with commented examples')
  .argument('[dir]', 'folder to create it in (default: the workspace folder)')
  .option('--org <name>', 'organization name')
  .action(
    lazy(
      () => import('./commands/init.js'),
      (m) => m.runInit,
    ),
  );

program
  .command('demo')
  .description('create the demo organization: workspace files and a year of observed data')
  .argument('[dir]', 'folder to create it in (default: the workspace folder)')
  .option('--seed <n>', 'random seed; the same seed and date give the same organization', '1')
  .option('--as-of <date>', 'last day of observed data, YYYY-MM-DD (default: the Monday of this week)')
  .action(
    lazy(
      () => import('./commands/demo.js'),
      (m) => m.runDemo,
    ),
  );

program
  .command('validate')
  .description('check every workspace file and cross-file reference; writes nothing')
  .option('--incidents', "also look up each postmortem's incident in the database")
  .option('--json', 'print the result as JSON')
  .action(
    lazy(
      () => import('./commands/validate.js'),
      (m) => m.runValidate,
    ),
  );

program
  .command('sync')
  .description('load the workspace model and the observed-data files it lists into the database')
  .option('--source <name...>', 'also sync these sources declared in sextant.yaml now')
  .option('--no-advisor', 'leave the findings as they are (by default the advisor runs after loading)')
  .option(
    '--no-kpis',
    "leave today's KPI scorecard to be read on first use (by default it is stored after loading)",
  )
  .option('--json', 'print the result as JSON')
  .action(
    lazy(
      () => import('./commands/sync.js'),
      (m) => m.runSync,
    ),
  );

const ingest = program.command('ingest').description('bring observed data into the database');
ingest
  .command('files')
  .description('import JSON Lines, JSON array or CSV files of observed records (see docs/import.md)')
  .argument('<files...>', 'files to import; the record type comes from the file name unless --type is given')
  .option('--type <type>', 'record type of every file (commit, pull-request, review, deployment, …)')
  .option('--source <name>', 'source name for records that do not give one', 'file')
  .option('--json', 'print the result as JSON')
  .action(
    lazy(
      () => import('./commands/ingest-files.js'),
      (m) => m.runIngestFiles,
    ),
  );

program
  .command('identities')
  .description('observed actors and the people they map to')
  .command('unmatched')
  .description('list actors that map to no person, or to several, with how many records name them')
  .option('--json', 'print the list as JSON')
  .action(
    lazyRead(
      () => import('./commands/identities.js'),
      (m) => m.runIdentitiesUnmatched,
    ),
  );

ingest
  .command('git')
  .description('read a local git repository: commits with file stats, tags (see docs/connectors/git.md)')
  .argument('<path>', 'the repository folder')
  .option('--repository <name>', 'repository name for the records (default: the folder name)')
  .option('--service <name>', 'service the detected deployments belong to (default: the repository name)')
  .option('--deploy-tags <glob>', 'tags matching this glob are production deployments, e.g. "v*"')
  .option('--deploy-branch <branch>', 'merges on this branch (first-parent line) are production deployments')
  .option('--include-refs <namespace...>', 'also read these ref namespaces, e.g. refs/remotes refs/pull')
  .option('--json', 'print the result as JSON')
  .action(
    lazy(
      () => import('./commands/ingest-git.js'),
      (m) => m.runIngestGit,
    ),
  );

const metrics = program.command('metrics').description('delivery, flow, pull request and build metrics');
const addMetricOptions = (command: Command) =>
  command
    .option('--scope <scope>', 'org (default), team:NAME, service:NAME or repo:NAME')
    .option('--from <date>', 'first day of the window, YYYY-MM-DD (default: 12 weeks before this week)')
    .option('--to <date>', 'last day of the window, inclusive (default: the end of last week)')
    .option('--org-as-of <date>', 'read team scopes with the organization as it was on this day, YYYY-MM-DD')
    .option('--json', 'print the results as JSON (durations in seconds, rates as fractions)');
for (const family of ['dora', 'flow', 'prs', 'builds']) {
  const command = addMetricOptions(metrics.command(family).description(`compute the ${family} metrics`));
  if (family === 'dora') {
    command
      .option('--compat <tool>', 'compute DORA the way another tool does, to compare (devlake)')
      .option('--bands <year>', 'DORA report table for the bands: 2021, 2023 (default) or 2024');
  }
  command.action(
    lazyRead(
      () => import('./commands/metrics.js'),
      (m) => (options: never, cmd: never) => m.runMetrics(family, options, cmd),
    ),
  );
}
addMetricOptions(
  metrics.command('overview').description('DORA and flow together, read from the facts kept at ingest'),
)
  .option('--bands <year>', 'DORA report table for the bands: 2021, 2023 (default) or 2024')
  .action(
    lazyRead(
      () => import('./commands/metrics.js'),
      (m) => m.runMetricsOverview,
    ),
  );
addMetricOptions(
  metrics
    .command('explain')
    .argument('<metric>', 'metric id, e.g. dora.change-failure-rate (see `sextant metrics list`)')
    .description('show a figure with its definition and every record behind it'),
).action(
  lazyRead(
    () => import('./commands/metrics.js'),
    (m) => m.runMetricsExplain,
  ),
);
metrics
  .command('list')
  .description('list every metric with its id')
  .option('--json', 'print the list as JSON')
  .action(
    lazyRead(
      () => import('./commands/metrics.js'),
      (m) => m.runMetricsList,
    ),
  );
addMetricOptions(
  metrics
    .command('incidents')
    .description('time to acknowledge and resolve by severity, recurrence, postmortems, maturity level'),
).action(
  lazyRead(
    () => import('./commands/metrics-incidents.js'),
    (m) => m.runMetricsIncidents,
  ),
);

program
  .command('briefing')
  .description('print a short briefing of the organization and what has been loaded')
  .option('--json', 'print the briefing as JSON')
  .action(
    lazyRead(
      () => import('./commands/briefing.js'),
      (m) => m.runBriefing,
    ),
  );

program
  .command('serve')
  .description('serve the HTTP API (binds to localhost unless --host says otherwise)')
  .option('-p, --port <port>', 'port to listen on (default: $SEXTANT_PORT, else 4319)')
  .option('--host <host>', 'address to bind to (default: $SEXTANT_HOST, else 127.0.0.1)')
  .action(
    lazy(
      () => import('./commands/serve.js'),
      (m) => m.runServe,
    ),
  );

program
  .command('mcp')
  .description('serve the MCP server over stdio for an AI assistant, with the rights of the CLI')
  .action(
    lazy(
      () => import('./commands/mcp.js'),
      (m) => m.runMcp,
    ),
  );

program
  .command('start')
  .description('create the demo workspace if missing, load it, print a briefing and serve the API')
  .option('-p, --port <port>', 'port to listen on (default: $SEXTANT_PORT, else 4319)')
  .option('--host <host>', 'address to bind to (default: $SEXTANT_HOST, else 127.0.0.1)')
  .action(
    lazy(
      () => import('./commands/start.js'),
      (m) => m.runStart,
    ),
  );

registerIncidentsCommands(program);

registerPostmortemCommands(program);
registerSlosCommands(program);

registerReleasesCommands(program);

registerVulnsCommands(program);
registerDependenciesCommands(program);
registerCatalogCommands(program);
registerOncallCommands(program);
registerDecisionCommands(program);
registerAdrCommands(program);
registerRitualsCommands(program);
registerOkrsCommands(program);
registerRisksCommands(program);
registerVendorsCommands(program);
registerRoadmapCommands(program);
registerCapacityCommands(program);
registerDebtCommands(program);
registerFrameworkCommands(program);
registerExperimentsCommands(program);
registerMaturityCommands(program);
registerBudgetCommands(program);
registerControlsCommands(program);
registerOrgCommands(program);
registerOrgModelCommands(program);
registerAccessCommands(program);
// People: hiring, onboarding, talent, attrition, surveys.
registerHiringCommands(program);
registerOnboardingCommands(program);
registerTalentCommands(program);
registerAttritionCommands(program);
registerSurveysCommands(program);
// Advising and reporting: the KPI scorecard, the advisor's findings, the reports.
registerKpisCommands(program);
registerFindingsCommands(program);
registerReportCommands(program);
registerReportDeliveryCommands(program);

program.parseAsync(process.argv).catch(reportError);
