package taizhang;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.net.URISyntaxException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.springframework.stereotype.Controller;
import org.springframework.stereotype.Service;
import org.springframework.web.bind.annotation.RestController;
import taizhang.extract.Extractor;

/**
 * The boundaries the house style draws: plain-Java domain, thin controllers, a Spring-free extractor.
 * Cycles and reach between features are {@link ModularityTest}'s.
 */
class ArchitectureTest {

    // Imported from where the classes were loaded: scanning the whole class path for a package is slow.
    private static final JavaClasses SERVER = importFrom(TaizhangApplication.class);

    // By package: the library is a directory in a reactor build and a jar when the server is built alone.
    private static final JavaClasses EXTRACT = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackagesOf(Extractor.class);

    private static JavaClasses importFrom(Class<?> anchor) {
        try {
            Path location = Path.of(
                    anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
            return new ClassFileImporter()
                    .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPath(location);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void namedDomainClassesDependOnNoSpringClass() {
        classes()
                .that()
                .haveFullyQualifiedName("taizhang.ledger.Measure")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.MeasureStatus")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.MeasureRights")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.Move")
                .or()
                .haveFullyQualifiedName("taizhang.progress.ReportPeriods")
                .or()
                .haveFullyQualifiedName("taizhang.cycle.ReportingCycle")
                .or()
                .haveFullyQualifiedName("taizhang.cycle.Standing")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.MeasureType")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.WarningLevel")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.UnitAssignment")
                .or()
                .haveFullyQualifiedName("taizhang.extension.ExtensionRequest")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.Campaign")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.Problem")
                .or()
                .haveFullyQualifiedName("taizhang.ledger.MeasureSort")
                .or()
                .haveFullyQualifiedName("taizhang.indicator.Indicator")
                .or()
                .haveFullyQualifiedName("taizhang.indicator.Reading")
                .or()
                .haveFullyQualifiedName("taizhang.progress.ProgressReport")
                .or()
                .haveFullyQualifiedName("taizhang.ingest.DraftLimits")
                .or()
                .haveFullyQualifiedName("taizhang.ingest.DraftPage")
                .or()
                .haveFullyQualifiedName("taizhang.progress.ReportStatus")
                .or()
                .haveFullyQualifiedName("taizhang.audit.AuditEvent")
                .or()
                .haveFullyQualifiedName("taizhang.org.Organisation")
                .or()
                .haveFullyQualifiedName("taizhang.shared.CurrentUser")
                .or()
                .haveFullyQualifiedName("taizhang.assessment.Scoring")
                .or()
                .haveFullyQualifiedName("taizhang.assessment.AssessmentSettings")
                .or()
                .haveFullyQualifiedName("taizhang.assessment.Thresholds")
                .or()
                .haveFullyQualifiedName("taizhang.assessment.Adjustment")
                .or()
                .haveFullyQualifiedName("taizhang.assessment.UnitResult")
                .or()
                .haveFullyQualifiedName("taizhang.webhook.ReachableAddress")
                .or()
                .haveFullyQualifiedName("taizhang.webhook.SecretSeal")
                .should()
                .onlyDependOnClassesThat()
                .resideOutsideOfPackage("org.springframework..")
                .check(SERVER);
    }

    /** Statuses, kinds, levels and roles are vocabulary of the domain; page forms may use Spring's annotations. */
    @Test
    void enumsDependOnNoSpringClass() {
        noClasses()
                .that()
                .areEnums()
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(SERVER);
    }

    @Test
    void servicesNeverReachIntoControllers() {
        noClasses()
                .that()
                .areAnnotatedWith(Service.class)
                .or()
                .haveSimpleNameEndingWith("Repository")
                .should()
                .dependOnClassesThat()
                .areAnnotatedWith(RestController.class)
                .orShould()
                .dependOnClassesThat()
                .areAnnotatedWith(Controller.class)
                .orShould()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Controller")
                .check(SERVER);
    }

    @Test
    void extractionLibraryNeverDependsOnSpring() {
        noClasses()
                .that()
                .resideInAPackage("taizhang.extract..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.springframework..")
                .check(EXTRACT);
    }

    /**
     * The library reads documents and does nothing else (extract/pom.xml: "no Spring, no database,
     * no web"): the JDK's core and the libraries that decode, parse and print; a new dependency is
     * a decision, made here. Naming the server's packages instead could never fail: the library
     * cannot see the server, which depends on it.
     */
    @Test
    void extractionLibraryUsesOnlyTheJdkCoreAndItsReadingLibraries() {
        classes()
                .that()
                .resideInAPackage("taizhang.extract..")
                .should()
                .onlyDependOnClassesThat()
                .resideInAnyPackage(
                        "taizhang.extract..",
                        "java.lang..",
                        "java.io..",
                        "java.math..",
                        "java.nio..",
                        "java.text..",
                        "java.time..",
                        "java.util..",
                        "com.hankcs.hanlp..",
                        "org.jsoup..",
                        "org.apache.poi..",
                        "org.openxmlformats..",
                        "org.apache.pdfbox..",
                        "org.mozilla.universalchardet..",
                        "picocli..",
                        "tools.jackson..")
                .check(EXTRACT);
    }
}
