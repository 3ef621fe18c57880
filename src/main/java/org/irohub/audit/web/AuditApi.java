package org.irohub.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.irohub.audit.AuditChainVerifier;
import org.irohub.audit.ChainVerification;
import org.irohub.identity.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(name = "Audit", description = "The tamper-evident audit log")
class AuditApi {

    private final AuditChainVerifier verifier;

    AuditApi(AuditChainVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/verify")
    @PreAuthorize(Roles.IS_AUDITOR_OR_ADMIN)
    @Operation(summary = "Check the audit log has not been altered",
            description = "Re-computes the hash chain over every entry. "
                    + "firstBrokenEntry is the id of the first entry that was changed, or follows a removed one.")
    ChainVerification verify() {
        return verifier.verify();
    }
}
