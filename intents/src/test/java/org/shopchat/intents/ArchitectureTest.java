package org.shopchat.intents;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private final JavaClasses classes = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
            .importPackages("org.shopchat.intents");

    @Test
    void intentsLibraryDoesNotDependOnSpring() {
        noClasses().should().dependOnClassesThat().resideInAnyPackage("org.springframework..")
                .check(classes);
    }

    @Test
    void intentsLibraryDoesNotDependOnOtherShopChatModules() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.shopchat.bot..", "org.shopchat.kb..", "org.shopchat.console..")
                .check(classes);
    }
}
