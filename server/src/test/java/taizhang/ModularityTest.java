package taizhang;

import static com.tngtech.archunit.base.DescribedPredicate.describe;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * Each feature package is a Spring Modulith module: features depend on each other one way only
 * (a cycle means two features are one) and only on each other's published types. The packages
 * are flat, so a feature's public types are its API and its package-private ones its internals;
 * {@code shared} needs no declaration, having no sub-package whose types others could reach.
 *
 * <p>Two kinds of class are left out, and nothing else: the extraction library, a separate Maven
 * module that happens to share the base package and has its own rules in {@link ArchitectureTest};
 * and {@link Taizhang}, the process's entry point, which lists the commands of {@code cli} that in
 * turn start {@link TaizhangApplication}, and belongs to no feature.
 */
class ModularityTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(
            TaizhangApplication.class,
            describe(
                    "the extraction library and the command-line entry point",
                    type -> type.getPackageName().startsWith("taizhang.extract")
                            || type.isEquivalentTo(Taizhang.class)));

    @Test
    void featuresFormNoCycleAndUseOnlyEachOthersPublishedTypes() {
        MODULES.verify();
    }
}
