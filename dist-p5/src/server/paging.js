/**
 * Runs a store query for one page: asks for one row more than the page to know whether a next page exists,
 * and links to it with the same query string.
 */
export async function fetchPage(req, page, query) {
    const rows = await query(page.limit + 1, page.offset);
    const more = rows.length > page.limit;
    let next = null;
    if (more) {
        const url = new URL(req.url, 'http://x');
        url.searchParams.set('limit', String(page.limit));
        url.searchParams.set('offset', String(page.offset + page.limit));
        next = url.pathname + url.search;
    }
    return { items: more ? rows.slice(0, page.limit) : rows, limit: page.limit, offset: page.offset, next };
}
