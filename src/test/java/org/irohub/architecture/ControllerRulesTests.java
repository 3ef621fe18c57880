package org.irohub.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import org.junit.jupiter.api.Test;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Rules the whole code base keeps. A route nobody granted is a route nobody can reach: every request handler
 * names its roles with {@code @PreAuthorize} on itself or its class.
 */
class ControllerRulesTests {

    private final JavaClasses classes = new ClassFileImporter()
        .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("org.irohub");

    @Test
    void everyRequestHandlerDeclaresTheRolesItNeeds() {
        methods().that()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(Controller.class)
            .or()
            .areDeclaredInClassesThat()
            .areAnnotatedWith(RestController.class)
            .and()
            .areMetaAnnotatedWith(RequestMapping.class)
            .should(declareRoles())
            .check(classes);
    }

    @Test
    void controllersDoNotTalkToTheDatabaseDirectly() {
        noClasses().that()
            .areAnnotatedWith(Controller.class)
            .or()
            .areAnnotatedWith(RestController.class)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName("org.springframework.jdbc.core.simple.JdbcClient")
            .check(classes);
    }

    private static ArchCondition<JavaMethod> declareRoles() {
        return new ArchCondition<>("carry @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                events.add(new SimpleConditionEvent(method, declared,
                        method.getFullName() + (declared ? " declares its roles" : " has no @PreAuthorize")));
            }
        };
    }
}
