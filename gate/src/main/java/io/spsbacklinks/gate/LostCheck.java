package io.spsbacklinks.gate;

import io.spsbacklinks.core.NewLostBacklinksQuery;
import io.spsbacklinks.core.NewLostRefdomainsQuery;
import io.spsbacklinks.core.model.DofollowFilter;
import io.spsbacklinks.core.model.NewLostOrder;
import io.spsbacklinks.core.model.NewLostRefdomainsOrder;
import io.spsbacklinks.core.model.NewLostType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;
import java.util.TreeMap;

/**
 * The lost-in-the-index family: reads the new/lost lists for the window and judges lost backlinks
 * and referring domains.
 */
final class LostCheck extends GateCheck {
  LostCheck(GateCheck run) {
    super(run);
  }

  LostLinks lost;
  boolean fetched;

  void run(LocalDate from, LocalDate to) {
    LostPolicy p = policy.lost();
    lost = new LostLinks(p, watchlist, request.targetHost());
    NewLostBacklinksQuery.Builder links =
        NewLostBacklinksQuery.builder(request.target())
            .mode(request.mode())
            .newLostType(NewLostType.LOST)
            .dateFrom(from)
            .dateTo(to)
            .orderBy(NewLostOrder.DOMAIN_INLINK_RANK)
            .limit(p.maxRows());
    if (p.dofollowOnly()) {
      links.dofollow(DofollowFilter.DOFOLLOW);
    }
    if (p.linkType() != null) {
      links.linkType(p.linkType());
    }
    NewLostBacklinksQuery linksQuery = links.build();
    NewLostRefdomainsQuery domainsQuery =
        NewLostRefdomainsQuery.builder(request.target())
            .mode(request.mode())
            .newLostType(NewLostType.LOST)
            .dateFrom(from)
            .dateTo(to)
            .orderBy(NewLostRefdomainsOrder.DOMAIN_INLINK_RANK)
            .limit(p.maxRows())
            .build();

    ApiCalls.Fetched<Long> linkRows =
        api.stream(
            CHECK_LOST,
            "get-new-lost-backlinks",
            () -> client.getNewLostBacklinks(linksQuery),
            n -> true,
            lost::addBacklink);
    ApiCalls.Fetched<Long> domainRows =
        api.stream(
            CHECK_LOST,
            "get-new-lost-refdomains",
            () -> client.getNewLostRefdomains(domainsQuery),
            n -> true,
            lost::addRefdomain);
    fetched = linkRows.ok() && domainRows.ok();
    noteTruncated("get-new-lost-backlinks", linkRows, p.maxRows());
    noteTruncated("get-new-lost-refdomains", domainRows, p.maxRows());
    if (!p.enabled()) {
      return;
    }
    String window = " from " + from + " to " + to;
    if (!linkRows.ok()) {
      missing(GateRule.LOST_BACKLINKS, linkRows.failure());
    } else {
      GateRulesText text = new GateRulesText();
      text.add(count(lost.countedLinks(), "lost backlink", "lost backlinks") + " counted" + window);
      text.addCounts("by reason", reasons(lost.links(), false));
      if (lost.deployCaused() > 0) {
        text.add(lost.deployCaused() + " deploy-caused (broken_redirect from the site's own host)");
      }
      text.addCounts("ignored", reasons(lost.links(), true));
      if (lost.linksFiltered() > 0) {
        text.add(
            lost.linksFiltered()
                + " below Domain InLink Rank "
                + p.minDomainInlinkRank()
                + " left out");
      }
      rules.put(
          GateRule.LOST_BACKLINKS,
          RuleResult.measured(
              GateRule.LOST_BACKLINKS,
              lost.countedLinks(),
              "backlinks",
              policy.threshold(GateRule.LOST_BACKLINKS),
              text.toString()));
    }
    if (!domainRows.ok()) {
      missing(GateRule.LOST_REFDOMAINS, domainRows.failure());
    } else {
      GateRulesText text = new GateRulesText();
      text.add(
          count(lost.countedRefdomains(), "lost referring domain", "lost referring domains")
              + " counted"
              + window);
      long ignored = lost.refdomains().size() - lost.countedRefdomains();
      if (ignored > 0) {
        text.add(ignored + " ignored (all their lost backlinks had ignored reasons)");
      }
      if (lost.refdomainsFiltered() > 0) {
        text.add(lost.refdomainsFiltered() + " left out by the rank or dofollow filters");
      }
      rules.put(
          GateRule.LOST_REFDOMAINS,
          RuleResult.measured(
              GateRule.LOST_REFDOMAINS,
              lost.countedRefdomains(),
              "refdomains",
              policy.threshold(GateRule.LOST_REFDOMAINS),
              text.toString()));
    }
  }

  void skip(String why) {
    if (policy.lost().enabled()) {
      missing(GateRule.LOST_BACKLINKS, why);
      missing(GateRule.LOST_REFDOMAINS, why);
    }
  }

  private void noteTruncated(String command, ApiCalls.Fetched<Long> rows, int limit) {
    if (rows.ok() && rows.value() >= limit) {
      notes.add(
          command
              + " returned its limit of "
              + count(limit)
              + " rows: there may be more, the counts are a lower bound (raise lost.maxRows).");
    }
  }

  private static Map<String, Long> reasons(List<LostLink> links, boolean ignored) {
    Map<String, Long> out = new TreeMap<>();
    for (LostLink link : links) {
      if (link.ignored() == ignored) {
        String reason = link.reasonLost() == null ? "" : link.reasonLost().value();
        out.merge(reason.isEmpty() ? "(none)" : reason, 1L, Long::sum);
      }
    }
    return out;
  }

  /** Joins the clauses of a rule message: "a; b; c." */
  private static final class GateRulesText {
    private final StringJoiner parts = new StringJoiner("; ", "", ".");

    void add(String part) {
      parts.add(part);
    }

    void addCounts(String label, Map<String, Long> counts) {
      if (!counts.isEmpty()) {
        StringJoiner list = new StringJoiner(", ", label + ": ", "");
        counts.forEach((k, v) -> list.add(k + " " + v));
        parts.add(list.toString());
      }
    }

    @Override
    public String toString() {
      return parts.toString();
    }
  }
}
