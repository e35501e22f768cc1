/** `sextant onboarding …`. */
import type { Command } from 'commander';

export function registerOnboardingCommands(_program: Command): void {}
