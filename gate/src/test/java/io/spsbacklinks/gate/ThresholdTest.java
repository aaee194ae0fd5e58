package io.spsbacklinks.gate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.spsbacklinks.core.InvalidParameterException;
import org.junit.jupiter.api.Test;

class ThresholdTest {
  @Test
  void levelsAreInclusiveAndFailWins() {
    Threshold t = Threshold.of(10.0, 25.0);
    assertThat(t.evaluate(9.999)).isEqualTo(Verdict.PASS);
    assertThat(t.evaluate(10.0)).isEqualTo(Verdict.WARN);
    assertThat(t.evaluate(24.999)).isEqualTo(Verdict.WARN);
    assertThat(t.evaluate(25.0)).isEqualTo(Verdict.FAIL);
    assertThat(Threshold.of(5.0, 5.0).evaluate(5.0)).isEqualTo(Verdict.FAIL);
  }

  @Test
  void aMissingLevelIsDisabled() {
    assertThat(Threshold.of(null, 3.0).evaluate(2.0)).isEqualTo(Verdict.PASS);
    assertThat(Threshold.of(null, 3.0).evaluate(3.0)).isEqualTo(Verdict.FAIL);
    assertThat(Threshold.of(1.0, null).evaluate(1000.0)).isEqualTo(Verdict.WARN);
    assertThat(Threshold.off().evaluate(Double.MAX_VALUE)).isEqualTo(Verdict.PASS);
    assertThat(Threshold.of(null, null)).isSameAs(Threshold.off());
    assertThat(Threshold.off().isOff()).isTrue();
  }

  @Test
  void describes() {
    assertThat(Threshold.of(1.0, 5.0).describe()).isEqualTo("warn >= 1, fail >= 5");
    assertThat(Threshold.of(null, 12.5).describe()).isEqualTo("fail >= 12.50");
    assertThat(Threshold.off().describe()).isEqualTo("off");
  }

  @Test
  void rejectsNonsense() {
    assertThatThrownBy(() -> Threshold.of(5.0, 1.0))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("failAt")
        .hasMessageContaining("a value >= warnAt (5)");
    assertThatThrownBy(() -> Threshold.of(-1.0, null))
        .isInstanceOf(InvalidParameterException.class)
        .hasMessageContaining("warnAt");
    assertThatThrownBy(() -> Threshold.of(null, Double.NaN))
        .isInstanceOf(InvalidParameterException.class);
  }

  @Test
  void verdictsOrder() {
    assertThat(Verdict.PASS.worst(Verdict.WARN)).isEqualTo(Verdict.WARN);
    assertThat(Verdict.FAIL.worst(Verdict.WARN)).isEqualTo(Verdict.FAIL);
    assertThat(Verdict.PASS.worst(Verdict.PASS)).isEqualTo(Verdict.PASS);
    assertThat(Criticality.WARN.verdict()).isEqualTo(Verdict.WARN);
    assertThat(ApiErrorAction.IGNORE.verdict()).isEqualTo(Verdict.PASS);
  }
}
