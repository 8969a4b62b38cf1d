package org.atoll.inspection.internal;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.atoll.InvalidRequestException;
import org.atoll.RecordNotFoundException;
import org.atoll.access.CurrentOfficer;
import org.atoll.audit.AuditEvent;
import org.atoll.audit.AuditTrail;
import org.atoll.inspection.domain.InspectionConflictException;
import org.atoll.inspection.domain.InspectionStatus;
import org.atoll.inspection.domain.Interview;
import org.atoll.inspection.domain.InterviewClosedException;
import org.atoll.inspection.internal.InspectionViews.AnswerView;
import org.atoll.inspection.internal.InspectionViews.InterviewView;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Structured interviews at secondary: started with the questions for the referral's reasons,
 * recorded while open, closed for good; afterwards only dated addenda.
 */
@Service
public class InterviewService {

    private final InspectionRepository repository;
    private final CurrentOfficer current;
    private final AuditTrail audit;
    private final Clock clock;

    InterviewService(InspectionRepository repository, CurrentOfficer current, AuditTrail audit, Clock clock) {
        this.repository = repository;
        this.current = current;
        this.audit = audit;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    public Optional<InterviewView> find(UUID inspectionId) {
        return repository.interview(inspectionId).map(this::view);
    }

    @Transactional
    public InterviewView start(UUID inspectionId, String language, String interpreter) {
        InspectionRow inspection = repository.find(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("inspection", inspectionId.toString()));
        Optional<InspectionRepository.InterviewRow> existing = repository.interview(inspectionId);
        if (existing.isPresent()) {
            return view(existing.get());
        }
        if (!InspectionStatus.REFERRED.name().equals(inspection.status())) {
            throw new InspectionConflictException("Only a referred traveller is interviewed; this inspection is " + inspection.status(),
                    InspectionStatus.valueOf(inspection.status()));
        }
        if (language == null || language.isBlank()) {
            throw InvalidRequestException.field("language", "Required: the language the interview is held in");
        }
        List<String> reasons = new ArrayList<>(inspection.proposalReasons());
        reasons.add("GENERAL");
        List<AnswerView> questions = repository.templates(reasons);
        List<AnswerView> numbered = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (AnswerView q : questions) {
            if (seen.add(q.questionCode())) {
                numbered.add(new AnswerView(numbered.size() + 1, q.questionCode(), q.question(), ""));
            }
        }
        UUID id = UUID.randomUUID();
        String officer = current.require().username();
        repository.insertInterview(id, inspectionId, officer, Instant.now(clock), language.strip(),
                InspectionService.blankToNull(interpreter));
        repository.replaceAnswers(id, numbered);
        audit.record(AuditEvent.succeeded("INTERVIEW_STARTED", InspectionService.RECORD_TYPE, inspectionId.toString()));
        return view(repository.interview(inspectionId).orElseThrow());
    }

    /** What an officer records in an open interview: answers by question code, language, interpreter, documents. */
    public record InterviewNotes(Map<String, String> answers, String language, String interpreter, String documentsExamined,
                                 Long version) {
    }

    @Transactional
    public InterviewView record(UUID inspectionId, InterviewNotes notes, boolean close) {
        InspectionRepository.InterviewRow row = repository.interview(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("interview", inspectionId.toString()));
        Interview interview = domain(row);
        List<Interview.Answer> answers = new ArrayList<>();
        for (AnswerView a : repository.answers(row.id())) {
            String given = notes.answers() == null ? null : notes.answers().get(a.questionCode());
            answers.add(new Interview.Answer(a.questionCode(), a.question(), given != null ? given : a.answer()));
        }
        Instant now = Instant.now(clock);
        interview.record(answers, notes.language(), Optional.ofNullable(notes.interpreter()), notes.documentsExamined());
        if (close) {
            interview.close(now);
        }
        if (notes.version() != null && notes.version() != row.version()) {
            throw new org.atoll.ConcurrentEditException("interview", row.id().toString(), row.version());
        }
        if (!repository.updateInterview(row.id(), row.version(), interview.language(), interview.interpreter().orElse(null),
                interview.documentsExamined(), interview.closedAt().orElse(null))) {
            throw new InterviewClosedException("The interview was closed or changed by someone else; reload it");
        }
        List<AnswerView> stored = new ArrayList<>();
        int i = 1;
        for (Interview.Answer a : interview.answers()) {
            stored.add(new AnswerView(i++, a.questionCode(), a.question(), a.answer()));
        }
        repository.replaceAnswers(row.id(), stored);
        audit.record(AuditEvent.succeeded(close ? "INTERVIEW_CLOSED" : "INTERVIEW_RECORDED", InspectionService.RECORD_TYPE,
                inspectionId.toString()));
        return view(repository.interview(inspectionId).orElseThrow());
    }

    @Transactional
    public InterviewView addAddendum(UUID inspectionId, String text) {
        InspectionRepository.InterviewRow row = repository.interview(inspectionId)
                .orElseThrow(() -> new RecordNotFoundException("interview", inspectionId.toString()));
        if (text == null || text.isBlank()) {
            throw InvalidRequestException.field("text", "Required: what the addendum adds");
        }
        Interview interview = domain(row);
        String officer = current.require().username();
        Interview.Addendum a = interview.addAddendum(Instant.now(clock), officer, text);
        repository.insertAddendum(row.id(), a.writtenAt(), a.officer(), a.text());
        audit.record(AuditEvent.succeeded("INTERVIEW_ADDENDUM", InspectionService.RECORD_TYPE, inspectionId.toString()));
        return view(repository.interview(inspectionId).orElseThrow());
    }

    private Interview domain(InspectionRepository.InterviewRow row) {
        return new Interview(row.id(), row.inspectionId(), row.officer(), row.startedAt(), Optional.ofNullable(row.closedAt()),
                row.language(), Optional.ofNullable(row.interpreter()), row.documentsExamined(),
                repository.answers(row.id()).stream().map(a -> new Interview.Answer(a.questionCode(), a.question(), a.answer())).toList(),
                repository.addenda(row.id()).stream().map(a -> new Interview.Addendum(a.writtenAt(), a.officer(), a.text())).toList());
    }

    private InterviewView view(InspectionRepository.InterviewRow row) {
        return new InterviewView(row.id(), row.inspectionId(), row.officer(), row.startedAt(), row.closedAt(), row.language(),
                row.interpreter(), row.documentsExamined(), repository.answers(row.id()), repository.addenda(row.id()),
                row.closedAt() != null, row.version());
    }
}
