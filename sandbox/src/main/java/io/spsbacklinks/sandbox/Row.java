package io.spsbacklinks.sandbox;

import java.time.LocalDate;

/**
 * A backlink of the index with everything the commands need, including history: it is live on a
 * date d when {@code firstSeen <= d < lost} (lost null = never lost).
 */
record Row(
    String urlFrom,
    String urlTo,
    String title,
    String anchor,
    boolean nofollow,
    boolean image,
    String imageSource,
    boolean redirect,
    int inlinkRank,
    int domainInlinkRank,
    LocalDate firstSeen,
    LocalDate lastVisited,
    LocalDate lost,
    String reasonLost,
    String refdomain) {

  SandboxBacklink toBacklink() {
    return new SandboxBacklink(
        urlFrom,
        urlTo,
        title,
        anchor,
        null,
        nofollow,
        image,
        imageSource,
        inlinkRank,
        domainInlinkRank,
        firstSeen,
        lastVisited);
  }

  String linkType() {
    return redirect ? "redirect" : "href";
  }
}
