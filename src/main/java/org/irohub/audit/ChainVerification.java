package org.irohub.audit;

/** The result of re-computing the hash chain: the JSON shape of {@code GET /api/audit/verify}. */
public record ChainVerification(boolean valid, long entries, Long firstBrokenEntry) {
}
