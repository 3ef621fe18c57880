package org.irohub.identity;

import java.util.List;
import java.util.Optional;

import org.springframework.data.jdbc.repository.query.Query;
import org.springframework.data.repository.ListCrudRepository;

/** The store of user accounts. */
interface UserAccounts extends ListCrudRepository<UserAccount, Long> {

    @Query("SELECT * FROM user_account WHERE LOWER(username) = LOWER(:username)")
    Optional<UserAccount> findByUsername(String username);

    @Query("SELECT * FROM user_account ORDER BY LOWER(display_name)")
    List<UserAccount> findAllByName();
}
