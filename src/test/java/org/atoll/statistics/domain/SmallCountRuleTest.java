package org.atoll.statistics.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class SmallCountRuleTest {

    @Test
    void countsOfOneUpToTheThresholdLessOneAreWithheld() {
        SmallCountRule rule = new SmallCountRule(3);
        assertThat(rule.publish(1)).isNull();
        assertThat(rule.publish(2)).isNull();
        assertThat(rule.publish(3)).isEqualTo(3);
        assertThat(rule.publish(1250)).isEqualTo(1250);
    }

    @Test
    void zeroIsPublishedSinceNobodyCrossingRevealsNobody() {
        assertThat(new SmallCountRule(5).publish(0)).isZero();
    }

    @Test
    void aThresholdOfOneWithholdsNothingAndOneBelowItIsRefused() {
        assertThat(new SmallCountRule(1).publish(1)).isEqualTo(1);
        assertThatThrownBy(() -> new SmallCountRule(0)).isInstanceOf(IllegalArgumentException.class);
    }
}
