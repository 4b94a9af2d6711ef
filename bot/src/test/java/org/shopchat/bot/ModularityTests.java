package org.shopchat.bot;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Path;

/** The application modules stay acyclic and keep to each other's public API; the diagram in docs/ is written from them. */
class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(ShopChatApplication.class);

    @Test
    void modulesRespectTheirBoundaries() {
        modules.verify();
    }

    @Test
    void writesTheModuleDiagramIntoDocs() {
        Path docs = Path.of(System.getProperty("user.dir")).getParent().resolve("docs").resolve("modules");
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder(docs.toString()))
                .writeModulesAsPlantUml()
                .writeIndividualModulesAsPlantUml();
    }
}
