/** The public home page, drawn on the server: no script, no request to any other host. */
export function renderHomePage(): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Care Awards: customer-care awards and benchmarks</title>
<style>
  body { font: 16px/1.5 system-ui, sans-serif; max-width: 42rem; margin: 0 auto; padding: 1.5rem; color: #1a1a1a; background: #fff; }
  h1 { font-size: 1.6rem; margin-bottom: .25rem; }
  p.lead { color: #3d3d3d; }
  a { color: #0b4f9c; }
</style>
</head>
<body>
<main>
  <h1>Care Awards <span lang="zh">客户关怀奖</span></h1>
  <p class="lead">Customer Care Benchmark Enterprise and Best Call Center of the Year: winners chosen from large customer
  surveys and expert judging, with every rule and figure published.</p>
  <h2>Announced results</h2>
  <p>No campaign results have been announced yet. Results appear here at the moment they are announced, never before.</p>
  <h2>For organizers, enterprises and judges</h2>
  <p>The platform is used through its <a href="/docs">API (OpenAPI documentation)</a>.</p>
</main>
</body>
</html>`;
}
