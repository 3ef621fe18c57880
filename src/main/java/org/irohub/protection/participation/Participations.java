package org.irohub.protection.participation;

import org.springframework.data.repository.ListCrudRepository;

/** Participation records, one per conference that has any. */
interface Participations extends ListCrudRepository<ConferenceParticipation, Long> {
}
