import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { errorResponse, type HttpResponse } from '../../functions/twilio/http.js';
import { jsonResponse, type Route } from '../http-server.js';
import type { MetricsCollector } from './collector.js';
import { dailyCsv } from './daily-csv.js';
import { opsFigures } from './figures.js';
import { parsePeriod } from './period.js';

const PUBLIC_DIR = join(import.meta.dirname, 'public');
/** uPlot's browser build, served as it ships in node_modules (no copy in the repository). */
const UPLOT_DIR = join(dirname(createRequire(import.meta.url).resolve('uplot/package.json')), 'dist');

const STATIC: Record<string, { file: string; type: string }> = {
  '/ops': { file: join(PUBLIC_DIR, 'index.html'), type: 'text/html; charset=utf-8' },
  '/ops/ops.js': { file: join(PUBLIC_DIR, 'ops.js'), type: 'text/javascript; charset=utf-8' },
  '/ops/ops.css': { file: join(PUBLIC_DIR, 'ops.css'), type: 'text/css; charset=utf-8' },
  '/ops/uplot.js': { file: join(UPLOT_DIR, 'uPlot.iife.min.js'), type: 'text/javascript; charset=utf-8' },
  '/ops/uplot.css': { file: join(UPLOT_DIR, 'uPlot.min.css'), type: 'text/css; charset=utf-8' },
};

function getOnly(method: string): HttpResponse | undefined {
  return method === 'GET' || method === 'HEAD' ? undefined : errorResponse(405, 'use GET');
}

/**
 * The local operator page: `/ops` (plots over a chosen period), `/ops/figures.json?from=&to=&bucket=` (what it
 * plots) and `/ops/daily.csv` (daily aggregates, every day with traffic, or `?from=&to=`). Only metric events
 * reach these routes, so no number, message text or contact hash can.
 */
export function opsRoutes(metrics: MetricsCollector, now: () => number): Record<string, Route> {
  const statics = Object.fromEntries(Object.entries(STATIC).map(([path, { file, type }]): [string, Route] => [
    path, async (event) => getOnly(event.requestContext.http.method) ?? { statusCode: 200, headers: { 'content-type': type, 'cache-control': 'no-store' }, body: readFileSync(file, 'utf8') },
  ]));
  return {
    ...statics,
    '/ops/figures.json': async (event) => {
      const period = parsePeriod(event.rawQueryString ?? '', now());
      if ('error' in period) return jsonResponse({ error: period.error }, 400);
      return getOnly(event.requestContext.http.method) ?? jsonResponse(opsFigures(metrics.between(period.from, period.to), period));
    },
    '/ops/daily.csv': async (event) => {
      const query = event.rawQueryString ?? '';
      const period = query === '' ? { from: Number.NEGATIVE_INFINITY, to: Number.POSITIVE_INFINITY } : parsePeriod(query, now());
      if ('error' in period) return errorResponse(400, period.error);
      return getOnly(event.requestContext.http.method) ?? {
        statusCode: 200,
        headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': 'attachment; filename="backline-daily.csv"', 'cache-control': 'no-store' },
        body: dailyCsv(metrics.between(period.from, period.to)),
      };
    },
  };
}
