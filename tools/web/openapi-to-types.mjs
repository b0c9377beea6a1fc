// Reads an OpenAPI document (JSON) on stdin and writes its TypeScript types on stdout, with openapi-typescript.
// A separate ES module run by plain Node: openapi-typescript's dependencies are ES modules that jest's
// CommonJS runtime cannot load, and the staleness check runs under jest.
import openapiTS, { astToString } from 'openapi-typescript';

const chunks = [];
for await (const chunk of process.stdin) chunks.push(chunk);
const ast = await openapiTS(JSON.parse(Buffer.concat(chunks).toString('utf8')), { alphabetize: true });
process.stdout.write(astToString(ast));
