package io.spsbacklinks.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.Backlink;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.sandbox.SandboxBacklink;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The soak's fingerprint must tell "each row once" from every way of getting it wrong. */
class BacklinkTallyTest {
  private static final LocalDate DAY = LocalDate.of(2026, 11, 1);
  private static final List<SandboxBacklink> ROWS = List.of(row("a"), row("b"), row("c"));

  @Test
  void sameRowsInAnotherOrderAreEqual() {
    assertThat(tally(ROWS.get(2), ROWS.get(0), ROWS.get(1)))
        .isEqualTo(tally(ROWS.toArray(SandboxBacklink[]::new)));
  }

  @Test
  void aLostRowADuplicateOrBothAreNotEqual() {
    BacklinkTally expected = tally(ROWS.toArray(SandboxBacklink[]::new));
    assertThat(tally(ROWS.get(0), ROWS.get(1))).isNotEqualTo(expected);
    BacklinkTally lostAndDuplicated = tally(ROWS.get(0), ROWS.get(1), ROWS.get(1));
    assertThat(lostAndDuplicated.count()).isEqualTo(expected.count());
    assertThat(lostAndDuplicated.duplicates()).isEqualTo(1);
    assertThat(lostAndDuplicated).isNotEqualTo(expected);
  }

  @Test
  void anyChangedFieldChangesTheChecksum() {
    SandboxBacklink base = row("a");
    SandboxBacklink otherRank =
        new SandboxBacklink(
            base.urlFrom(),
            base.urlTo(),
            base.title(),
            base.anchor(),
            base.alt(),
            base.nofollow(),
            base.image(),
            base.imageSource(),
            42,
            base.domainInlinkRank(),
            base.firstSeen(),
            base.lastVisited());
    SandboxBacklink shiftedText =
        new SandboxBacklink(
            base.urlFrom(),
            base.urlTo(),
            base.title() + base.anchor(),
            "",
            base.alt(),
            base.nofollow(),
            base.image(),
            base.imageSource(),
            base.inlinkRank(),
            base.domainInlinkRank(),
            base.firstSeen(),
            base.lastVisited());
    assertThat(tally(otherRank)).isNotEqualTo(tally(base));
    assertThat(tally(shiftedText)).isNotEqualTo(tally(base));
  }

  @Test
  void coreRowsMatchTheSandboxRowsTheyCameFromAndEmptyEqualsNull() {
    SandboxBacklink truth = row("a");
    Backlink fromCsv =
        new Backlink(
            truth.urlFrom(),
            truth.urlTo(),
            truth.title(),
            truth.anchor(),
            "",
            truth.nofollow(),
            truth.image(),
            "",
            InlinkRank.UNKNOWN,
            InlinkRank.of(7),
            truth.firstSeen(),
            truth.lastVisited());
    BacklinkTally core = new BacklinkTally();
    core.add(fromCsv);
    assertThat(core).isEqualTo(tally(truth));
  }

  @Test
  void addAllCountsDuplicatesAcrossPages() {
    BacklinkTally page1 = tally(ROWS.get(0), ROWS.get(1));
    BacklinkTally page2 = tally(ROWS.get(1), ROWS.get(2));
    page1.addAll(page2);
    assertThat(page1.count()).isEqualTo(4);
    assertThat(page1.duplicates()).isEqualTo(1);
  }

  private static SandboxBacklink row(String name) {
    return new SandboxBacklink(
        "https://" + name + ".example/page",
        "https://target.example/",
        "Title " + name,
        "anchor " + name,
        null,
        false,
        false,
        null,
        -1,
        7,
        DAY,
        DAY.plusDays(3));
  }

  private static BacklinkTally tally(SandboxBacklink... rows) {
    BacklinkTally tally = new BacklinkTally();
    for (SandboxBacklink row : rows) {
      tally.add(row);
    }
    return tally;
  }
}
