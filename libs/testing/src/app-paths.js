// Resolves the @app/* paths of tsconfig.json to the libs' sources for code jest or node loads without
// jest's module name mapper: the global setup, and child processes started with typescript-register.js.
const Module = require('node:module');
const path = require('node:path');

const root = path.join(__dirname, '..', '..', '..');
const resolve = Module._resolveFilename;
Module._resolveFilename = function (request, parent, ...rest) {
  const match = /^@app\/([^/]+)(\/.*)?$/.exec(request);
  if (match) request = path.join(root, 'libs', match[1], 'src', match[2] ? match[2].slice(1) : 'index');
  return resolve.call(this, request, parent, ...rest);
};
