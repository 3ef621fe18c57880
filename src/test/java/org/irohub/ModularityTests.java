package org.irohub;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTests {

    private final ApplicationModules modules = ApplicationModules.of(IroHubApplication.class);

    @Test
    void modulesOnlyUseTheDependenciesTheyDeclare() {
        modules.verify();
    }

    @Test
    void writesModuleDocumentationToDocs() {
        new Documenter(modules, Documenter.Options.defaults().withOutputFolder("docs/modules"))
            .writeDocumentation()
            .writeIndividualModulesAsPlantUml();
    }
}
