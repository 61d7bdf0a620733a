package vn.foreignaffairs.registry.audit.ledger;

import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import vn.foreignaffairs.registry.api.audit.LedgerHead;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;

/** The ledger's head, its verification against the event store, and proofs that the log only grew. */
@RestController
@RequestMapping("/api/v1/audit")
public class LedgerController {

    private final AuditLedger ledger;
    private final LedgerVerifier verifier;

    public LedgerController(AuditLedger ledger, LedgerVerifier verifier) {
        this.ledger = ledger;
        this.verifier = verifier;
    }

    @GetMapping("/ledger/head")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    public LedgerHead head() {
        return ledger.head();
    }

    @PostMapping("/verify")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    public LedgerVerification verify() {
        return verifier.verify();
    }

    @GetMapping("/ledger/proof")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    public LedgerProof proof(@RequestParam String from) {
        if (!LedgerHashes.isHash(from)) {
            throw new RuleViolation(RefusalCode.VALIDATION_FAILED, "from",
                    "'from' must be a head hash of the ledger: 64 hexadecimal digits.");
        }
        return verifier.prove(from.toLowerCase()).orElseThrow(() -> new RuleViolation(RefusalCode.LEDGER_HEAD_UNKNOWN,
                "The ledger never had the head " + from.toLowerCase()
                        + ": it was mistyped, or the chain it belonged to was rewritten."));
    }
}
