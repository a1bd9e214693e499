#!/usr/bin/env node
// solc-shim: a minimal solc command-line front end over solcjs (npm "solc"), enough for forge
// (`offline = true`) and scripts/check-contracts.sh: `--version` and `--standard-json` (input on
// stdin, output on stdout). Other flags forge passes (--allow-paths, --base-path, ...) are ignored
// because standard-JSON input carries every source's content.
'use strict';

const solc = require('solc');

function main(argv) {
  if (argv.includes('--version')) {
    process.stdout.write('solc, the solidity compiler commandline interface\nVersion: ' + solc.version() + '\n');
    return 0;
  }
  if (!argv.includes('--standard-json')) {
    process.stderr.write('solc-shim: only --version and --standard-json are supported\n');
    return 2;
  }
  const chunks = [];
  process.stdin.on('data', (c) => chunks.push(c));
  process.stdin.on('end', () => {
    const input = Buffer.concat(chunks).toString('utf8');
    process.stdout.write(solc.compile(input));
  });
  return null;
}

const code = main(process.argv.slice(2));
if (code !== null) process.exitCode = code;
