package org.atoll.visa.internal;

import org.atoll.SqlColumns;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.atoll.visa.VisaApplicationId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Uploaded supporting documents: their facts, and their bytes only when one is downloaded. */
@Repository
public class SupportingDocumentRepository {

    public record DocumentInfo(UUID id, VisaApplicationId applicationId, String fileName, String mediaType, long sizeBytes,
                        String sha256, String description, String uploadedBy, Instant uploadedAt) {
    }

    private final JdbcClient jdbc;

    SupportingDocumentRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(DocumentInfo info, byte[] content) {
        jdbc.sql("""
                INSERT INTO visa_document (id, application_id, file_name, media_type, size_bytes, sha256, content,
                    description, uploaded_by, uploaded_at)
                VALUES (:id, :application, :name, :type, :size, :sha, :content, :description, :by, :at)""")
                .param("id", info.id()).param("application", info.applicationId().value()).param("name", info.fileName())
                .param("type", info.mediaType()).param("size", info.sizeBytes()).param("sha", info.sha256())
                .param("content", content).param("description", info.description()).param("by", info.uploadedBy())
                .param("at", SqlColumns.ts(info.uploadedAt()))
                .update();
    }

    List<DocumentInfo> list(VisaApplicationId application) {
        return jdbc.sql("SELECT id, application_id, file_name, media_type, size_bytes, sha256, description, uploaded_by, uploaded_at "
                        + "FROM visa_document WHERE application_id = :id ORDER BY uploaded_at")
                .param("id", application.value())
                .query((rs, n) -> new DocumentInfo(rs.getObject("id", UUID.class),
                        new VisaApplicationId(rs.getObject("application_id", UUID.class)), rs.getString("file_name"),
                        rs.getString("media_type"), rs.getLong("size_bytes"), rs.getString("sha256"),
                        rs.getString("description"), rs.getString("uploaded_by"), SqlColumns.instant(rs, "uploaded_at")))
                .list();
    }

    Optional<DocumentInfo> find(VisaApplicationId application, UUID id) {
        return list(application).stream().filter(d -> d.id().equals(id)).findFirst();
    }

    byte[] content(UUID id) {
        return jdbc.sql("SELECT content FROM visa_document WHERE id = :id").param("id", id)
                .query((rs, n) -> rs.getBytes("content")).single();
    }
}
