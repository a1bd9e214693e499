#!/usr/bin/env node
// solc-shim: a minimal solc command-line front end over solcjs (npm "solc"), enough for forge
// (`offline = true`): `--version` and `--standard-json` (input on stdin, output on stdout). Sources
// missing from the input are read from disk, relative to the working directory, --base-path and
// each --include-path, like the native compiler does.
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

function optionValues(argv, name) {
  const out = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === name && i + 1 < argv.length) out.push(argv[++i]);
    else if (argv[i].startsWith(name + '=')) out.push(argv[i].slice(name.length + 1));
  }
  return out;
}

function importReader(argv) {
  const roots = ['', ...optionValues(argv, '--base-path'), ...optionValues(argv, '--include-path')];
  return (name) => {
    for (const r of roots) {
      const file = path.resolve(r, name);
      if (fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
    }
    return { error: 'solc-shim: source not found: ' + name };
  };
}

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
    process.stdout.write(solc.compile(input, { import: importReader(argv) }));
  });
  return null;
}

const code = main(process.argv.slice(2));
if (code !== null) process.exitCode = code;
