package org.shopchat.kb;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

class DependencyRulesTest {

    @Test
    void knowledgeBaseIsPlainJavaWithoutSpring() {
        noClasses().that().resideInAPackage("org.shopchat.kb..")
                .should().dependOnClassesThat().resideInAPackage("org.springframework..")
                .check(new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                        .importPackages("org.shopchat.kb"));
    }
}
