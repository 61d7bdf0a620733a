package vn.foreignaffairs.registry.web.page;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/** Switches language only to one the pages are written in; any other {@code lang} is ignored. */
class SupportedLanguagesOnly implements HandlerInterceptor {

    private static final Set<String> LANGUAGES = Set.of("vi", "en");

    private final LocaleChangeInterceptor change;

    SupportedLanguagesOnly(LocaleChangeInterceptor change) {
        this.change = change;
    }

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler)
            throws Exception {
        String language = request.getParameter(change.getParamName());
        return language == null || !LANGUAGES.contains(language) || change.preHandle(request, response, handler);
    }
}
