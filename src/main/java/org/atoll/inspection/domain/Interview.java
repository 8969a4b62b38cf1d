package org.atoll.inspection.domain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

/**
 * A structured interview at secondary: the questions asked (from the templates for the referral
 * reasons) and the answers, the language and any interpreter, the documents examined, and its
 * start and end. Once closed its record never changes; what was missed is added as a dated addendum.
 */
public final class Interview {

    private final UUID id;
    private final UUID inspectionId;
    private final String officer;
    private final Instant startedAt;
    private Optional<Instant> closedAt;
    private String language;
    private Optional<String> interpreter;
    private String documentsExamined;
    private final List<Answer> answers;
    private final List<Addendum> addenda;

    public record Answer(String questionCode, String question, String answer) {
        public Answer {
            Objects.requireNonNull(questionCode, "question code");
            Objects.requireNonNull(question, "question");
            answer = answer == null ? "" : answer.strip();
        }
    }

    public record Addendum(Instant writtenAt, String officer, String text) {
        public Addendum {
            Objects.requireNonNull(writtenAt, "written at");
            Objects.requireNonNull(officer, "officer");
            Objects.requireNonNull(text, "text");
        }
    }

    public Interview(UUID id, UUID inspectionId, String officer, Instant startedAt, Optional<Instant> closedAt, String language,
                     Optional<String> interpreter, String documentsExamined, List<Answer> answers, List<Addendum> addenda) {
        this.id = Objects.requireNonNull(id, "id");
        this.inspectionId = Objects.requireNonNull(inspectionId, "inspection");
        this.officer = Objects.requireNonNull(officer, "officer");
        this.startedAt = Objects.requireNonNull(startedAt, "started at");
        this.closedAt = closedAt == null ? Optional.empty() : closedAt;
        this.language = language == null ? "" : language.strip();
        this.interpreter = interpreter == null ? Optional.empty() : interpreter.filter(s -> !s.isBlank());
        this.documentsExamined = documentsExamined == null ? "" : documentsExamined.strip();
        this.answers = new ArrayList<>(answers);
        this.addenda = new ArrayList<>(addenda);
    }

    public static Interview start(UUID inspectionId, String officer, Instant at, String language, Optional<String> interpreter,
                                  List<Answer> questions) {
        return new Interview(UUID.randomUUID(), inspectionId, officer, at, Optional.empty(), language, interpreter, "", questions,
                List.of());
    }

    /** Records the answers, language, interpreter and documents examined while the interview is open. */
    public void record(List<Answer> newAnswers, String language, Optional<String> interpreter, String documentsExamined) {
        requireOpen();
        answers.clear();
        answers.addAll(newAnswers);
        if (language != null && !language.isBlank()) {
            this.language = language.strip();
        }
        if (interpreter != null) {
            this.interpreter = interpreter.filter(s -> !s.isBlank()).map(String::strip);
        }
        if (documentsExamined != null) {
            this.documentsExamined = documentsExamined.strip();
        }
    }

    public void close(Instant at) {
        requireOpen();
        if (at.isBefore(startedAt)) {
            throw new IllegalArgumentException("An interview ends after it starts");
        }
        closedAt = Optional.of(at);
    }

    /** A dated note added after the interview closed; the record itself stays as it was. */
    public Addendum addAddendum(Instant at, String officer, String text) {
        if (closedAt.isEmpty()) {
            throw new InterviewClosedException("The interview is still open: record the notes in it, not in an addendum");
        }
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("An addendum has text");
        }
        Addendum a = new Addendum(at, officer, text.strip());
        addenda.add(a);
        return a;
    }

    private void requireOpen() {
        if (closedAt.isPresent()) {
            throw new InterviewClosedException("The interview closed at " + closedAt.get()
                    + ": its notes cannot be changed, only amended with a dated addendum");
        }
    }

    public boolean closed() {
        return closedAt.isPresent();
    }

    public UUID id() { return id; }
    public UUID inspectionId() { return inspectionId; }
    public String officer() { return officer; }
    public Instant startedAt() { return startedAt; }
    public Optional<Instant> closedAt() { return closedAt; }
    public String language() { return language; }
    public Optional<String> interpreter() { return interpreter; }
    public String documentsExamined() { return documentsExamined; }
    public List<Answer> answers() { return List.copyOf(answers); }
    public List<Addendum> addenda() { return List.copyOf(addenda); }
}
