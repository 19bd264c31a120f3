package taizhang.support;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.platform.commons.annotation.Testable;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * Every test that starts Spring or reaches a database carries {@link DatabaseTest}, so that the
 * PostgreSQL pass runs it: a test without the tag would pass on H2 alone and nobody would notice.
 * Annotations are read by reflection, as JUnit and Spring read them (through meta-annotations),
 * which ArchUnit cannot do here: it does not resolve library classes from the class path.
 */
class DatabaseTagTest {

    private static final List<String> DATABASE_PACKAGES = List.of("java.sql", "javax.sql", "org.springframework.jdbc");

    @Test
    void everyTestThatStartsSpringOrReachesADatabaseRunsOnPostgreSqlToo() {
        classes()
                .that(runTests())
                .and(startSpring().or(reachADatabase()))
                .should(carryTheTag(DatabaseTest.TAG))
                .check(testClasses());
    }

    private static JavaClasses testClasses() {
        try {
            Path location = Path.of(DatabaseTagTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
            return new ClassFileImporter().importPath(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Top-level classes with test methods, their own or in nested classes (which inherit the tag). */
    private static DescribedPredicate<JavaClass> runTests() {
        return DescribedPredicate.describe("run tests", c -> c.isTopLevelClass() && hasTests(c.reflect()));
    }

    private static boolean hasTests(Class<?> type) {
        return !AnnotationSupport.findAnnotatedMethods(type, Testable.class, HierarchyTraversalMode.TOP_DOWN)
                        .isEmpty()
                || Arrays.stream(type.getDeclaredClasses()).anyMatch(DatabaseTagTest::hasTests);
    }

    private static DescribedPredicate<JavaClass> startSpring() {
        return DescribedPredicate.describe(
                "start Spring",
                c -> AnnotationSupport.findRepeatableAnnotations(c.reflect(), ExtendWith.class).stream()
                        .anyMatch(extension -> Arrays.asList(extension.value()).contains(SpringExtension.class)));
    }

    private static DescribedPredicate<JavaClass> reachADatabase() {
        // An exception type is a value a unit test may build (a SQLException to translate), not a connection.
        return DescribedPredicate.describe(
                "reach a database",
                c -> c.getDirectDependenciesFromSelf().stream()
                        .filter(d -> !isThrowable(d.getTargetClass().getName()))
                        .map(d -> d.getTargetClass().getPackageName())
                        .anyMatch(p ->
                                DATABASE_PACKAGES.stream().anyMatch(db -> p.equals(db) || p.startsWith(db + "."))));
    }

    /** By reflection: ArchUnit here does not resolve a library class's supertypes. */
    private static boolean isThrowable(String className) {
        try {
            return Throwable.class.isAssignableFrom(
                    Class.forName(className, false, DatabaseTagTest.class.getClassLoader()));
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    private static ArchCondition<JavaClass> carryTheTag(String tag) {
        return new ArchCondition<>("carry the tag " + tag + " (@DatabaseTest)") {
            @Override
            public void check(JavaClass c, ConditionEvents events) {
                boolean tagged = AnnotationSupport.findRepeatableAnnotations(c.reflect(), Tag.class).stream()
                        .anyMatch(t -> t.value().equals(tag));
                events.add(new SimpleConditionEvent(c, tagged, c.getName() + " is not tagged " + tag));
            }
        };
    }
}
