package taizhang.support;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.Tag;

/**
 * A test that starts Spring or reaches a database. It runs on H2, and once more on PostgreSQL
 * when the build is given its URL: the second pass in server/pom.xml selects the tag, not a
 * class name. {@link DatabaseTagTest} finds any such test that goes without it.
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Tag(DatabaseTest.TAG)
public @interface DatabaseTest {

    String TAG = "database";
}
