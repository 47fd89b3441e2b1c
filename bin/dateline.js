#!/usr/bin/env node
// The CLI, compiled by `npm install` (prepare script) into dist/.
import '../dist/src/cli/entry.js';
