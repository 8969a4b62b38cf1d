package org.atoll.regulation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The published versions of the rules, in effective-date order. A date is answered by the
 * version with the latest effective date on or before it, so any past date gets the rules that
 * were in force then, and a version published with a future effective date waits for its day.
 */
public final class RegulationHistory {

    private final RegulationSetValidator validator;
    private final List<RegulationSet> versions = new ArrayList<>();

    public RegulationHistory(RegulationSetValidator validator) {
        this.validator = Objects.requireNonNull(validator, "validator");
    }

    /** Restores the history from sets already published (from storage or shipped with Atoll). */
    public static RegulationHistory of(RegulationSetValidator validator, List<RegulationSet> published) {
        RegulationHistory history = new RegulationHistory(validator);
        for (RegulationSet set : published) {
            if (!set.status().isBinding()) {
                throw new IllegalArgumentException("Only published or superseded sets make the history, not " + set);
            }
            history.versions.add(set);
        }
        history.versions.sort(Comparator.comparing(RegulationSet::effectiveDate));
        return history;
    }

    /**
     * Replaces the versions with those read again from storage, when another node has published
     * one. Only binding sets; the order is the effective dates'.
     */
    public synchronized void reloadFrom(List<RegulationSet> published) {
        for (RegulationSet set : published) {
            if (!set.status().isBinding()) {
                throw new IllegalArgumentException("Only published or superseded sets make the history, not " + set);
            }
        }
        versions.clear();
        versions.addAll(published);
        versions.sort(Comparator.comparing(RegulationSet::effectiveDate));
    }

    public synchronized Optional<RegulationSet> inForceOn(LocalDate date) {
        RegulationSet found = null;
        for (RegulationSet set : versions) {
            if (!set.effectiveDate().isAfter(date)) {
                found = set;
            }
        }
        return Optional.ofNullable(found);
    }

    /** The last published version, which may not be in force yet. */
    public synchronized Optional<RegulationSet> latest() {
        return versions.isEmpty() ? Optional.empty() : Optional.of(versions.get(versions.size() - 1));
    }

    public synchronized List<RegulationSet> versions() {
        return List.copyOf(versions);
    }

    /** A new draft from the latest published version (it carries any change already published for a later date). */
    public synchronized RegulationSet draftNextVersion(RegulationSetId newId, LocalDate effectiveDate) {
        RegulationSet latest = latest().orElseThrow(() -> new IllegalStateException("No published version to draft from"));
        return latest.draftNextVersion(newId, latest.version() + 1, effectiveDate);
    }

    /** What publishing the draft on the given day would meet: validation plus the history's own rules. */
    public synchronized ValidationReport check(RegulationSet draft, LocalDate publishedOn) {
        List<ValidationError> errors = new ArrayList<>();
        String rule = "set version " + draft.version();
        if (draft.effectiveDate().isBefore(publishedOn)) {
            errors.add(new ValidationError(rule, ValidationErrorKind.EFFECTIVE_DATE_BEFORE_PUBLICATION,
                    "takes effect on " + draft.effectiveDate() + ", before its publication on " + publishedOn));
        }
        latest().ifPresent(latest -> {
            if (!draft.effectiveDate().isAfter(latest.effectiveDate())) {
                errors.add(new ValidationError(rule, ValidationErrorKind.EFFECTIVE_DATE_NOT_AFTER_LATEST,
                        "takes effect on " + draft.effectiveDate() + ", not after version " + latest.version()
                                + " (effective " + latest.effectiveDate() + ")"));
            }
            if (!draft.basedOn().equals(Optional.of(latest.id())) || draft.version() <= latest.version()) {
                errors.add(new ValidationError(rule, ValidationErrorKind.STALE_DRAFT,
                        "was not drafted from version " + latest.version() + ", the latest published; draft again from it"));
            }
        });
        return validator.validate(draft).and(errors);
    }

    /**
     * Publishes a draft: it becomes immutable and answers from its effective date; the previous
     * latest version is superseded (it still answers for the dates before).
     *
     * @throws RegulationSetInvalidException listing every error when the draft cannot be published
     */
    public synchronized RegulationSetPublished publish(RegulationSet draft, LocalDate publishedOn) {
        if (!draft.status().isEditable()) {
            throw new RegulationSetNotEditableException(draft.id(), draft.version(), draft.status());
        }
        ValidationReport report = check(draft, publishedOn);
        if (!report.isClean()) {
            throw new RegulationSetInvalidException(report);
        }
        Optional<RegulationSet> previous = latest();
        draft.markPublished(publishedOn);
        previous.ifPresent(RegulationSet::markSuperseded);
        versions.add(draft);
        return new RegulationSetPublished(draft.id(), draft.version(), draft.effectiveDate(), publishedOn,
                previous.map(RegulationSet::id));
    }
}
