package io.spsbacklinks.core;

import static org.assertj.core.api.Assertions.assertThat;

import io.spsbacklinks.core.model.AnchorType;
import io.spsbacklinks.core.model.BacklinksOrder;
import io.spsbacklinks.core.model.InlinkRank;
import io.spsbacklinks.core.model.LinkKind;
import io.spsbacklinks.core.model.Mode;
import io.spsbacklinks.core.model.NewLostKind;
import io.spsbacklinks.core.model.ReasonLost;
import io.spsbacklinks.core.model.SubscriptionStatus;
import io.spsbacklinks.core.model.TaskStatus;
import org.junit.jupiter.api.Test;

/** Value semantics of the model: unknown ranks and tolerant response values. */
class ModelTest {
  @Test
  void minusOneIsAnUnknownRankNotAValue() {
    InlinkRank unknown = InlinkRank.of(-1);

    assertThat(unknown).isSameAs(InlinkRank.UNKNOWN);
    assertThat(unknown.isKnown()).isFalse();
    assertThat(unknown.value()).isEmpty();
    assertThat(unknown.orElse(0)).isZero();
    assertThat(unknown.raw()).isEqualTo(-1);
    assertThat(unknown).hasToString("unknown");
    assertThat(InlinkRank.of(-7).isKnown()).isFalse();
  }

  @Test
  void zeroIsAKnownRank() {
    InlinkRank zero = InlinkRank.of(0);

    assertThat(zero.isKnown()).isTrue();
    assertThat(zero.value()).hasValue(0);
    assertThat(zero.orElse(42)).isZero();
    assertThat(zero).isNotEqualTo(InlinkRank.UNKNOWN);
  }

  @Test
  void responseValuesKeepUnknownValues() {
    ReasonLost future = ReasonLost.of("robots_txt");
    TaskStatus unknownTask = TaskStatus.of("task id is unknown or deleted");

    assertThat(future.isKnown()).isFalse();
    assertThat(future.value()).isEqualTo("robots_txt");
    assertThat(ReasonLost.of("page_dropped")).isSameAs(ReasonLost.PAGE_DROPPED);
    assertThat(ReasonLost.of(null)).isSameAs(ReasonLost.NONE);
    assertThat(ReasonLost.of("").isNone()).isTrue();
    assertThat(unknownTask).isSameAs(TaskStatus.UNKNOWN_OR_DELETED);
    assertThat(TaskStatus.of("processing").isPending()).isTrue();
    assertThat(TaskStatus.of("exporting").isKnown()).isFalse();
    assertThat(SubscriptionStatus.of("expired")).isEqualTo(SubscriptionStatus.EXPIRED);
    assertThat(SubscriptionStatus.of("suspended").isKnown()).isFalse();
    assertThat(NewLostKind.of("lost")).isEqualTo(NewLostKind.LOST);
    assertThat(LinkKind.of("canonical").isKnown()).isFalse();
  }

  @Test
  void requestEnumsParseLeniently() {
    assertThat(Mode.parse(" Domain ")).isEqualTo(Mode.DOMAIN);
    assertThat(BacklinksOrder.parse("DOMAIN_INLINK_RANK"))
        .isEqualTo(BacklinksOrder.DOMAIN_INLINK_RANK);
    assertThat(AnchorType.parse("undefined").wireValue()).isEqualTo("undefined");
    assertThat(Mode.allowedValues()).isEqualTo("domain, host, url");
  }
}
