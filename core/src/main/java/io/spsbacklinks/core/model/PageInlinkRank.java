package io.spsbacklinks.core.model;

/**
 * InLink Rank of one page (get-inlink-rank).
 *
 * @param url the page ({@code url})
 * @param inlinkRank the page's InLink Rank ({@code inlink_rank})
 * @param domainInlinkRank its root domain's Domain InLink Rank ({@code domain_inlink_rank})
 */
public record PageInlinkRank(String url, InlinkRank inlinkRank, InlinkRank domainInlinkRank) {}
