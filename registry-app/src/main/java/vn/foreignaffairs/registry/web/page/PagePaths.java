package vn.foreignaffairs.registry.web.page;

/** Where the web pages live: everything else is the JSON API, Actuator or the API's documentation. */
public final class PagePaths {

    public static final String[] ALL = {"/", "/login", "/logout", "/app", "/app/**", "/css/**", "/favicon.ico"};
    public static final String[] PUBLIC = {"/login", "/css/**", "/favicon.ico"};
    public static final String HOME = "/app";
    public static final String SIGN_IN = "/login";

    private PagePaths() {
    }
}
