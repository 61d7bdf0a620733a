package vn.foreignaffairs.registry.audit.page;

import java.util.Locale;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import vn.foreignaffairs.registry.api.audit.LedgerHead;
import vn.foreignaffairs.registry.api.common.RefusalCode;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.ledger.LedgerController;
import vn.foreignaffairs.registry.audit.ledger.LedgerProof;
import vn.foreignaffairs.registry.audit.ledger.LedgerVerification;
import vn.foreignaffairs.registry.web.page.FormErrors;
import vn.foreignaffairs.registry.web.page.PageController;
import vn.foreignaffairs.registry.web.page.PageMessages;

/**
 * The audit ledger for inspectors: its head, a verification run on demand, and the proof that
 * the log only grew since an older head (e.g. one printed in a report), all answered by the
 * API's ledger endpoints.
 */
@PageController
public class LedgerPage {

    private final LedgerController ledger;
    private final PageMessages messages;

    public LedgerPage(LedgerController ledger, PageMessages messages) {
        this.ledger = ledger;
        this.messages = messages;
    }

    /** A head as the page shows it. */
    public record Head(long position, String hash, String at) {
        static Head of(LedgerHead head) {
            return head == null ? null : new Head(head.position(), head.hash(), ProvinceTime.show(head.at()));
        }
    }

    @GetMapping("/app/audit/ledger")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN', 'LEADERSHIP')")
    String ledger(@RequestParam(required = false) String from, Model model, Locale locale) {
        FormErrors errors = FormErrors.none();
        model.addAttribute("errors", errors);
        model.addAttribute("from", from == null ? "" : from);
        head(model);
        if (from != null && !from.isBlank()) {
            prove(from.strip(), errors, model, locale);
        }
        return "audit/ledger";
    }

    /** Verifying changes nothing: the outcome is shown at once, and sending the form again only verifies again. */
    @PostMapping("/app/audit/ledger/verify")
    @PreAuthorize("hasAnyRole('INSPECTOR', 'ADMIN')")
    String verify(Model model, Locale locale) {
        LedgerVerification verification = ledger.verify();
        model.addAttribute("errors", FormErrors.none());
        model.addAttribute("from", "");
        head(model);
        model.addAttribute("verification", verification);
        model.addAttribute("verifiedHead", Head.of(verification.head()));
        if (verification.firstBreak() != null) {
            model.addAttribute("breakKind", messages.text("audit.ledger.break." + verification.firstBreak().kind(), locale));
        }
        return "audit/ledger";
    }

    private void head(Model model) {
        model.addAttribute("head", Head.of(ledger.head()));
    }

    private void prove(String from, FormErrors errors, Model model, Locale locale) {
        try {
            LedgerProof proof = ledger.proof(from);
            model.addAttribute("proof", proof);
            model.addAttribute("oldHead", Head.of(proof.oldHead()));
            model.addAttribute("currentHead", Head.of(proof.currentHead()));
        } catch (RuleViolation refused) {
            if (refused.code() == RefusalCode.LEDGER_HEAD_UNKNOWN) {
                model.addAttribute("proofUnknown", messages.text("audit.ledger.proof.unknown", locale));
            } else if (refused.code() == RefusalCode.VALIDATION_FAILED) {
                errors.add("from", messages.text("audit.ledger.proof.invalid", locale));
            } else {
                throw refused;
            }
        }
    }
}
