package org.atoll.alert.internal;

import java.util.List;

/**
 * What an import did: nothing at all when any row was rejected (the file is imported whole or not
 * at all) or on a dry run; otherwise how many alerts it created, changed and left unchanged, and
 * (for a published list) which alerts it withdrew because their person is no longer listed and
 * which it relisted because the list names their person again (a dry run names both and changes
 * nothing). {@code leftWithdrawnReferences}: alerts the file holds that an officer withdrew, left so.
 */
public record ImportReport(String format, String fileName, String sha256, boolean imported, boolean dryRun, int rows,
                           int created, int updated, int unchanged, int withdrawn, List<String> withdrawnReferences,
                           int relisted, List<String> relistedReferences, List<String> leftWithdrawnReferences,
                           List<ImportProblem> rejected,
                           List<ImportProblem> warnings) {

    public ImportReport {
        withdrawnReferences = List.copyOf(withdrawnReferences);
        relistedReferences = List.copyOf(relistedReferences);
        leftWithdrawnReferences = List.copyOf(leftWithdrawnReferences);
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
