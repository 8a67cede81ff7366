import type { APIRoute, GetStaticPaths } from 'astro';
import { feedPagePath, routeParams, ROUTES } from '../../lib/site/routes.ts';
import { claimFeedPages, claimFeedResponse } from '../../page-data/claim-feed.ts';

/** `dist/feed/N.xml`: the feed's older documents, from 2 on, when the claims outnumber one (src/lib/publish/feed.ts). */
export const getStaticPaths = (async () =>
  (await claimFeedPages()).slice(1).map((page) => ({
    params: routeParams(ROUTES.feedPage, feedPagePath(page.number)),
    props: { number: page.number },
  }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ number: number }> = ({ site, props }) => claimFeedResponse(site, props.number);
