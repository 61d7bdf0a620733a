package vn.foreignaffairs.registry.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import vn.foreignaffairs.registry.api.common.RuleViolation;
import vn.foreignaffairs.registry.audit.refusal.RefusedWrites;
import vn.foreignaffairs.registry.web.RecordNotFound;
import vn.foreignaffairs.registry.web.input.RefusedInput;

/**
 * Errors of the web pages as a page in the reader's language: what went wrong in plain words
 * and a way back. Forms show their own refusals in place ({@link FormErrors}); what reaches
 * here is a refusal of a page as a whole.
 */
@ControllerAdvice(annotations = PageController.class)
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    private final PageMessages messages;
    private final PageModel frame;

    public PageErrors(PageMessages messages, PageModel frame) {
        this.messages = messages;
        this.frame = frame;
    }

    @ExceptionHandler(AccessDeniedException.class)
    String forbidden(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        return error(request, response, model, HttpServletResponse.SC_FORBIDDEN, "FORBIDDEN",
                messages.text("error.forbidden", locale));
    }

    @ExceptionHandler(RecordNotFound.class)
    String notFound(HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        return error(request, response, model, HttpServletResponse.SC_NOT_FOUND, "NOT_FOUND",
                messages.text("error.notFound", locale));
    }

    @ExceptionHandler(RuleViolation.class)
    String refused(RuleViolation violation, HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        return error(request, response, model, PageMessages.status(violation), violation.code().name(),
                messages.refusal(violation, locale));
    }

    /**
     * What the input screen refused (a control character, an over-long text, a field name like
     * {@code $where}): a page that says which field and why, or the problem itself to a client
     * that does not read HTML.
     */
    @ExceptionHandler(RefusedInput.class)
    Object refusedInput(RefusedInput refused, HttpServletRequest request, HttpServletResponse response, Model model,
                        Locale locale) {
        if (!readsHtml(request)) {
            return ResponseEntity.status(refused.problem().getStatus()).body(refused.problem());
        }
        return error(request, response, model, refused.problem().getStatus(), refused.code(),
                messages.refusedInput(refused, locale));
    }

    @ExceptionHandler(Exception.class)
    String failed(Exception failure, HttpServletRequest request, HttpServletResponse response, Model model, Locale locale) {
        log.error("A page failed", failure);
        return error(request, response, model, HttpServletResponse.SC_INTERNAL_SERVER_ERROR, "INTERNAL_ERROR",
                messages.text("error.internal", locale));
    }

    private static boolean readsHtml(HttpServletRequest request) {
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null) {
            return false;
        }
        try {
            return MediaType.parseMediaTypes(accept).stream().anyMatch(type -> !type.isWildcardType()
                    && (type.isCompatibleWith(MediaType.TEXT_HTML) || type.isCompatibleWith(MediaType.APPLICATION_XHTML_XML)));
        } catch (InvalidMediaTypeException unreadable) {
            return false;
        }
    }

    /**
     * Exception handlers get no model attributes of their own: the frame's are added here. The
     * page names the same stable code the API would answer with, for a reader who reports it.
     */
    private String error(HttpServletRequest request, HttpServletResponse response, Model model, int status,
                         String code, String message) {
        model.addAttribute("actor", frame.actor(SecurityContextHolder.getContext().getAuthentication()));
        model.addAttribute("here", frame.here(request));
        response.setStatus(status);
        if (status == HttpServletResponse.SC_UNAUTHORIZED || status == HttpServletResponse.SC_FORBIDDEN) {
            RefusedWrites.noteCode(request, code);
        }
        model.addAttribute("status", status);
        model.addAttribute("message", message);
        model.addAttribute("code", code);
        return "error-page";
    }
}
