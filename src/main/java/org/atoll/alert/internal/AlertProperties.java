package org.atoll.alert.internal;

import java.time.Duration;
import java.time.Period;

import org.atoll.alert.model.OverdueReviewMode;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The alert list's settings ({@code atoll.alert.*}).
 *
 * @param maxReviewPeriod    how far ahead a review date may lie (SIS: refusal-of-entry alerts are reviewed within 3 years)
 * @param overdueReview      what an active alert past its review date does at screening: SUPPRESS (no hits) or FLAG
 * @param reviewHorizon      how far ahead the review queue looks
 * @param indexPollInterval  how often each node reads the change feed into its screening index
 */
@ConfigurationProperties("atoll.alert")
public record AlertProperties(Period maxReviewPeriod, OverdueReviewMode overdueReview, Period reviewHorizon,
                              Duration indexPollInterval) {

    public AlertProperties {
        maxReviewPeriod = maxReviewPeriod == null ? Period.ofYears(3) : maxReviewPeriod;
        overdueReview = overdueReview == null ? OverdueReviewMode.SUPPRESS : overdueReview;
        reviewHorizon = reviewHorizon == null ? Period.ofDays(30) : reviewHorizon;
        indexPollInterval = indexPollInterval == null ? Duration.ofSeconds(1) : indexPollInterval;
    }
}
