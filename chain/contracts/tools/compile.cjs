#!/usr/bin/env node
// compile.cjs: compiles src/ProofOfLogits.sol with solcjs (npm "solc", pinned by package-lock.json)
// and writes <outdir>/ProofOfLogits.abi (JSON) and <outdir>/ProofOfLogits.hex (creation bytecode as hex text,
// hex). The compiler settings here are the single source of truth; foundry.toml mirrors them.
//   usage: NODE_PATH=<node_modules> node tools/compile.cjs <outdir>
'use strict';

const fs = require('fs');
const path = require('path');
const solc = require('solc');

const CONTRACT = 'ProofOfLogits';
const SOURCE = 'src/ProofOfLogits.sol';
const EXPECTED_VERSION = '0.8.37';

const root = path.resolve(__dirname, '..');

// Import resolution: project sources by path relative to chain/contracts, npm packages by name.
function findImports(name) {
  const candidates = [path.join(root, name)];
  for (const dir of (process.env.NODE_PATH || '').split(path.delimiter).filter(Boolean)) {
    candidates.push(path.join(dir, name));
  }
  for (const file of candidates) {
    if (fs.existsSync(file)) return { contents: fs.readFileSync(file, 'utf8') };
  }
  return { error: 'not found: ' + name };
}

function main() {
  const outdir = process.argv[2];
  if (!outdir) {
    console.error('usage: node tools/compile.cjs <outdir>');
    process.exit(2);
  }
  if (!solc.version().startsWith(EXPECTED_VERSION + '+')) {
    console.error(`compile.cjs: solc ${solc.version()} found, ${EXPECTED_VERSION} required (run scripts/install-chain-tools.sh)`);
    process.exit(1);
  }
  const input = {
    language: 'Solidity',
    sources: { [SOURCE]: { content: fs.readFileSync(path.join(root, SOURCE), 'utf8') } },
    settings: {
      evmVersion: 'prague',
      optimizer: { enabled: true, runs: 500 },
      // The IR pipeline: the legacy one exceeds the 24,576-byte runtime limit (EIP-170).
      viaIR: true,
      metadata: { bytecodeHash: 'none' },
      outputSelection: { [SOURCE]: { [CONTRACT]: ['abi', 'evm.bytecode.object', 'evm.deployedBytecode.object'] } },
    },
  };
  const output = JSON.parse(solc.compile(JSON.stringify(input), { import: findImports }));
  let failed = false;
  for (const e of output.errors || []) {
    if (e.severity === 'error') failed = true;
    // Warnings inside npm dependencies (OpenZeppelin's transient-storage notice) are not ours.
    const file = e.sourceLocation ? e.sourceLocation.file : '';
    if (e.severity === 'error' || file.startsWith('src/')) console.error(e.formattedMessage || e.message);
  }
  if (failed) process.exit(1);
  const c = output.contracts[SOURCE][CONTRACT];
  fs.mkdirSync(outdir, { recursive: true });
  fs.writeFileSync(path.join(outdir, CONTRACT + '.abi'), JSON.stringify(c.abi, null, 1) + '\n');
  fs.writeFileSync(path.join(outdir, CONTRACT + '.hex'), c.evm.bytecode.object + '\n');
  const runtime = c.evm.deployedBytecode.object.length / 2;
  if (runtime > 24576) {
    console.error(`compile.cjs: ${CONTRACT} runtime code is ${runtime} bytes, over the EIP-170 limit of 24576`);
    process.exit(1);
  }
  console.error(`compile.cjs: ${CONTRACT} ${c.evm.bytecode.object.length / 2} bytes creation code, ${runtime} bytes runtime code -> ${outdir}`);
}

main();
