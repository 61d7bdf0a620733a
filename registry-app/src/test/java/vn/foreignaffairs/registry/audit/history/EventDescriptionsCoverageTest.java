package vn.foreignaffairs.registry.audit.history;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;

/**
 * Every event of the registry has a sentence in Vietnamese and in English, and every field a
 * sentence names exists on its event. An event is any class of the published language that
 * implements one of its {@code *Event} interfaces, is handled by an aggregate or a projector, or
 * is applied by an aggregate; so a new event without a description fails here.
 */
class EventDescriptionsCoverageTest {

    private static final String API = "vn.foreignaffairs.registry.api";
    private static final Pattern APPLIED = Pattern.compile("apply\\(new ([A-Z][A-Za-z0-9]*)\\(");

    private final EventDescriptions descriptions = new EventDescriptions();

    @Test
    void everyEventHasASentenceInBothLanguages() throws IOException {
        Set<Class<?>> events = events();
        assertThat(events).as("events found").hasSizeGreaterThan(80);
        List<String> missing = new ArrayList<>();
        for (Class<?> event : events) {
            for (Locale language : EventDescriptions.LANGUAGES) {
                if (descriptions.template(event, language).isEmpty()) {
                    missing.add(event.getSimpleName() + " (" + language + ")");
                }
            }
        }
        assertThat(missing).as("events without a description").isEmpty();
    }

    @Test
    void everyPlaceholderNamesAFieldOfItsEvent() throws IOException {
        List<String> broken = new ArrayList<>();
        for (Class<?> event : events()) {
            for (Locale language : EventDescriptions.LANGUAGES) {
                String template = descriptions.template(event, language).orElse("");
                for (String path : EventDescriptions.placeholders(template)) {
                    if (!resolves(event, path)) {
                        broken.add(event.getSimpleName() + " {" + path + "} (" + language + ")");
                    }
                }
            }
        }
        assertThat(broken).as("placeholders naming no field").isEmpty();
    }

    @Test
    void noSentenceShowsAClassName() throws IOException {
        for (Class<?> event : events()) {
            for (Locale language : EventDescriptions.LANGUAGES) {
                assertThat(descriptions.template(event, language).orElse(""))
                        .doesNotContain(event.getSimpleName());
            }
        }
    }

    private static boolean resolves(Class<?> type, String path) {
        Class<?> current = type;
        String[] names = path.split("\\.");
        for (int i = 0; i < names.length; i++) {
            Method accessor;
            try {
                accessor = current.getMethod(names[i]);
            } catch (NoSuchMethodException e) {
                return false;
            }
            current = accessor.getReturnType();
            if (Collection.class.isAssignableFrom(current) && i < names.length - 1) {
                return false;
            }
        }
        return true;
    }

    static Set<Class<?>> events() throws IOException {
        Map<String, Class<?>> apiClasses = classesIn(API).stream()
                .collect(Collectors.toMap(Class::getSimpleName, type -> type, (a, b) -> a));
        Set<Class<?>> events = new java.util.TreeSet<>(java.util.Comparator.comparing(Class::getName));
        // implements one of the published *Event interfaces
        for (Class<?> type : apiClasses.values()) {
            if (!type.isInterface() && Stream.of(type.getInterfaces())
                    .anyMatch(face -> face.getSimpleName().endsWith("Event"))) {
                events.add(type);
            }
        }
        // handled by an aggregate or a projector
        for (Class<?> type : classesIn("vn.foreignaffairs.registry")) {
            for (Method method : type.getDeclaredMethods()) {
                if ((method.isAnnotationPresent(EventHandler.class)
                        || method.isAnnotationPresent(EventSourcingHandler.class))
                        && method.getParameterCount() > 0) {
                    Class<?> payload = method.getParameterTypes()[0];
                    if (payload.getName().startsWith(API) && !payload.isInterface()
                            && !Modifier.isAbstract(payload.getModifiers())) {
                        events.add(payload);
                    }
                }
            }
        }
        // applied by an aggregate
        Path sources = Path.of("src/main/java");
        assertThat(sources).as("registry-app sources, read from the module's folder").isDirectory();
        try (Stream<Path> files = Files.walk(sources)) {
            for (Path file : files.filter(path -> path.toString().endsWith(".java")).toList()) {
                Matcher matcher = APPLIED.matcher(Files.readString(file));
                while (matcher.find()) {
                    Class<?> applied = apiClasses.get(matcher.group(1));
                    if (applied != null && !applied.getSimpleName().endsWith("Command")) {
                        events.add(applied);
                    }
                }
            }
        }
        return events;
    }

    private static Set<Class<?>> classesIn(String basePackage) {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(
                    org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        Set<Class<?>> classes = new TreeSet<>(java.util.Comparator.comparing(Class::getName));
        for (BeanDefinition definition : scanner.findCandidateComponents(basePackage)) {
            try {
                classes.add(Class.forName(definition.getBeanClassName(), false,
                        EventDescriptionsCoverageTest.class.getClassLoader()));
            } catch (ClassNotFoundException | LinkageError e) {
                // a class that cannot be loaded in a plain test is no event of the published language
            }
        }
        return classes;
    }
}
