#!/usr/bin/env node
// consent-elements-scan <url> [--pages N] [--out DIR] [--config FILE]: see docs/scanner.md.
import { main } from '../dist/scanner/cli.js';

process.exitCode = await main(process.argv.slice(2));
