package org.atoll.alert.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.atoll.InvalidRequestException.FieldProblem;
import org.atoll.access.AgencyCode;
import org.atoll.alert.screening.BirthDateRange;
import org.atoll.alert.screening.NameKind;
import org.atoll.reference.CountryCode;
import org.atoll.reference.KnownCodes;
import org.junit.jupiter.api.Test;

/** The alert rules as plain Java: reading fields, status changes, hit eligibility and need-to-know. */
class AlertRulesTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 28);
    static final KnownCodes KNOWN = (code, on) -> Set.of("PLW", "PHL", "D", "XXA").contains(code.value());
    static final AlertFieldsReader.Rules RULES = new AlertFieldsReader.Rules(TODAY, KNOWN,
            a -> Set.of("POLICE", "IMMIGRATION", "CUSTOMS").contains(a.value()), Period.ofYears(3));

    static AlertFields person(String reviewDate, List<String> dates, List<String> nationalities) {
        return new AlertFields("PERSON", "POL-1", "ARREST", "Warrant", "Penal Code", "POLICE", "ARREST", "Police desk",
                List.of("ARMED"), List.of(), null, null, reviewDate, null, List.of("IMMIGRATION", "POLICE"), false,
                new AlertFields.PersonFields(List.of(new AlertFields.NameFields(null, "Tellei", "Maria", null, null),
                        new AlertFields.NameFields("Maria T.", null, null, null, null)), dates, null, nationalities, "F",
                        List.of(), null), null);
    }

    static List<String> fields(AlertFieldsReader.Result r) {
        return r.problems().stream().map(FieldProblem::field).toList();
    }

    @Test
    void readsAPersonAlertWithPartialDatesRangesAndTheFirstNameAsPrimary() {
        var r = AlertFieldsReader.read(person("2027-06-01", List.of("1970", "1968/1972", "1970-05-17"), List.of("plw")), RULES);
        assertThat(r.problems()).isEmpty();
        AlertContent c = r.content();
        assertThat(c.person().primaryName().text()).isEqualTo("Maria Tellei");
        assertThat(c.person().names().get(1).kind()).isEqualTo(NameKind.ALIAS);
        assertThat(c.person().datesOfBirth()).containsExactly(BirthDateRange.exactly("1970"), BirthDateRange.years(1968, 1972),
                BirthDateRange.exactly("1970-05-17"));
        assertThat(c.person().nationalities()).containsExactly(new CountryCode("PLW"));
        assertThat(c.validFrom()).isEqualTo(TODAY);
        assertThat(c.sharing().agencies()).as("the owner is not listed as a sharer").containsExactly(new AgencyCode("IMMIGRATION"));
        assertThat(c.toFields().person().datesOfBirth()).containsExactly("1970", "1968/1972", "1970-05-17");
    }

    @Test
    void aReviewDateBeyondThreeYearsOrAfterTheEndOfValidityIsRefused() {
        assertThat(fields(AlertFieldsReader.read(person("2029-11-29", List.of(), List.of()), RULES))).containsExactly("reviewDate");
        assertThat(fields(AlertFieldsReader.read(person("2029-11-28", List.of(), List.of()), RULES))).isEmpty();
        AlertFields f = person("2027-06-01", List.of(), List.of());
        AlertFields ending = new AlertFields(f.kind(), f.externalReference(), f.category(), f.reason(), f.legalBasis(),
                f.owningAgency(), f.actionOnHit(), f.contact(), f.warningMarkers(), f.links(), "2026-12-01", "2027-01-01",
                f.reviewDate(), f.sensitivity(), f.sharedWith(), f.sharedInFull(), f.person(), f.document());
        assertThat(fields(AlertFieldsReader.read(ending, RULES))).containsExactly("reviewDate");
    }

    @Test
    void namesEveryFieldAtFaultWithItsPath() {
        var r = AlertFieldsReader.read(person("someday", List.of("1970-02-30", "2099"), List.of("ZZZ", "P1")), RULES);
        assertThat(fields(r)).containsExactlyInAnyOrder("reviewDate", "person.datesOfBirth[0]", "person.datesOfBirth[1]",
                "person.nationalities[0]", "person.nationalities[1]");
        assertThat(r.content()).isNull();
    }

    @Test
    void aSecretAlertIsNeverSharedInFull() {
        AlertFields f = person("2027-06-01", List.of(), List.of());
        AlertFields secret = new AlertFields(f.kind(), f.externalReference(), f.category(), f.reason(), f.legalBasis(),
                f.owningAgency(), f.actionOnHit(), f.contact(), f.warningMarkers(), f.links(), f.validFrom(), f.validUntil(),
                f.reviewDate(), "SECRET", f.sharedWith(), true, f.person(), f.document());
        assertThat(fields(AlertFieldsReader.read(secret, RULES))).containsExactly("sharedInFull");
    }

    @Test
    void aNameWithControlCharactersOrWithoutLettersIsRefused() {
        AlertFields f = new AlertFields("PERSON", "POL-2", "ARREST", "r", "l", "POLICE", "ARREST", "c", List.of(), List.of(),
                null, null, "2027-01-01", null, List.of(), false, new AlertFields.PersonFields(List.of(
                new AlertFields.NameFields("Maria\u0007", null, null, null, null),
                new AlertFields.NameFields("1234", null, null, null, null)), List.of(), null, List.of(), null, List.of(), null), null);
        assertThat(fields(AlertFieldsReader.read(f, RULES))).containsExactly("person.names[0].text", "person.names[1].text");
    }

    @Test
    void theHistoryNamesTheFieldsThatChanged() {
        AlertContent before = AlertFieldsReader.read(person("2027-06-01", List.of("1970"), List.of("PLW")), RULES).content();
        AlertContent after = AlertFieldsReader.read(person("2027-06-01", List.of("1970-05"), List.of("PHL")), RULES).content();
        assertThat(after.changedFrom(before)).containsExactly("person.datesOfBirth", "person.nationalities");
        assertThat(before.changedFrom(before)).isEmpty();
    }

    private static Alert alert(AlertStatus status, LocalDate validUntil, LocalDate review) {
        AlertContent c = AlertFieldsReader.read(person(review.toString(), List.of(), List.of()), new AlertFieldsReader.Rules(
                LocalDate.of(2020, 1, 1), KnownCodes.ANY, a -> true, Period.ofYears(30))).content();
        AlertContent dated = new AlertContent(c.kind(), c.externalReference(), c.category(), c.reason(), c.legalBasis(),
                c.owningAgency(), c.actionOnHit(), c.contact(), c.warningMarkers(), c.links(), LocalDate.of(2020, 1, 1),
                validUntil, review, c.sensitivity(), c.sharing(), c.person(), c.document());
        return new Alert(AlertId.random(), 1, status, Alert.OWN_SOURCE, dated, Instant.EPOCH, "x", Instant.EPOCH, "x");
    }

    @Test
    void anAlertIsActivatedOnlyWhileValidAndReviewed() {
        assertThat(StatusChangePolicy.check(alert(AlertStatus.DRAFT, null, TODAY), AlertStatus.ACTIVE, TODAY).allowed()).isTrue();
        var overdue = StatusChangePolicy.check(alert(AlertStatus.DRAFT, null, TODAY.minusDays(1)), AlertStatus.ACTIVE, TODAY);
        assertThat(overdue.allowed()).isFalse();
        assertThat(overdue.reason()).contains("review was due on 2026-11-27");
        var ended = StatusChangePolicy.check(alert(AlertStatus.EXPIRED, TODAY.minusDays(1), TODAY), AlertStatus.ACTIVE, TODAY);
        assertThat(ended.reason()).contains("validity ended");
        var withdrawn = StatusChangePolicy.check(alert(AlertStatus.WITHDRAWN, null, TODAY), AlertStatus.ACTIVE, TODAY);
        assertThat(withdrawn.reason()).contains("WITHDRAWN alert cannot become ACTIVE");
    }

    @Test
    void onlyAnAlertWithdrawnAsDelistedIsRelistedAndItComesBackActiveWithTheListsContent() {
        Alert withdrawn = alert(AlertStatus.WITHDRAWN, null, TODAY.minusDays(1));
        AlertContent listed = alert(AlertStatus.ACTIVE, null, TODAY.plusYears(1)).content();
        assertThat(StatusChangePolicy.checkRelisting(withdrawn, true, listed, TODAY).allowed()).isTrue();
        assertThat(StatusChangePolicy.checkRelisting(withdrawn, false, listed, TODAY).reason()).contains("withdrawn by an officer");
        assertThat(StatusChangePolicy.checkRelisting(alert(AlertStatus.ACTIVE, null, TODAY), true, listed, TODAY).allowed()).isFalse();
        assertThat(StatusChangePolicy.checkRelisting(withdrawn, true, withdrawn.content(), TODAY).reason())
                .contains("review was due on 2026-11-27");

        Alert relisted = withdrawn.relist(listed, "importer", Instant.EPOCH.plusSeconds(60));
        assertThat(relisted.status()).isEqualTo(AlertStatus.ACTIVE);
        assertThat(relisted.version()).isEqualTo(withdrawn.version() + 1);
        assertThat(relisted.content()).isEqualTo(listed);
        assertThat(relisted.id()).isEqualTo(withdrawn.id());
        // the status graph itself still has no way back from WITHDRAWN
        assertThat(AlertStatus.WITHDRAWN.canMoveTo(AlertStatus.ACTIVE)).isFalse();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> relisted.relist(listed, "importer", Instant.EPOCH))
                .isInstanceOf(IllegalStateException.class);
    }

    @Test
    void anAlertPastItsReviewDateProducesNoHitOrAFlaggedOneAsConfigured() {
        LocalDate review = TODAY.minusDays(1);
        var suppressed = HitEligibility.check(AlertStatus.ACTIVE, TODAY.minusYears(1), null, review, TODAY, OverdueReviewMode.SUPPRESS);
        assertThat(suppressed.producesHit()).isFalse();
        assertThat(suppressed.reason()).isEqualTo("review overdue since 2026-11-27");
        var flagged = HitEligibility.check(AlertStatus.ACTIVE, TODAY.minusYears(1), null, review, TODAY, OverdueReviewMode.FLAG);
        assertThat(flagged.producesHit()).isTrue();
        assertThat(flagged.reviewOverdue()).isTrue();
        assertThat(HitEligibility.check(AlertStatus.ACTIVE, TODAY, null, TODAY, TODAY, OverdueReviewMode.SUPPRESS).verdict())
                .as("due today is not overdue").isEqualTo(HitEligibility.Verdict.HITS);
    }

    @Test
    void anAlertProducesNoHitBeforeItsValidityOrAfterItOrUnlessActive() {
        assertThat(HitEligibility.check(AlertStatus.ACTIVE, TODAY.plusDays(1), null, TODAY.plusYears(1), TODAY,
                OverdueReviewMode.FLAG).producesHit()).isFalse();
        assertThat(HitEligibility.check(AlertStatus.ACTIVE, TODAY.minusYears(1), TODAY.minusDays(1), TODAY.plusYears(1), TODAY,
                OverdueReviewMode.FLAG).producesHit()).isFalse();
        assertThat(HitEligibility.check(AlertStatus.DRAFT, TODAY, null, TODAY.plusYears(1), TODAY, OverdueReviewMode.FLAG)
                .producesHit()).isFalse();
    }

    @Test
    void theOwnerAndTheSharingAgenciesSeeEverythingAndEveryoneElseOnlyTheAction() {
        AgencyCode police = new AgencyCode("POLICE");
        Sharing withCustoms = new Sharing(Set.of(new AgencyCode("CUSTOMS")), false);
        assertThat(NeedToKnow.viewOf(police, withCustoms, Optional.of(police))).isEqualTo(NeedToKnow.View.FULL);
        assertThat(NeedToKnow.viewOf(police, withCustoms, Optional.of(new AgencyCode("CUSTOMS")))).isEqualTo(NeedToKnow.View.FULL);
        assertThat(NeedToKnow.viewOf(police, withCustoms, Optional.of(new AgencyCode("IMMIGRATION")))).isEqualTo(NeedToKnow.View.ACTION_ONLY);
        assertThat(NeedToKnow.viewOf(police, withCustoms, Optional.empty())).isEqualTo(NeedToKnow.View.ACTION_ONLY);
        assertThat(NeedToKnow.viewOf(police, new Sharing(Set.of(), true), Optional.empty())).isEqualTo(NeedToKnow.View.FULL);
    }
}
