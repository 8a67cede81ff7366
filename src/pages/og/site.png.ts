import type { APIRoute } from 'astro';
import { shareImageResponse } from '../../data/share-images.ts';
import { SITE_CARD } from '../../lib/publish/share-cards.ts';

/** `/og/site.png`: the share image of every page that is not about one claim or article. */
export const GET: APIRoute = () => shareImageResponse(SITE_CARD);
