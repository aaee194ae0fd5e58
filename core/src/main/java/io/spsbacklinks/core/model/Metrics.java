package io.spsbacklinks.core.model;

/**
 * Key statistics of one target (get-metrics).
 *
 * @param target the target as echoed by the API ({@code target})
 * @param backlinks total live backlinks ({@code backlinks})
 * @param refdomains unique referring domains ({@code refdomains})
 * @param subnets unique subnets / C-blocks ({@code subnets})
 * @param ips unique IPs ({@code ips})
 * @param nofollowBacklinks nofollow backlinks ({@code nofollow_backlinks})
 * @param dofollowBacklinks dofollow backlinks ({@code dofollow_backlinks})
 * @param eduBacklinks backlinks from .edu domains ({@code edu_backlinks})
 * @param govBacklinks backlinks from .gov domains ({@code gov_backlinks})
 */
public record Metrics(
    String target,
    long backlinks,
    long refdomains,
    long subnets,
    long ips,
    long nofollowBacklinks,
    long dofollowBacklinks,
    long eduBacklinks,
    long govBacklinks) {}
