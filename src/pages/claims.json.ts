import type { APIRoute } from 'astro';
import { buildClaimsExport, serializeExport } from '../lib/publish/claims-export.ts';
import { loadSiteContent } from '../page-data/site-content.ts';

/** `dist/claims.json`: the machine-readable export (docs/architecture.md, "Contracts"). */
export const GET: APIRoute = async () =>
  new Response(serializeExport(buildClaimsExport(await loadSiteContent())), {
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
  });
