import type { APIRoute } from 'astro';
import { claimFeedResponse } from '../page-data/claim-feed.ts';

/** `dist/feed.xml`: RSS 2.0, the newest claims, one item each; older ones in `/feed/2.xml`… (src/page-data/claim-feed.ts). */
export const GET: APIRoute = ({ site }) => claimFeedResponse(site, 1);
