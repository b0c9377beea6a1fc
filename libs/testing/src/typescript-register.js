// Lets a child process run the TypeScript sources directly (`node -r <this file> apps/worker/src/main.ts`),
// as the e2e tests do to kill and restart a real worker. Each file is transpiled alone, as ts-jest does, and
// the @app/* paths of tsconfig.json are resolved to the libs (app-paths.js).
const Module = require('node:module');
const fs = require('node:fs');
const path = require('node:path');
const ts = require('typescript');

const root = path.join(__dirname, '..', '..', '..');
const { compilerOptions } = require(path.join(root, 'tsconfig.json'));
const options = {
  ...compilerOptions,
  module: ts.ModuleKind.CommonJS,
  target: ts.ScriptTarget.ES2022,
  sourceMap: false,
  inlineSourceMap: true,
};
delete options.paths;
delete options.baseUrl;
delete options.incremental;

require('./app-paths');

require.extensions['.ts'] = (module, filename) => {
  const source = fs.readFileSync(filename, 'utf8');
  const { outputText } = ts.transpileModule(source, { compilerOptions: options, fileName: filename });
  module._compile(outputText, filename);
};
