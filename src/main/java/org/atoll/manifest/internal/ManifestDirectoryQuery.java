package org.atoll.manifest.internal;

import java.util.UUID;

import org.atoll.manifest.ManifestDirectory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The manifest store answering whether a manifest exists (any status: a superseded one was real too). */
@Component
class ManifestDirectoryQuery implements ManifestDirectory {

    private final ManifestStore store;

    ManifestDirectoryQuery(ManifestStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public boolean exists(UUID manifestId) {
        return manifestId != null && store.find(manifestId).isPresent();
    }
}
