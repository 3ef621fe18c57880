package org.irohub.staff.internal;

import java.util.List;
import java.util.Optional;

import org.irohub.staff.ChairDirectory;
import org.irohub.staff.ChairId;
import org.irohub.staff.ChairProfile;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** {@link ChairDirectory} over the chair store. */
@Service
class ChairDirectoryService implements ChairDirectory {

    private final Chairs chairs;

    ChairDirectoryService(Chairs chairs) {
        this.chairs = chairs;
    }

    @Override
    @Transactional(readOnly = true)
    public List<ChairProfile> activeChairs() {
        return chairs.findActiveByName().stream().map(Chair::toProfile).toList();
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChairProfile> find(ChairId id) {
        return chairs.findById(id.value()).map(Chair::toProfile);
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<ChairProfile> findByUsername(String username) {
        if (username == null || username.isBlank()) {
            return Optional.empty();
        }
        return chairs.findByUsername(username.trim()).map(Chair::toProfile);
    }
}
