package org.atoll.alert.internal;

import java.util.List;

/**
 * What an import did: nothing at all when any row was rejected (the file is imported whole or not
 * at all) or on a dry run; otherwise how many alerts it created, changed and left unchanged.
 */
public record ImportReport(String format, String fileName, String sha256, boolean imported, boolean dryRun, int rows,
                           int created, int updated, int unchanged, List<ImportProblem> rejected,
                           List<ImportProblem> warnings) {

    public ImportReport {
        rejected = List.copyOf(rejected);
        warnings = List.copyOf(warnings);
    }
}
