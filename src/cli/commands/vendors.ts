/** `sextant vendors list|show|renewals|select`. */
import type { Command } from 'commander';
import { getVendor, listVendors, vendorRenewals, vendorSelection } from '../../services/vendors.service.js';
import { openWorkspaceContext } from '../../services/workspace.service.js';
import { resolveWorkspaceDir } from '../global-options.js';
import { printData, printJson } from '../output.js';
import { formatRenewals, formatSelection, formatVendorDetail, formatVendorList } from './vendors-text.js';

type Options = { json?: boolean; asOf?: string };

const load = (command: Command) => openWorkspaceContext(resolveWorkspaceDir(command));

export async function runVendorsList(options: Options, command: Command) {
  const list = await listVendors(await load(command), { asOf: options.asOf }, new Date());
  if (options.json) printJson(list);
  else printData(formatVendorList(list));
}

export async function runVendorsShow(id: string, options: Options, command: Command) {
  const vendor = await getVendor(await load(command), id, { asOf: options.asOf }, new Date());
  if (options.json) printJson(vendor);
  else printData(formatVendorDetail(vendor));
}

export async function runVendorsRenewals(options: Options & { days?: string }, command: Command) {
  const renewals = await vendorRenewals(
    await load(command),
    { asOf: options.asOf, days: options.days },
    new Date(),
  );
  if (options.json) printJson(renewals);
  else printData(formatRenewals(renewals));
}

export async function runVendorsSelect(id: string, options: Options, command: Command) {
  const selection = await vendorSelection(await load(command), id);
  if (options.json) printJson(selection);
  else printData(formatSelection(selection));
}
