package org.irohub.protection;

import static org.assertj.core.api.Assertions.assertThat;

import org.irohub.children.ChildRegistration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.DefaultApplicationArguments;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "spring.datasource.url=jdbc:h2:mem:demo;MODE=PostgreSQL;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1")
@ActiveProfiles({ "test", "demo" })
class DemoCasesTests {

    @Autowired
    ChildRegistration registration;

    @Autowired
    Plans plans;

    @Autowired
    Conferences conferences;

    @Autowired
    DemoCases demoCases;

    @Test
    void demoModeStartsWithChildrenAtEachStageOfTheProcessAndOnlyOnce() {
        long leo = registration.findByLaChildId("DEMO002").orElseThrow().value();
        long ava = registration.findByLaChildId("DEMO004").orElseThrow().value();
        long riley = registration.findByLaChildId("DEMO001").orElseThrow().value();

        assertThat(plans.findOpenByChild(leo)).hasSize(1);
        assertThat(plans.findOpenByChild(ava)).singleElement()
            .satisfies(plan -> assertThat(plan.getInitialCategory()).isEqualTo(Category.EMO));
        assertThat(conferences.findByChild(ava)).filteredOn(c -> c.getStatus() == ConferenceStatus.HELD).hasSize(3);
        assertThat(conferences.findByChild(riley)).singleElement()
            .satisfies(c -> assertThat(c.getStatus()).isEqualTo(ConferenceStatus.REQUESTED));

        long before = conferences.count();
        ApplicationArguments none = new DefaultApplicationArguments();
        demoCases.run(none);
        assertThat(conferences.count()).isEqualTo(before);
    }
}
