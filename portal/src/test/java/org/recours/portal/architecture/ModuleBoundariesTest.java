package org.recours.portal.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** The command side and the query side meet only through the shared kernel; the kernel and the domain know no Spring. */
@AnalyzeClasses(packages = "org.recours", importOptions = ImportOption.DoNotIncludeTests.class)
class ModuleBoundariesTest {

    @ArchTest
    static final ArchRule commandSideDoesNotKnowTheQuerySide = noClasses()
            .that()
            .resideInAPackage("org.recours.command..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.recours.query..", "org.recours.portal..", "org.recours.platform..");

    @ArchTest
    static final ArchRule querySideDoesNotKnowTheCommandSide = noClasses()
            .that()
            .resideInAPackage("org.recours.query..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.recours.command..", "org.recours.portal..", "org.recours.platform..");

    @ArchTest
    static final ArchRule sharedKernelHasNoSpringNorJson = noClasses()
            .that()
            .resideInAPackage("org.recours.kernel..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "com.fasterxml..",
                    "tools.jackson..",
                    "org.recours.command..",
                    "org.recours.query..",
                    "org.recours.portal..",
                    "org.recours.platform..");

    /** The event store's wire format knows the events' vocabulary and nothing of the sides that write or read them. */
    @ArchTest
    static final ArchRule theWireFormatKnowsOnlyTheKernel = noClasses()
            .that()
            .resideInAPackage("org.recours.eventjson..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "org.recours.command..",
                    "org.recours.query..",
                    "org.recours.portal..",
                    "org.recours.platform..");

    /** The framework plumbing serves the application and knows nothing of its web layer. */
    @ArchTest
    static final ArchRule thePlatformDoesNotKnowThePortal = noClasses()
            .that()
            .resideInAPackage("org.recours.platform..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.recours.portal..");

    @ArchTest
    static final ArchRule theCaseDomainHasNoSpring = noClasses()
            .that()
            .resideInAPackage("org.recours.command.casefile..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");

    @ArchTest
    static final ArchRule projectionsHaveNoSpringButTheirTables = noClasses()
            .that()
            .resideInAPackage("org.recours.query..")
            .and()
            .haveSimpleNameEndingWith("Projection")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("org.springframework..");
}
