package org.irohub.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.irohub.support.IroHubTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.TestPropertySource;

/**
 * Changes the log behind the application's back, as someone with database access might, and checks the
 * verification finds the first entry affected. Each test breaks the log, so each gets its own in-memory
 * database and context.
 */
@IroHubTest
@TestPropertySource(properties = "spring.datasource.url=jdbc:h2:mem:tamper-${random.uuid};MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH")
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_EACH_TEST_METHOD)
class AuditTamperTests {

    @Autowired
    AuditLog audit;

    @Autowired
    AuditChainVerifier verifier;

    @Autowired
    JdbcClient jdbc;

    private long[] threeEntries() {
        long[] ids = new long[3];
        for (int i = 0; i < 3; i++) {
            String recordId = UUID.randomUUID().toString();
            audit.recordAs("tester", AuditEvent.success("CHILD_VIEWED", "Child", recordId));
            ids[i] = jdbc.sql("SELECT id FROM audit_entry WHERE record_id = :r").param("r", recordId).query(Long.class).single();
        }
        return ids;
    }

    @Test
    void anUntouchedLogIsValidAndCountsEveryEntry() {
        threeEntries();
        long count = jdbc.sql("SELECT COUNT(*) FROM audit_entry").query(Long.class).single();

        assertThat(verifier.verify()).isEqualTo(new ChainVerification(true, count, null));
    }

    @Test
    void aChangedEntryIsTheFirstBrokenOne() {
        long[] ids = threeEntries();
        jdbc.sql("UPDATE audit_entry SET actor = 'someone-else' WHERE id = :id").param("id", ids[1]).update();

        ChainVerification result = verifier.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(ids[1]);
    }

    @Test
    void aRemovedEntryBreaksTheLinkOfTheNextOne() {
        long[] ids = threeEntries();
        jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", ids[1]).update();

        assertThat(verifier.verify().firstBrokenEntry()).isEqualTo(ids[2]);
    }

    @Test
    void entriesCutOffTheEndAreNoticedThroughTheChainHead() {
        long[] ids = threeEntries();
        jdbc.sql("DELETE FROM audit_entry WHERE id = :id").param("id", ids[2]).update();

        ChainVerification result = verifier.verify();
        assertThat(result.valid()).isFalse();
        assertThat(result.firstBrokenEntry()).isEqualTo(ids[2]);
    }

    @Test
    void aRecomputedHashDoesNotHideAChangeBecauseTheNextLinkBreaks() {
        long[] ids = threeEntries();
        AuditEntry original = jdbc.sql("SELECT * FROM audit_entry WHERE id = :id").param("id", ids[1])
            .query((rs, n) -> new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", java.time.OffsetDateTime.class).toInstant(),
                    rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                    AuditChannel.valueOf(rs.getString("channel")), AuditOutcome.valueOf(rs.getString("outcome")),
                    rs.getString("detail"), rs.getString("previous_hash"), rs.getString("hash")))
            .single();
        AuditEntry forged = new AuditEntry(original.id(), original.occurredAt(), "someone-else", original.action(),
                original.recordType(), original.recordId(), original.channel(), original.outcome(), original.detail(),
                original.previousHash(), null);
        jdbc.sql("UPDATE audit_entry SET actor = 'someone-else', hash = :h WHERE id = :id")
            .param("h", AuditHash.of(forged))
            .param("id", ids[1])
            .update();

        assertThat(verifier.verify().firstBrokenEntry()).isEqualTo(ids[2]);
    }
}
