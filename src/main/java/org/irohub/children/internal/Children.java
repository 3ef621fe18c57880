package org.irohub.children.internal;

import java.util.Optional;

import org.springframework.data.repository.ListCrudRepository;

/** The store of child records. */
interface Children extends ListCrudRepository<Child, Long> {

    Optional<Child> findByLaChildId(String laChildId);
}
